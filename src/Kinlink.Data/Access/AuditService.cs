using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Access;

/// <summary>
/// Browsing the audit trail ("who looked at this person?"): filtered, newest first, changes decrypted with each
/// person's key. Reading the trail shows persons too, so it is audited like any other read.
/// </summary>
public sealed class AuditService(KinlinkDbContext db, AuditReader reader, FieldEncryption encryption, AuditTrail audit)
{
    /// <summary>Persons listed (and whose changes are shown) per entry; an export names thousands, the count says how many.</summary>
    public const int PersonsShownPerEntry = 20;

    /// <exception cref="ValidationFailedException">A filter is not understood; the error names its field.</exception>
    public async Task<PagedResult<AuditEntryView>> BrowseAsync(AuditQuery query, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new Dictionary<string, string[]>();
        PersonId? personId = null;
        if (!string.IsNullOrWhiteSpace(query.Person))
        {
            personId = await ResolvePersonAsync(query.Person.Trim(), cancellationToken);
            if (personId is null)
            {
                errors["person"] = [$"'{query.Person.Trim()}' is neither the Kinlink reference of a person in the registry (such as KL-7Q3M-92XD) nor a person's id."];
            }
        }

        var action = Blank(query.Action);
        if (action is not null && !AuditActions.All.Contains(action))
        {
            errors["action"] = [$"'{action}' is not an action of the trail: use {string.Join(", ", AuditActions.All)}."];
        }

        var from = ReadDate(query.From, "from", errors);
        var to = ReadDate(query.To, "to", errors);
        if (from is not null && to is not null && to < from)
        {
            errors["to"] = ["The end date is before the start date."];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var organisation = Blank(query.Organisation) is { } text
            ? text.Equals(AuditRecord.Intermediary, StringComparison.OrdinalIgnoreCase) ? AuditRecord.Intermediary : text.ToUpperInvariant()
            : null;
        var filter = new AuditFilter(personId, Blank(query.User),
            from?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), to?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            organisation, action);
        var page = await reader.QueryAsync(filter, query.Page, query.PageSize, cancellationToken);

        var shownByEntry = new Dictionary<long, List<PersonId>>();
        foreach (var entry in page.Items)
        {
            var persons = await db.Set<AuditEntryPerson>().AsNoTracking()
                .Where(p => p.EntrySequence == entry.Sequence && p.PersonId != personId)
                .OrderBy(p => p.PersonId).Take(PersonsShownPerEntry).Select(p => p.PersonId).ToListAsync(cancellationToken);
            // The person asked about comes first, whatever else the entry names.
            shownByEntry[entry.Sequence] = personId is { } asked ? [asked, .. persons.Take(PersonsShownPerEntry - 1)] : persons;
        }

        var shown = shownByEntry.Values.SelectMany(p => p).Distinct().ToList();
        var references = new Dictionary<PersonId, string>();
        foreach (var chunk in shown.Chunk(500))
        {
            foreach (var row in await db.Persons.AsNoTracking().Where(p => chunk.Contains(p.Id)).Select(p => new { p.Id, p.Reference }).ToListAsync(cancellationToken))
            {
                references[row.Id] = row.Reference.Value;
            }
        }

        var views = new List<AuditEntryView>(page.Items.Count);
        foreach (var entry in page.Items)
        {
            var persons = shownByEntry[entry.Sequence];
            views.Add(new AuditEntryView(
                entry.Sequence, entry.At, entry.UserName, entry.Organisation, entry.Request,
                entry.Action.Split(',', StringSplitOptions.RemoveEmptyEntries), entry.Summary, entry.PersonCount,
                persons.Select(p => new AuditPersonLink(p, references.GetValueOrDefault(p))).ToList(),
                await ChangesAsync(entry, persons.ToHashSet(), references, cancellationToken)));
        }

        audit.Record(actor, AuditActions.AuditRead, Describe(query, page), personId is { } filtered ? [filtered, .. shown] : shown);
        return new PagedResult<AuditEntryView>(views, page.Total, page.Page, page.PageSize);
    }

    /// <summary>A Kinlink reference of a person in the registry, or any person id (the trail outlives erased persons).</summary>
    private async Task<PersonId?> ResolvePersonAsync(string text, CancellationToken cancellationToken)
    {
        if (Guid.TryParse(text, out var guid))
        {
            return new PersonId(guid);
        }

        if (!IntermediaryReference.TryParse(text, out var reference))
        {
            return null;
        }

        return await db.Persons.AsNoTracking().Where(p => p.Reference == reference).Select(p => (PersonId?)p.Id).SingleOrDefaultAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<AuditChangeView>> ChangesAsync(AuditEntry entry, HashSet<PersonId> persons, Dictionary<PersonId, string> references, CancellationToken cancellationToken)
    {
        if (entry.Changes is null)
        {
            return [];
        }

        var views = new List<AuditChangeView>();
        foreach (var change in JsonSerializer.Deserialize<List<AuditStoredChange>>(entry.Changes) ?? [])
        {
            var person = new PersonId(change.PersonId);
            if (persons.Contains(person))
            {
                views.Add(new AuditChangeView(person, references.GetValueOrDefault(person), change.Field,
                    await DecryptAsync(person, change.Before, cancellationToken), await DecryptAsync(person, change.After, cancellationToken)));
            }
        }

        return views;
    }

    private async Task<AuditValue> DecryptAsync(PersonId person, string? ciphertext, CancellationToken cancellationToken)
    {
        if (ciphertext is null)
        {
            return AuditValue.None;
        }

        try
        {
            return new AuditValue(AuditValueKind.Shown, await encryption.DecryptForPersonAsync(person, ciphertext, cancellationToken));
        }
        catch (PersonKeyErasedException)
        {
            return AuditValue.Erased;
        }
        catch (CryptographicException)
        {
            return AuditValue.Unreadable;
        }
    }

    private static DateOnly? ReadDate(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (Blank(text) is not { } value)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[field] = [$"'{value}' is not a date: write it as YYYY-MM-DD, such as 2026-11-27."];
        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Describe(AuditQuery query, PagedResult<AuditEntry> page)
    {
        var filters = new[] { ("person", query.Person), ("user", query.User), ("organisation", query.Organisation), ("action", query.Action), ("from", query.From), ("to", query.To) }
            .Where(f => !string.IsNullOrWhiteSpace(f.Item2)).Select(f => $"{f.Item1}={f.Item2!.Trim()}");
        return string.Create(CultureInfo.InvariantCulture, $"audit trail {string.Join(' ', filters)} page {page.Page}: {page.Items.Count} of {page.Total} shown").Replace("  ", " ", StringComparison.Ordinal);
    }
}
