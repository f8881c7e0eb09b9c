using System.Text.Json.Nodes;

namespace Kinlink.Integration.Tests.Tracing;

/// <summary>A complete enquiry as the API takes it, as a JSON tree so a test can break one field of it.</summary>
internal static class EnquiryTestKit
{
    public static JsonObject ValidBody(string soughtSurname = "Коваленко", string enquirerName = "Коваленко Галина Іванівна") => new()
    {
        ["enquirer"] = new JsonObject
        {
            ["fullName"] = enquirerName,
            ["relation"] = "mother",
            ["phone"] = "+380 67 123 45 67",
            ["email"] = "h.kovalenko@example.org",
            ["postalAddress"] = "вул. Шевченка 1, кв. 5\nКиїв 01001",
            ["language"] = "uk",
        },
        ["soughtPerson"] = new JsonObject
        {
            ["surname"] = soughtSurname,
            ["givenName"] = "Олександр",
            ["patronymic"] = "Миколайович",
            ["sex"] = "M",
            ["dateOfBirth"] = "1994-03",
            ["placeOfBirth"] = "Полтава",
            ["militaryUnit"] = "в/ч А1234",
            ["serviceNumber"] = "ab 123456",
            ["dependsOn"] = "ua",
        },
        ["circumstances"] = new JsonObject
        {
            ["lastNewsDate"] = "2025-05-14",
            ["lastNewsPlace"] = "Бахмут",
            ["howNewsCame"] = "Телефонний дзвінок від побратима",
        },
        ["channel"] = "partner-society",
        ["legalBasis"] = "consent",
        ["consent"] = new JsonObject { ["given"] = true, ["date"] = "2025-06-01" },
    };

    /// <summary>Sets (or, with null, removes) the value at a dotted path such as "enquirer.email".</summary>
    public static JsonObject With(this JsonObject body, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var node = body;
        foreach (var part in parts[..^1])
        {
            node = node[part] as JsonObject ?? (JsonObject)(node[part] = new JsonObject());
        }

        if (value is null)
        {
            node.Remove(parts[^1]);
        }
        else
        {
            node[parts[^1]] = value;
        }

        return body;
    }
}
