using System.Text;
using Kinlink.Data.Persistence;
using Kinlink.Data.Registry;
using Kinlink.Data.Registry.ListFiles;
using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Visits;
using Kinlink.Matching;
using Microsoft.EntityFrameworkCore;
using Col = Kinlink.Data.Visits.VisitSheetColumns;

namespace Kinlink.Data.Visits;

/// <summary>
/// Reads a filled-in visit sheet and, when every row is right, applies it to the visit in the context (the caller saves).
/// A row with a registry reference records that person. A row without one is a person met on the visit: the registry's
/// duplicate rules decide whether they are already registered (the party's service number; else the same name, date
/// of birth and party as exactly one person held at the place or on the visit, which is what a sheet entered twice
/// finds), and only otherwise are they registered. A person's result entered again replaces the earlier one.
/// </summary>
internal sealed class VisitSheetImport(KinlinkDbContext db, PersonService persons, Visit visit, string source, Actor actor)
{
    private readonly List<ImportRowError> _errors = [];
    private readonly List<PersonId> _touched = [];
    private readonly List<Person> _registered = [];
    private int _blank;

    public IReadOnlyList<Person> Registered => _registered;

    public IReadOnlyList<PersonId> Touched => _touched;

    public async Task<VisitResultsReport> RunAsync(byte[] content, string fileName, CancellationToken cancellationToken)
    {
        VisitResultsReport Report(int total, int blank = 0, int recorded = 0, int registered = 0) =>
            new(visit.Reference, fileName, total, blank, recorded, registered, _errors.ToList());

        List<ListRow> rows;
        try
        {
            rows = ListFile.Read(content, fileName);
        }
        catch (ListFileException ex)
        {
            _errors.Add(new ImportRowError(0, "file", ex.Message));
            return Report(0);
        }

        var columns = ListColumns.FromHeader(rows.FirstOrDefault(), _errors, Col.All, "a visit sheet");
        if (columns is null)
        {
            return Report(0);
        }

        if (!columns.Has(Col.Seen))
        {
            _errors.Add(new ImportRowError(1, Col.Seen, $"The sheet has no column {Col.Seen}: it says whether each person was seen."));
        }

        if (!columns.Has(Col.Reference) && !columns.Has(Col.Surname))
        {
            _errors.Add(new ImportRowError(1, Col.Reference, $"The sheet names no one: it needs the column {Col.Reference}, or {Col.Surname} for persons met for the first time."));
        }

        var dataRows = rows.Skip(1).Where(r => !r.IsBlank).ToList();
        if (dataRows.Count == 0)
        {
            _errors.Add(new ImportRowError(0, "file", "The sheet has a header but no rows of persons."));
        }

        if (_errors.Count > 0)
        {
            return Report(dataRows.Count);
        }

        var plans = await PlanAsync(columns, dataRows, cancellationToken);
        if (_errors.Count > 0)
        {
            return Report(dataRows.Count, _blank);
        }

        foreach (var plan in plans)
        {
            var personId = plan.PersonId;
            if (plan.NewPerson is { } input)
            {
                var person = await persons.AddMetAtPlaceAsync(input, visit.PlaceId, visit.StartedOn, source, actor, cancellationToken);
                _registered.Add(person);
                personId = person.Id;
            }

            VisitService.Record(visit, plan.Draft with { PersonId = personId!.Value }, plan.NewPerson is not null);
            _touched.Add(personId!.Value);
        }

        return Report(dataRows.Count, _blank, plans.Count, _registered.Count);
    }

    private sealed record RowPlan(int Line, PersonId? PersonId, PersonInput? NewPerson, VisitPersonDraft Draft);

    private async Task<List<RowPlan>> PlanAsync(ListColumns columns, List<ListRow> dataRows, CancellationToken cancellationToken)
    {
        var parties = await PartyService.ConflictPartyCodesAsync(db, cancellationToken);
        var references = dataRows.Select(r => IntermediaryReference.TryParse(columns.Value(r, Col.Reference), out var reference) ? reference : null)
            .OfType<IntermediaryReference>().Distinct().ToList();
        var byReference = await db.Persons.AsNoTracking().Where(p => references.Contains(p.Reference))
            .Select(p => new { p.Reference, p.Id, p.MergedIntoId }).ToDictionaryAsync(p => p.Reference, p => p.MergedIntoId ?? p.Id, cancellationToken);
        var nearby = await NearbyAsync(cancellationToken);

        var plans = new List<RowPlan>();
        var lineOfPerson = new Dictionary<PersonId, int>();
        var lineOfNewPerson = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in dataRows)
        {
            string V(string column) => columns.Value(row, column) ?? "";
            var errors = new Dictionary<string, string[]>();
            if (Col.Results.All(c => V(c).Length == 0))
            {
                // Not filled in: the delegate did not report on this person, which is not an error.
                _blank++;
                continue;
            }

            var seen = false;
            if (!VisitCodes.TryParseYesNo(V(Col.Seen), out seen))
            {
                errors[Col.Seen] = [V(Col.Seen).Length == 0 ? "Say whether the person was seen: yes or no." : $"'{V(Col.Seen)}' is not yes or no."];
            }

            var interview = false;
            if (V(Col.PrivateInterview).Length > 0 && !VisitCodes.TryParseYesNo(V(Col.PrivateInterview), out interview))
            {
                errors[Col.PrivateInterview] = [$"'{V(Col.PrivateInterview)}' is not yes or no."];
            }

            var reason = errors.ContainsKey(Col.Seen) ? VisitNotSeenReason.None : VisitService.ReadNotSeenReason(seen, V(Col.NotSeenReason), Col.NotSeenReason, errors);
            PersonId? personId = null;
            PersonInput? newPerson = null;
            string? newPersonKey = null;
            var referenceText = V(Col.Reference);
            if (referenceText.Length > 0)
            {
                if (!IntermediaryReference.TryParse(referenceText, out var reference))
                {
                    errors[Col.Reference] = [$"'{referenceText}' is not a registry reference (KL-XXXX-XXXX)."];
                }
                else if (!byReference.TryGetValue(reference!, out var id))
                {
                    errors[Col.Reference] = [$"No person {reference} is registered. Leave the reference empty for a person met for the first time."];
                }
                else
                {
                    personId = id;
                }
            }
            else
            {
                var input = new PersonInput
                {
                    Surname = V(Col.Surname), GivenName = V(Col.GivenName), Patronymic = V(Col.Patronymic), DateOfBirth = V(Col.DateOfBirth),
                    Sex = V(Col.Sex), Category = V(Col.Category), ServiceNumber = V(Col.ServiceNumber), DependsOn = V(Col.DependsOn),
                };
                try
                {
                    var details = PersonInputReader.Read(input, parties);
                    (personId, newPersonKey) = await MatchAsync(details, nearby, row.Line, errors, cancellationToken);
                    newPerson = personId is null ? input : null;
                }
                catch (ValidationFailedException ex)
                {
                    foreach (var (field, messages) in ex.Errors)
                    {
                        errors[SheetColumn(field)] = messages;
                    }
                }
            }

            var draft = new VisitPersonDraft(personId ?? default, seen, reason, V(Col.NotSeenNote), interview, V(Col.MessagesToSend), V(Col.FamilyToInform));
            var draftErrors = new Dictionary<string, string[]>();
            if (!errors.ContainsKey(Col.Seen))
            {
                // Without a readable "seen" the reason's rules have nothing to go by: the seen error says it all.
                VisitPerson.Validate(draft, "row", draftErrors);
            }

            if (interview && seen && !visit.PrivateInterviewsAllowed)
            {
                draftErrors["row.privateInterview"] = ["The authority did not allow private interviews on this visit."];
            }

            foreach (var (field, messages) in draftErrors)
            {
                errors.TryAdd(SheetColumn(field["row.".Length..]), messages);
            }

            if (personId is { } found && !lineOfPerson.TryAdd(found, row.Line))
            {
                errors[referenceText.Length > 0 ? Col.Reference : Col.Surname] = [$"The same person is on line {lineOfPerson[found]}: give each person one row."];
            }

            if (newPerson is not null && newPersonKey is not null && !lineOfNewPerson.TryAdd(newPersonKey, row.Line))
            {
                errors[Col.Surname] = [$"The same new person (name, date of birth and party) is on line {lineOfNewPerson[newPersonKey]}: give each person one row."];
            }

            if (errors.Count > 0)
            {
                _errors.AddRange(errors.Select(e => new ImportRowError(row.Line, e.Key, string.Join(" ", e.Value))));
                continue;
            }

            plans.Add(new RowPlan(row.Line, personId, newPerson, draft));
        }

        return plans;
    }

    /// <summary>
    /// A new person's row matched against the registry: the party's service number anywhere, else the same folded name,
    /// date of birth and party as exactly one person held at the place or on this visit.
    /// </summary>
    private async Task<(PersonId? Match, string NewPersonKey)> MatchAsync(PersonDetails details, IReadOnlyList<Person> nearby, int line, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        var name = NameKey(details.Name.Surname, details.Name.GivenName, details.Name.Patronymic);
        var key = $"{name}\u001f{details.DateOfBirth}\u001f{details.DependsOnPartyId}";
        if (Person.NormaliseServiceNumber(details.ServiceNumber) is { } serviceNumber && details.DependsOnPartyId is { } party)
        {
            var holder = await db.Persons.AsNoTracking().Where(p => p.DependsOnPartyId == party && p.ServiceNumber == serviceNumber)
                .Select(p => new { p.Id, p.MergedIntoId }).FirstOrDefaultAsync(cancellationToken);
            if (holder is not null)
            {
                return (holder.MergedIntoId ?? holder.Id, key);
            }
        }

        var candidates = nearby
            .Where(p => Equals(p.DateOfBirth, details.DateOfBirth) && p.DependsOnPartyId == details.DependsOnPartyId
                        && p.NameForms.Any(f => NameKey(f.Surname, f.GivenName, f.Patronymic) == name))
            .Take(2).ToList();
        if (candidates.Count > 1)
        {
            errors[VisitSheetColumns.Reference] = [$"Line {line}: {candidates[0].Reference} and {candidates[1].Reference} both fit this name, date of birth and party: give the reference of the person seen."];
            return (null, key);
        }

        return (candidates.Count == 1 ? candidates[0].Id : null, key);
    }

    /// <summary>The persons a new row may already be: held at the place now, or on this visit (registered by an earlier entry of the sheet).</summary>
    private async Task<IReadOnlyList<Person>> NearbyAsync(CancellationToken cancellationToken)
    {
        var onVisit = visit.Persons.Select(p => p.PersonId).ToList();
        return await db.Persons.AsNoTracking().Include(p => p.NameForms)
            .Where(p => p.MergedIntoId == null && (p.CurrentPlaceId == visit.PlaceId || onVisit.Contains(p.Id)))
            .ToListAsync(cancellationToken);
    }

    private static string NameKey(string surname, string? givenName, string? patronymic) =>
        $"{SearchText.Fold(surname)}\u001f{SearchText.Fold(givenName)}\u001f{SearchText.Fold(patronymic)}";

    /// <summary>An API field name (<c>dateOfBirth</c>) as the sheet's column (<c>date_of_birth</c>).</summary>
    private static string SheetColumn(string field)
    {
        var text = new StringBuilder();
        foreach (var c in field)
        {
            if (char.IsUpper(c))
            {
                text.Append('_').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
