using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;

namespace Kinlink.Data.Registry;

/// <summary>Turns an event given as text into a draft, naming each field that is wrong.</summary>
public static class StatusEventInputReader
{
    public static StatusEventDraft Read(StatusEventInput input, IReadOnlyDictionary<string, PlaceId> placesByCode, SourceListId? sourceListId = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(placesByCode);
        var errors = new Dictionary<string, string[]>();

        StatusEventKind kind = default;
        if (string.IsNullOrWhiteSpace(input.Kind))
        {
            errors["kind"] = [$"Say what happened: {RegistryCodes.List<StatusEventKind>(RegistryCodes.Of)}."];
        }
        else if (!RegistryCodes.TryParseEventKind(input.Kind, out kind))
        {
            errors["kind"] = [$"'{input.Kind}' is not an event: use {RegistryCodes.List<StatusEventKind>(RegistryCodes.Of)}."];
        }

        PartialDate? date = null;
        if (string.IsNullOrWhiteSpace(input.Date))
        {
            errors["date"] = ["The date of the event is required (YYYY-MM-DD, YYYY-MM or YYYY)."];
        }
        else if (!PartialDate.TryParse(input.Date, out date, out var dateError))
        {
            errors["date"] = [dateError!];
        }

        var place = ReadPlace(input.Place, "place", placesByCode, errors);
        var fromPlace = ReadPlace(input.FromPlace, "fromPlace", placesByCode, errors);
        if (kind == StatusEventKind.Transferred && string.IsNullOrWhiteSpace(input.Place) && !errors.ContainsKey("kind"))
        {
            errors["place"] = ["A transfer needs the place the person was transferred to."];
        }

        if ((input.Note ?? "").Length > 1000)
        {
            errors["note"] = ["At most 1000 characters."];
        }

        if ((input.Condition ?? "").Length > 500)
        {
            errors["condition"] = ["At most 500 characters."];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        return new StatusEventDraft(kind, date!, place, fromPlace, input.Condition, input.SeriouslyIllOrWounded, input.Note, sourceListId, input.Source, input.IsCorrection);
    }

    private static PlaceId? ReadPlace(string? code, string field, IReadOnlyDictionary<string, PlaceId> placesByCode, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        if (placesByCode.TryGetValue(code.Trim(), out var id))
        {
            return id;
        }

        errors[field] = [$"'{code.Trim()}' is not a known place-of-detention code."];
        return null;
    }
}
