using System.Globalization;
using System.Text;
using System.Xml;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Tracing;

/// <summary>
/// Writes enquiries as PFIF 1.4: one <c>pfif:person</c> per enquiry (the sought person), with its notes nested. A case
/// has no status history yet, so each person gets one note for its current status (<see cref="NotesOf"/>); when status
/// events are stored, each becomes a note there with its own date and id. Never written: the place where a located
/// person is held, the registry person the enquiry was matched to, attachments, the legal basis and the enquirer's
/// postal address, which are the intermediary's and the family's, not the interchange's.
/// </summary>
public sealed class PfifExportService(KinlinkDbContext db, AuditTrail audit, EnquiryConfidentialFields confidential, TracingSettings settings)
{
    private const int EnquiriesPerBatch = 500;

    /// <returns>The number of persons written.</returns>
    public async Task<int> ExportAsync(Stream output, PfifExportOptions options, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        EnquiryService.EnsureIntermediary(actor);
        var author = await db.Parties.AsNoTracking().Where(p => p.Kind == PartyKind.Intermediary).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken)
            ?? "Kinlink";
        var parties = await db.Parties.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
        var settingsXml = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true };
        var references = new List<string>();
        await using (var writer = XmlWriter.Create(output, settingsXml))
        {
            await writer.WriteStartDocumentAsync();
            await writer.WriteStartElementAsync("pfif", "pfif", PfifInterchange.Namespace.NamespaceName);
            // Ids are version 7 GUIDs, in creation order on both providers; SQLite cannot compare a DateTimeOffset, so the
            // date filter is applied to each batch. Read in batches, not streamed: each enquiry's key is read while writing,
            // and PostgreSQL runs one command at a time on a connection.
            for (var skip = 0; ; skip += EnquiriesPerBatch)
            {
                var batch = await db.Enquiries.AsNoTracking().OrderBy(e => e.Id).Skip(skip).Take(EnquiriesPerBatch)
                    .Select(e => new { Enquiry = e, SourceId = EF.Property<string?>(e, PfifInterchange.SourceRecordIdColumn) })
                    .ToListAsync(cancellationToken);
                foreach (var row in batch)
                {
                    var enquiry = row.Enquiry;
                    if (options.Since is { } since && enquiry.CreatedAt <= since)
                    {
                        continue;
                    }

                    var readable = await confidential.OpenAsync(enquiry, cancellationToken);
                    await WritePersonAsync(writer, enquiry, row.SourceId, readable && options.IncludeContactDetails, author,
                        enquiry.SoughtDependsOnPartyId is { } party ? parties.GetValueOrDefault(party) : null);
                    references.Add(enquiry.Reference.Value);
                }

                if (batch.Count < EnquiriesPerBatch)
                {
                    break;
                }
            }

            await writer.WriteEndElementAsync();
            await writer.WriteEndDocumentAsync();
        }

        var after = options.Since is { } s ? $" created after {PfifInterchange.Time(s)}" : "";
        audit.Record(actor, AuditActions.EnquiryPfifExport, string.Create(CultureInfo.InvariantCulture,
            $"exported {references.Count} enquiries{after} as PFIF 1.4, enquirers' contact details {(options.IncludeContactDetails ? "included" : "left out")}: {string.Join(' ', references)}"), []);
        return references.Count;
    }

    /// <summary>This repository's id for an enquiry: the configured domain and the reference. An imported enquiry keeps the id it came with.</summary>
    public string PersonRecordId(Enquiry enquiry, string? sourceRecordId)
    {
        ArgumentNullException.ThrowIfNull(enquiry);
        return sourceRecordId ?? $"{settings.PfifDomain}/{enquiry.Reference.Value}";
    }

    /// <summary>The notes of an enquiry, oldest first: for now its current status, dated when the enquiry was taken.</summary>
    public IReadOnlyList<PfifNote> NotesOf(Enquiry enquiry)
    {
        ArgumentNullException.ThrowIfNull(enquiry);
        return [new PfifNote(
            $"{settings.PfifDomain}/{enquiry.Reference.Value}.status", enquiry.CreatedAt,
            PfifInterchange.StatusOf(enquiry.Status, enquiry.SharingConsent), PfifInterchange.TextOf(enquiry.Status, enquiry.SharingConsent),
            enquiry.LastNewsPlace)];
    }

    private async Task WritePersonAsync(XmlWriter writer, Enquiry enquiry, string? sourceId, bool withContacts, string author, string? dependsOn)
    {
        var personId = PersonRecordId(enquiry, sourceId);
        var ns = PfifInterchange.Namespace.NamespaceName;
        async Task Field(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                await writer.WriteElementStringAsync("pfif", name, ns, value);
            }
        }

        await writer.WriteStartElementAsync("pfif", "person", ns);
        await Field("person_record_id", personId);
        await Field("entry_date", PfifInterchange.Time(enquiry.CreatedAt));
        if (withContacts)
        {
            await Field("author_name", enquiry.EnquirerFullName);
            await Field("author_email", enquiry.EnquirerEmail);
            await Field("author_phone", enquiry.EnquirerPhone);
        }

        await Field("source_name", author);
        await Field("source_date", PfifInterchange.Time(enquiry.CreatedAt));
        await Field("full_name", enquiry.SoughtFullName);
        await Field("given_name", enquiry.SoughtGivenName);
        await Field("family_name", enquiry.SoughtSurname);
        var latin = PersonService.LatinReading(enquiry.SoughtFullName);
        await Field("alternate_names", string.Equals(latin, enquiry.SoughtFullName, StringComparison.Ordinal) ? null : latin);
        await Field("description", Description(enquiry, dependsOn));
        await Field("sex", enquiry.SoughtSex switch { Sex.Male => "male", Sex.Female => "female", _ => null });
        await Field("date_of_birth", enquiry.SoughtDateOfBirth?.ToString());
        await Field("age", AgeAt(enquiry.SoughtApproximateAge, DateOnly.FromDateTime(enquiry.CreatedAt.UtcDateTime)));
        foreach (var note in NotesOf(enquiry))
        {
            await writer.WriteStartElementAsync("pfif", "note", ns);
            await Field("note_record_id", note.NoteRecordId);
            await Field("person_record_id", personId);
            await Field("entry_date", PfifInterchange.Time(note.At));
            await Field("author_name", author);
            await Field("source_date", PfifInterchange.Time(note.At));
            await Field("status", note.Status);
            await Field("last_known_location", note.LastKnownLocation);
            await Field("text", note.Text);
            await writer.WriteEndElementAsync();
        }

        await writer.WriteEndElementAsync();
    }

    private static string Description(Enquiry enquiry, string? dependsOn)
    {
        var lines = new List<string>();
        void Line(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                lines.Add($"{label}: {value}");
            }
        }

        Line(PfifInterchange.PatronymicLabel, enquiry.SoughtPatronymic);
        Line(PfifInterchange.PlaceOfBirthLabel, enquiry.SoughtPlaceOfBirth);
        Line(PfifInterchange.MilitaryUnitLabel, enquiry.SoughtMilitaryUnit);
        Line(PfifInterchange.ServiceNumberLabel, enquiry.SoughtServiceNumber);
        Line(PfifInterchange.DependsOnLabel, dependsOn);
        Line(PfifInterchange.LastNewsDateLabel, enquiry.LastNewsDate?.ToString());
        return string.Join('\n', lines);
    }

    /// <summary>
    /// PFIF's age is as of the record's <c>source_date</c>; Kinlink's as of a date the family gave. Moved to the source
    /// date it becomes the inclusive range of ages the possible birthdays give then (a single number when they agree).
    /// </summary>
    internal static string? AgeAt(ApproximateAge? age, DateOnly sourceDate)
    {
        if (age is null)
        {
            return null;
        }

        static int Age(DateOnly birth, DateOnly on) => on.Year - birth.Year - (on < birth.AddYears(on.Year - birth.Year) ? 1 : 0);
        var oldest = Math.Max(0, Age(age.EarliestBirth, sourceDate));
        var youngest = Math.Max(0, Age(age.LatestBirth, sourceDate));
        return oldest == youngest
            ? oldest.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{youngest}-{oldest}");
    }
}
