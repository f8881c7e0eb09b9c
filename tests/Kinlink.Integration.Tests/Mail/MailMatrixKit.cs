using System.Globalization;
using System.Net.Http.Json;
using Kinlink.Data.Access;
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
/// The mail figures' and the detaining authority's part of the route matrix (Access/RouteMatrixTests): a message at
/// RU-CAMP-01 awaiting the check ({mail-ru}), a batch dispatched there ({mail-batch-ru}), a fresh message for each write
/// ({new-mail-ru} awaiting the check, {new-cleared-mail-ru} cleared), and the bodies and forms of the routes.
/// </summary>
internal static class MailMatrixKit
{
    private static readonly Actor Staff = new("caseworker@test.example", null);

    private static readonly HashSet<string> ApiBodies = ["mail-check-json", "mail-delivered-json", "mail-undeliverable-json", "mail-limit-json"];

    private static readonly HashSet<string> Forms = ["mail-check-form", "mail-delivered-form", "mail-undeliverable-form"];

    public static bool IsApiBody(string body) => ApiBodies.Contains(body);

    public static bool IsForm(string body) => Forms.Contains(body);

    public static async Task SeedAsync(AppFixture app, IDictionary<string, string> placeholders)
    {
        placeholders["{mail-ru}"] = await NewMessageAsync(app, placeholders["{person-ua-held-by-ru}"], cleared: false);
        var inBatch = await NewMessageAsync(app, placeholders["{person-ua-held-by-ru}"], cleared: true);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
        var message = await db.Messages.Include(m => m.Events).SingleAsync(m => m.Reference == inBatch);
        var place = await db.Places.SingleAsync(p => p.Id == message.RoutedPlaceId);
        var batch = MailBatch.Create(place.Id, place.HoldingPartyId, "matrix", Staff, DateTimeOffset.UtcNow);
        db.MailBatches.Add(batch);
        message.AddToBatch(batch);
        batch.Dispatch([message], Staff, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        placeholders["{mail-batch-ru}"] = batch.Reference;
    }

    /// <summary>A check or a delivery is taken once, so each such request gets a message of its own.</summary>
    public static async Task<string> WithFreshMailAsync(AppFixture app, string request, IReadOnlyDictionary<string, string> placeholders)
    {
        foreach (var (placeholder, cleared) in new[] { ("{new-mail-ru}", false), ("{new-cleared-mail-ru}", true) })
        {
            if (request.Contains(placeholder, StringComparison.Ordinal))
            {
                request = request.Replace(placeholder, await NewMessageAsync(app, placeholders["{person-ua-held-by-ru}"], cleared), StringComparison.Ordinal);
            }
        }

        return request;
    }

    public static async Task<HttpContent> ApiBodyAsync(AppFixture app, string body, Uri url) => body switch
    {
        "mail-check-json" => JsonContent.Create(new { outcome = "passed", version = await VersionAsync(app, url) }),
        "mail-delivered-json" => JsonContent.Create(new { note = "matrix", version = await VersionAsync(app, url) }),
        "mail-undeliverable-json" => JsonContent.Create(new { reason = "unknown", note = "matrix", version = await VersionAsync(app, url) }),
        "mail-limit-json" => JsonContent.Create(new { lettersPerMonth = 2, cardsPerMonth = 4, since = "2026-11-01", note = "matrix" }),
        _ => throw new InvalidOperationException($"No API body named '{body}'."),
    };

    public static async Task<IEnumerable<KeyValuePair<string, string>>> FormAsync(AppFixture app, string body, Uri url) => body switch
    {
        "mail-check-form" => [new("checkOutcome", "passed"), new("version", (await VersionAsync(app, url)).ToString(CultureInfo.InvariantCulture))],
        "mail-delivered-form" => [new("deliveryNote", "matrix"), new("version", (await VersionAsync(app, url)).ToString(CultureInfo.InvariantCulture))],
        "mail-undeliverable-form" => [new("undeliverableReason", "unknown"), new("version", (await VersionAsync(app, url)).ToString(CultureInfo.InvariantCulture))],
        _ => throw new InvalidOperationException($"No form named '{body}'."),
    };

    private static async Task<int> VersionAsync(AppFixture app, Uri url)
    {
        var reference = System.Text.RegularExpressions.Regex.Match(url.OriginalString, "MSG-[0-9A-Z]{4}-[0-9A-Z]{4}").Value;
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<KinlinkDbContext>().Messages.Where(m => m.Reference == reference).Select(m => m.Version).SingleAsync();
    }

    private static async Task<string> NewMessageAsync(AppFixture app, string personReference, bool cleared)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KinlinkDbContext>();
        var person = (await scope.ServiceProvider.GetRequiredService<PersonService>().GetAsync(personReference, Actor.System)).Person!;
        var now = DateTimeOffset.UtcNow;
        var message = Message.Create(new MessageDraft(MessageKind.RedCrossMessage, MessageDirection.ToDetainee, person.Id, null, "Matrix Family", "", "mother", "uk", "matrix", MailIntake.Caseworker, null),
            null, MailSeals.ForMessages(scope.ServiceProvider.GetRequiredService<FieldEncryption>()), Staff, now);
        await MailRouter.RouteAsync(db, message, Staff, now);
        if (cleared)
        {
            message.RecordCheck(MessageCheckOutcome.Passed, null, Staff, now);
        }

        db.Messages.Add(message);
        await db.SaveChangesAsync();
        return message.Reference;
    }
}
