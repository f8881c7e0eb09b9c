using System.Text;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry.ListFiles;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Registry;

/// <summary>Writes persons as CSV in the import columns, so an export imports again unchanged.</summary>
public sealed class ExportService(KinlinkDbContext db, AuditTrail audit)
{
    /// <summary>Persons read per query: memory stays flat however large the registry is.</summary>
    internal const int PageSize = 2000;

    /// <summary>
    /// Writes one row per person (UTF-8 with a BOM, so Excel reads the Cyrillic right; comma; CRLF) with the
    /// reference, identity, particulars and current place. The event columns stay empty: an export describes the
    /// persons, not their timelines, and imported again it adds nothing. A party's export holds every person it may
    /// see, its nationals held by the other side included, but those only in notification form (docs/decisions/0008).
    /// A value that a spreadsheet would run as a formula is written as text (see <see cref="CsvFormat.FormulaSafe"/>).
    /// </summary>
    /// <param name="partyCode">Only the persons who depend on this party; null or empty for everyone.</param>
    /// <returns>The number of persons written.</returns>
    public async Task<int> ExportPersonsAsync(Stream output, string? partyCode, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(actor);
        var partyCodes = await db.Parties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
        var persons = (await db.Persons.AsNoTracking().VisibleToAsync(db, actor, cancellationToken)).Where(p => p.MergedIntoId == null);
        if (!string.IsNullOrWhiteSpace(partyCode))
        {
            var code = partyCode.Trim().ToUpperInvariant();
            var party = partyCodes.Where(p => p.Value == code).Select(p => (PartyId?)p.Key).FirstOrDefault()
                ?? throw new ValidationFailedException("party", $"'{partyCode}' is not a known party code.");
            persons = persons.Where(p => p.DependsOnPartyId == party);
        }

        var placeCodes = await db.Places.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);

        // The ids are read first, so the pages below neither skip nor repeat a person when others write meanwhile.
        var ids = await persons.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);

        await output.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(',', ImportColumns.All));
        var written = 0;
        foreach (var page in ids.Chunk(PageSize))
        {
            var rows = await db.Persons.AsNoTracking().Where(p => page.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(cancellationToken);
            var reach = await PartyScope.ReachOfAsync(db, actor, page, cancellationToken);
            foreach (var person in rows)
            {
                var access = reach.TryGetValue(person.Id, out var found) ? found.Access : PersonAccess.NotificationOnly;
                await writer.WriteLineAsync(string.Join(',', ImportColumns.All.Select(column => CsvFormat.Quote(CsvFormat.FormulaSafe(ValueOf(person, access, column, partyCodes, placeCodes))))));
                written++;
            }
        }

        await writer.FlushAsync(cancellationToken);
        // Every exported person is named, so "who saw this person?" finds exports too; a persons' row per id is
        // cheaper than it looks (an index entry each) and an export is rare.
        audit.Record(actor, AuditActions.PersonsExport, $"exported {written} persons as CSV{(string.IsNullOrWhiteSpace(partyCode) ? "" : $" of party {partyCode.Trim().ToUpperInvariant()}")}", ids);
        return written;
    }

    private static string ValueOf(Person p, PersonAccess access, string column, Dictionary<PartyId, string> partyCodes, Dictionary<PlaceId, string> placeCodes) => column switch
    {
        // Languages are not among the art. 122(4) particulars: a party exporting its nationals held by the other side gets them empty.
        ImportColumns.Language when access == PersonAccess.NotificationOnly => "",
        ImportColumns.IntermediaryRef => p.Reference.Value,
        ImportColumns.ServiceNumber => p.ServiceNumber ?? "",
        ImportColumns.Surname => p.Surname,
        ImportColumns.GivenName => p.GivenName,
        ImportColumns.Patronymic => p.Patronymic,
        ImportColumns.Sex => RegistryCodes.Of(p.Sex),
        ImportColumns.DateOfBirth => p.DateOfBirth?.ToString() ?? "",
        ImportColumns.PlaceOfBirth => p.PlaceOfBirth,
        ImportColumns.Rank => p.Rank,
        ImportColumns.DependsOn => p.DependsOnPartyId is { } party ? partyCodes.GetValueOrDefault(party, "") : "",
        ImportColumns.Category => RegistryCodes.Of(p.Category),
        ImportColumns.FatherName => p.FatherName,
        ImportColumns.MotherMaidenName => p.MotherMaidenName,
        ImportColumns.InformName => p.InformName,
        ImportColumns.InformAddress => p.InformAddress,
        ImportColumns.CorrespondenceAddress => p.CorrespondenceAddress,
        ImportColumns.Language => p.Languages,
        ImportColumns.Place => p.CurrentPlaceId is { } place ? placeCodes.GetValueOrDefault(place, "") : "",
        _ => "", // event, event_date, note
    };
}
