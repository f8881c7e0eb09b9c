using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Kinlink.Data.Mail;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using Kinlink.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kinlink.Integration.Tests.Mail;

/// <summary>
/// The parcels', batches' and routing's part of the route matrix (Access/RouteMatrixTests): a cleared parcel ({parcel})
/// and an open batch ({mail-batch}) for RU's camp, fresh items for the one-way steps ({new-parcel}, {new-refused-parcel},
/// {new-mail-batch} with {new-batch-item} in it, {new-stopped-parcel}), and the bodies and forms of the routes, valid so
/// that "allow" means success.
/// </summary>
internal static partial class MailParcelMatrixKit
{
    private static readonly Actor Staff = Actor.System;

    public static async Task SeedAsync(IServiceProvider services, Dictionary<string, string> placeholders)
    {
        placeholders["{parcel}"] = await ParcelAsync(services, placeholders, "Tea");
        placeholders["{mail-batch}"] = await BatchAsync(services, placeholders["{place-ru}"]);
    }

    /// <summary>Replaces the placeholders of one-way steps with items of their own, so each principal allowed finds one to act on.</summary>
    public static async Task<string> WithFreshAsync(AppFixture app, IReadOnlyDictionary<string, string> placeholders, string request)
    {
        var services = app.Factory.Services;
        if (request.Contains("{new-parcel}", StringComparison.Ordinal))
        {
            request = request.Replace("{new-parcel}", await ParcelAsync(services, placeholders, "Tea"), StringComparison.Ordinal);
        }

        if (request.Contains("{new-refused-parcel}", StringComparison.Ordinal))
        {
            request = request.Replace("{new-refused-parcel}", await ParcelAsync(services, placeholders, "Pocket knife"), StringComparison.Ordinal);
        }

        if (request.Contains("{new-stopped-parcel}", StringComparison.Ordinal))
        {
            request = request.Replace("{new-stopped-parcel}", await StoppedParcelAsync(app, placeholders), StringComparison.Ordinal);
        }

        if (request.Contains("{new-mail-batch}", StringComparison.Ordinal))
        {
            var batch = await BatchAsync(services, placeholders["{place-ru}"]);
            var item = await ParcelAsync(services, placeholders, "Tea");
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<MailBatchService>().AddItemsAsync(batch, new MailBatchItemsInput { Items = [item] }, Staff);
            request = request.Replace("{new-mail-batch}", batch, StringComparison.Ordinal).Replace("{new-batch-item}", item, StringComparison.Ordinal);
        }

        return request;
    }

    private static readonly HashSet<string> ApiBodies =
        ["parcel-json", "parcel-lines-json", "parcel-deliver-json", "parcel-undeliverable-json", "parcel-return-json", "mail-batch-json", "mail-batch-items-json", "mail-batch-dispatch-json", "mail-reroute-json"];

    private static readonly HashSet<string> Forms =
        ["parcel-form", "parcel-deliver-form", "parcel-undeliverable-form", "parcel-return-form", "mail-batch-form", "mail-batch-add-form", "mail-batch-remove-form", "mail-batch-dispatch-form",
         "mail-reroute-form", "mail-sender-informed-form"];

    public static bool IsApiBody(string body) => ApiBodies.Contains(body);

    public static bool IsForm(string body) => Forms.Contains(body);

    public static async Task<HttpContent> ApiBodyAsync(AppFixture app, string body, Uri url, IReadOnlyDictionary<string, string> placeholders) => body switch
    {
        "parcel-json" => JsonContent.Create(ParcelTestKit.ParcelBody(placeholders["{person-ua-held-by-ru}"])),
        "parcel-lines-json" => JsonContent.Create(new { version = await ParcelVersionAsync(app, url), lines = new[] { ParcelTestKit.Line("food", "Honey", 1, 400) } }),
        "parcel-deliver-json" => JsonContent.Create(new { channel = "authority-confirmed", receiptSigner = "prisoner", receiptSignerName = "Коваленко", version = await ParcelVersionAsync(app, url) }),
        "parcel-undeliverable-json" => JsonContent.Create(new { reason = "unknown", note = "matrix", version = await ParcelVersionAsync(app, url) }),
        "parcel-return-json" => JsonContent.Create(new { note = "matrix", version = await ParcelVersionAsync(app, url) }),
        "mail-batch-json" => JsonContent.Create(new { place = placeholders["{place-ru}"], note = "matrix" }),
        "mail-batch-items-json" => JsonContent.Create(new { allCleared = true }),
        "mail-batch-dispatch-json" => JsonContent.Create(new { version = await BatchVersionAsync(app, url) }),
        "mail-reroute-json" => JsonContent.Create(new { all = true }),
        _ => throw new InvalidOperationException($"No mail API body named '{body}'."),
    };

    public static async Task<IEnumerable<KeyValuePair<string, string>>> FormAsync(AppFixture app, string body, Uri url, IReadOnlyDictionary<string, string> placeholders)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (body)
        {
            case "parcel-form":
                return [new("person", placeholders["{person-ua-held-by-ru}"]), new("senderName", "Олена"), new("Lines[0].Category", "food"), new("Lines[0].Description", "Honey"),
                    new("Lines[0].Quantity", "1"), new("Lines[0].WeightGrams", "400"), new("Lines[1].Category", ""), new("Lines[1].Description", "")];
            case "parcel-deliver-form":
                return [new("Delivery.Channel", "authority-confirmed"), new("Delivery.ReceiptSigner", "prisoner"), new("Delivery.ReceiptSignerName", "Коваленко"),
                    new("Delivery.Version", (await ParcelVersionAsync(app, url)).ToString(inv))];
            case "parcel-undeliverable-form":
                return [new("Outcome.Reason", "unknown"), new("Outcome.Version", (await ParcelVersionAsync(app, url)).ToString(inv))];
            case "parcel-return-form":
                return [new("Outcome.Note", "matrix"), new("Outcome.Version", (await ParcelVersionAsync(app, url)).ToString(inv))];
            case "mail-batch-form":
                return [new("Batch.Place", placeholders["{place-ru}"]), new("Batch.Note", "matrix")];
            case "mail-batch-add-form":
                return [new("item", await ParcelAsync(app.Factory.Services, placeholders, "Tea"))];
            case "mail-batch-remove-form":
                return [new("item", await FirstItemAsync(app, url))];
            case "mail-batch-dispatch-form":
                return [new("Version", (await BatchVersionAsync(app, url)).ToString(inv))];
            case "mail-reroute-form":
                return [new("item", await ItemToRerouteAsync(app, placeholders))];
            case "mail-sender-informed-form":
                return [new("item", await StoppedParcelAsync(app, placeholders))];
            default:
                throw new InvalidOperationException($"No mail form named '{body}'.");
        }
    }

    private static async Task<string> ParcelAsync(IServiceProvider services, IReadOnlyDictionary<string, string> placeholders, string description)
    {
        await using var scope = services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<ParcelService>().CreateAsync(new ParcelInput
        {
            Person = placeholders["{person-ua-held-by-ru}"], SenderName = "Олена", Lines = [new ParcelLineInput { Category = "other", Description = description, Quantity = 1, WeightGrams = 100 }],
        }, false, Staff);
        return created.Summary.Reference;
    }

    private static async Task<string> BatchAsync(IServiceProvider services, string place)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<MailBatchService>().CreateAsync(new MailBatchInput { Place = place, Note = "matrix" }, Staff)).Summary.Reference;
    }

    /// <summary>A parcel stopped as a death would stop it, without ending the matrix person's captivity for the other rows.</summary>
    private static async Task<string> StoppedParcelAsync(AppFixture app, IReadOnlyDictionary<string, string> placeholders)
    {
        var reference = await ParcelAsync(app.Factory.Services, placeholders, "Tea");
        await using var db = app.Database.NewContext();
        var parcel = await db.Parcels.Include(p => p.Events).SingleAsync(p => p.Reference == reference);
        parcel.Stop(UndeliverableReason.Died, Staff, app.Factory.Clock.GetUtcNow());
        await db.SaveChangesAsync();
        return reference;
    }

    /// <summary>A parcel taken in for a person held nowhere known, who is then registered as captured: it waits to be routed.</summary>
    private static async Task<string> ItemToRerouteAsync(AppFixture app, IReadOnlyDictionary<string, string> placeholders)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var persons = scope.ServiceProvider.GetRequiredService<PersonService>();
        var person = await persons.RegisterAsync(new PersonInput { Category = "pow", Surname = "Маршрут", GivenName = "Тест", DependsOn = "UA" }, Staff);
        var parcel = await scope.ServiceProvider.GetRequiredService<ParcelService>().CreateAsync(new ParcelInput
        {
            Person = person.Reference.Value, SenderName = "Олена", Lines = [new ParcelLineInput { Category = "food", Description = "Tea", Quantity = 1, WeightGrams = 100 }],
        }, false, Staff);
        await persons.RecordEventAsync(person.Reference.Value, new StatusEventInput { Kind = "captured", Date = "2026-11-01", Place = placeholders["{place-ru}"] }, null, Staff);
        return parcel.Summary.Reference;
    }

    private static async Task<int> ParcelVersionAsync(AppFixture app, Uri url)
    {
        var reference = ParcelReference().Match(url.OriginalString).Value;
        await using var db = app.Database.NewContext();
        return await db.Parcels.Where(p => p.Reference == reference).Select(p => p.Version).SingleAsync();
    }

    private static async Task<int> BatchVersionAsync(AppFixture app, Uri url)
    {
        var reference = BatchReference().Match(url.OriginalString).Value;
        await using var db = app.Database.NewContext();
        return await db.MailBatches.Where(b => b.Reference == reference).Select(b => b.Version).SingleAsync();
    }

    private static async Task<string> FirstItemAsync(AppFixture app, Uri url)
    {
        var reference = BatchReference().Match(url.OriginalString).Value;
        await using var db = app.Database.NewContext();
        var batchId = await db.MailBatches.Where(b => b.Reference == reference).Select(b => b.Id).SingleAsync();
        return await db.Parcels.Where(p => p.BatchId == batchId).Select(p => p.Reference).FirstAsync();
    }

    [GeneratedRegex("PCL-[0-9A-Z]{4}-[0-9A-Z]{4}")]
    private static partial Regex ParcelReference();

    [GeneratedRegex("BAT-[0-9A-Z]{4}-[0-9A-Z]{4}")]
    private static partial Regex BatchReference();
}
