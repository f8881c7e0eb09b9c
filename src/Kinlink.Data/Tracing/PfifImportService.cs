using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Kinlink.Data.Access;
using Kinlink.Data.Persistence;
using Kinlink.Domain.Common;
using Kinlink.Domain.Tracing;
using Microsoft.EntityFrameworkCore;

namespace Kinlink.Data.Tracing;

/// <summary>
/// Reads PFIF 1.4 person records (with their notes, nested or top-level) as enquiries: each through
/// <see cref="EnquiryService"/>'s checks, each stored alone (a bad record is reported by its id, field and line and
/// stores nothing; the others are stored), none twice (the record's id is kept in a unique column).
/// An imported enquiry came through a partner service (channel <c>partner-society</c>) on the legal basis of the sought
/// person's vital interest: the enquirer consented to the partner, not to Kinlink, and the sought person cannot be asked
/// (domain.md R-J3). It opens as <c>open</c> whatever its notes say: a partner's "believed alive" is news to check,
/// not a finding of the intermediary, so the notes are kept word for word in how the news came.
/// </summary>
public sealed class PfifImportService(KinlinkDbContext db, AuditTrail audit, EnquiryService enquiries, TracingSettings settings)
{
    private static readonly string[] HomeFields = ["home_street", "home_neighborhood", "home_city", "home_state", "home_postal_code", "home_country"];

    public async Task<PfifImportReport> ImportAsync(Stream content, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        EnquiryService.EnsureIntermediary(actor);
        var document = await LoadAsync(content, settings.PfifMaxImportBytes, cancellationToken);
        var ns = PfifInterchange.Namespace;
        var root = document.Root!;
        if (root.Name != ns + "pfif")
        {
            throw new ValidationFailedException("pfif", $"Line {LineOf(root)}: the document is not PFIF 1.4: its root element must be pfif in the namespace {ns.NamespaceName} (found {root.Name.LocalName} in '{root.Name.NamespaceName}').");
        }

        var topNotes = root.Elements(ns + "note").ToLookup(n => Text(n, "person_record_id") ?? "", StringComparer.Ordinal);
        var imported = new List<PfifImportedRecord>();
        var skipped = new List<PfifImportedRecord>();
        var errors = new List<PfifImportError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var persons = root.Elements(ns + "person").ToList();
        foreach (var person in persons)
        {
            var recordId = Text(person, "person_record_id");
            if (recordId is null)
            {
                errors.Add(new PfifImportError(null, "person_record_id", LineOf(person), "A person record needs a person_record_id."));
                continue;
            }

            if (recordId.Length > PfifInterchange.RecordIdLength || !recordId.Contains('/', StringComparison.Ordinal) || recordId.StartsWith('/'))
            {
                errors.Add(new PfifImportError(recordId, "person_record_id", LineOf(Element(person, "person_record_id")!),
                    $"A person_record_id is a domain, a slash and an id (such as example.org/123), at most {PfifInterchange.RecordIdLength} characters."));
                continue;
            }

            if (await AlreadyHereAsync(recordId, cancellationToken) is { } existing || (seen.Contains(recordId) && (existing = "(earlier in this file)") is not null))
            {
                skipped.Add(new PfifImportedRecord(recordId, existing));
                continue;
            }

            seen.Add(recordId);
            var notes = person.Elements(ns + "note").Concat(topNotes[recordId]).ToList();
            var (input, problems) = Read(person, notes, recordId);
            if (problems.Count > 0)
            {
                errors.AddRange(problems);
                continue;
            }

            try
            {
                var enquiry = await enquiries.OpenAsync(input!, actor, familyAccessCodeHash: null, pfifSourceRecordId: recordId, cancellationToken);
                imported.Add(new PfifImportedRecord(recordId, enquiry.Reference.Value));
            }
            catch (ValidationFailedException refused)
            {
                errors.AddRange(refused.Errors.SelectMany(e => e.Value.Select(message =>
                {
                    var field = FieldOf(e.Key);
                    var element = field == "note" ? notes.LastOrDefault() : Element(person, field);
                    return new PfifImportError(recordId, field, LineOf(element ?? person), message);
                })));
            }
        }

        audit.Record(actor, AuditActions.EnquiryPfifImport, string.Create(CultureInfo.InvariantCulture,
            $"imported PFIF 1.4: {persons.Count} person records, {imported.Count} opened as enquiries ({string.Join(' ', imported.Select(i => i.EnquiryReference))}), {skipped.Count} already imported, {errors.Select(e => e.PersonRecordId).Distinct().Count()} refused"), []);
        return new PfifImportReport(persons.Count, imported, skipped, errors);
    }

    /// <summary>
    /// Parses without a DTD (refused, which also refuses entity expansion), without resolving anything external, and
    /// no larger than the configured limit, read in full before parsing so the limit holds whatever the XML says.
    /// </summary>
    private static async Task<XDocument> LoadAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new ValidationFailedException("pfif", string.Create(CultureInfo.InvariantCulture, $"The document is larger than {maxBytes} bytes, the most a PFIF import may be; split it."));
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        var readerSettings = new XmlReaderSettings
        {
            Async = true,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = maxBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var reader = XmlReader.Create(buffer, readerSettings);
            var document = await XDocument.LoadAsync(reader, LoadOptions.SetLineInfo, cancellationToken);
            return document.Root is null ? throw new ValidationFailedException("pfif", "The document is empty.") : document;
        }
        catch (XmlException bad) when (bad.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new ValidationFailedException("pfif", "The document has a DTD (<!DOCTYPE ...>): PFIF needs none, and Kinlink refuses every DTD so that no entity is expanded or fetched.");
        }
        catch (XmlException bad)
        {
            var where = bad.LineNumber > 0 ? string.Create(CultureInfo.InvariantCulture, $"Line {bad.LineNumber}, position {bad.LinePosition}: ") : "";
            throw new ValidationFailedException("pfif", $"{where}the XML cannot be read: {bad.Message}");
        }
    }

    private async Task<string?> AlreadyHereAsync(string recordId, CancellationToken cancellationToken)
    {
        var stored = await db.Enquiries.AsNoTracking().Where(e => EF.Property<string?>(e, PfifInterchange.SourceRecordIdColumn) == recordId)
            .Select(e => e.Reference).FirstOrDefaultAsync(cancellationToken);
        if (stored is not null)
        {
            return stored.Value;
        }

        // One of Kinlink's own records coming back (from a partner's copy): the enquiry is here already.
        var ownPrefix = settings.PfifDomain + "/";
        if (recordId.StartsWith(ownPrefix, StringComparison.OrdinalIgnoreCase) && EnquiryReference.TryParse(recordId[ownPrefix.Length..], out var reference))
        {
            var own = await db.Enquiries.AsNoTracking().Where(e => e.Reference == reference).Select(e => e.Reference).FirstOrDefaultAsync(cancellationToken);
            return own?.Value;
        }

        return null;
    }

    private static (EnquiryInput? Input, List<PfifImportError> Problems) Read(XElement person, IReadOnlyList<XElement> notes, string recordId)
    {
        var problems = new List<PfifImportError>();
        void Problem(string field, string message) => problems.Add(new PfifImportError(recordId, field, LineOf(Element(person, field) ?? person), message));

        var fullName = Text(person, "full_name");
        if (fullName is null)
        {
            Problem("full_name", "PFIF 1.4 requires full_name.");
        }

        var sourceDateText = Text(person, "source_date");
        DateTimeOffset sourceDate = default;
        if (sourceDateText is null)
        {
            Problem("source_date", "PFIF 1.4 requires source_date (when the record was made in its home repository).");
        }
        else if (!PfifInterchange.TryParseTime(sourceDateText, out sourceDate))
        {
            Problem("source_date", $"'{sourceDateText}' is not a PFIF time (YYYY-MM-DDThh:mm:ssZ).");
        }

        var sex = Text(person, "sex") switch
        {
            null => null,
            "male" => "M",
            "female" => "F",
            "other" => "",
            var other => Unknown("sex", other),
        };
        string? Unknown(string field, string value)
        {
            Problem(field, $"'{value}' is not a PFIF sex: male, female or other.");
            return null;
        }

        ApproximateAgeInput? age = null;
        if (Text(person, "age") is { } ageText && sourceDateText is not null)
        {
            var parts = ageText.Split('-');
            if (parts.Length is 1 or 2 && parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
                // A range becomes its middle: the enquiry keeps one age as of a date, and the range is kept in the description.
                age = new ApproximateAgeInput { Years = (numbers[0] + numbers[^1]) / 2, AsOf = sourceDate.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
            }
            else
            {
                Problem("age", $"'{ageText}' is not a PFIF age: a number of years or a range such as 30-35.");
            }
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var (labelled, freeDescription) = SplitDescription(Text(person, "description"));
        var given = Text(person, "given_name");
        var family = Text(person, "family_name");
        // Without the parts, the whole name is the surname: Kinlink's matching reads a whole name in any order.
        if (given is null && family is null)
        {
            family = fullName;
        }

        var orderedNotes = notes.OrderBy(n => Text(n, "entry_date") ?? Text(n, "source_date") ?? "", StringComparer.Ordinal).ToList();
        var lastPlace = orderedNotes.Select(n => Text(n, "last_known_location")).LastOrDefault(l => l is not null);
        var authorEmail = Text(person, "author_email");
        var authorPhone = Text(person, "author_phone");
        var sourceName = Text(person, "source_name");
        var domain = recordId[..recordId.IndexOf('/', StringComparison.Ordinal)];
        var input = new EnquiryInput
        {
            Enquirer = new EnquirerInput
            {
                FullName = Text(person, "author_name") ?? sourceName ?? domain,
                Relation = "other",
                RelationOther = "not stated in the PFIF record",
                Email = authorEmail,
                Phone = authorPhone,
                // With no contact of the author's, the family is answered through the service the record came from.
                PostalAddress = authorEmail is null && authorPhone is null
                    ? $"Through {sourceName ?? domain}{(Text(person, "source_url") is { } url ? " (" + url + ")" : "")}, PFIF record {recordId}"
                    : null,
                Language = "en",
            },
            SoughtPerson = new SoughtPersonInput
            {
                Surname = family,
                GivenName = given,
                Patronymic = labelled.GetValueOrDefault(PfifInterchange.PatronymicLabel),
                Sex = sex,
                DateOfBirth = Text(person, "date_of_birth"),
                ApproximateAge = age,
                PlaceOfBirth = labelled.GetValueOrDefault(PfifInterchange.PlaceOfBirthLabel),
                MilitaryUnit = labelled.GetValueOrDefault(PfifInterchange.MilitaryUnitLabel),
                ServiceNumber = labelled.GetValueOrDefault(PfifInterchange.ServiceNumberLabel),
                DependsOn = labelled.GetValueOrDefault(PfifInterchange.DependsOnLabel),
            },
            Circumstances = new CircumstancesInput
            {
                LastNewsDate = labelled.GetValueOrDefault(PfifInterchange.LastNewsDateLabel),
                LastNewsPlace = lastPlace,
                HowNewsCame = HowNewsCame(person, orderedNotes, recordId, sourceDateText!, freeDescription),
            },
            Channel = "partner-society",
            LegalBasis = "vital-interest",
        };
        return (input, problems);
    }

    /// <summary>Where the record came from, what else it said about the person, and its notes, oldest first, cut to the field's length.</summary>
    private static string HowNewsCame(XElement person, IReadOnlyList<XElement> notes, string recordId, string sourceDate, string freeDescription)
    {
        var lines = new List<string> { $"PFIF record {recordId} from {Text(person, "source_name") ?? "a partner service"}, made {sourceDate}." };
        if (freeDescription.Length > 0)
        {
            lines.Add("Description: " + freeDescription);
        }

        if (Text(person, "age") is { } age && age.Contains('-', StringComparison.Ordinal))
        {
            lines.Add($"Age given as {age}.");
        }

        var home = string.Join(", ", HomeFields.Select(f => Text(person, f)).OfType<string>());
        if (home.Length > 0)
        {
            lines.Add("Home: " + home);
        }

        foreach (var note in notes)
        {
            var status = Text(note, "status") is { } s ? $" [{s}]" : "";
            lines.Add($"Note {Text(note, "source_date") ?? Text(note, "entry_date") ?? ""} by {Text(note, "author_name") ?? "?"}{status}: {Text(note, "text") ?? ""}".TrimEnd());
        }

        var text = string.Join('\n', lines);
        const string Cut = "\n(cut: the rest is in the PFIF record)";
        return text.Length <= EnquiryRules.NarrativeLength ? text : text[..(EnquiryRules.NarrativeLength - Cut.Length)] + Cut;
    }

    /// <summary>Kinlink's labelled lines ("Place of birth: Полтава") and the rest of a description.</summary>
    private static (Dictionary<string, string> Labelled, string Others) SplitDescription(string? description)
    {
        var labelled = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var rest = new List<string>();
        foreach (var line in (description ?? "").Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var label = colon > 0 ? line[..colon].Trim() : "";
            if (PfifInterchange.DescriptionLabels.Contains(label, StringComparer.OrdinalIgnoreCase) && !labelled.ContainsKey(label))
            {
                labelled[label] = line[(colon + 1)..].Trim();
            }
            else if (line.Trim().Length > 0)
            {
                rest.Add(line.Trim());
            }
        }

        return (labelled, string.Join(' ', rest));
    }

    /// <summary>The PFIF field an enquiry's validation error is about.</summary>
    private static string FieldOf(string inputField) => inputField switch
    {
        "enquirer.fullName" => "author_name",
        "enquirer.email" => "author_email",
        "enquirer.phone" => "author_phone",
        "soughtPerson.surname" => "family_name",
        "soughtPerson.givenName" => "given_name",
        "soughtPerson.sex" => "sex",
        "soughtPerson.dateOfBirth" => "date_of_birth",
        _ when inputField.StartsWith("soughtPerson.approximateAge", StringComparison.Ordinal) => "age",
        "circumstances.lastNewsPlace" or "circumstances.howNewsCame" => "note",
        _ when inputField.StartsWith("enquirer.", StringComparison.Ordinal) => "author_name",
        _ => "description",
    };

    private static XElement? Element(XElement parent, string field) => parent.Element(PfifInterchange.Namespace + field);

    private static string? Text(XElement parent, string field) => Element(parent, field)?.Value.Trim() is { Length: > 0 } text ? text : null;

    private static int LineOf(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;
}
