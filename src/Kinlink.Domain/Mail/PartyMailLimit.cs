using Kinlink.Domain.Common;

namespace Kinlink.Domain.Mail;

/// <summary>
/// A detaining party's stated limit on the mail a prisoner may send each month (GC III art. 71(1)), as it told the
/// intermediary; null means it does not limit that kind. Flagged when below the convention's minimum.
/// </summary>
public sealed class PartyMailLimit
{
    public const int NoteLength = 1000;

    private PartyMailLimit()
    {
    }

    public PartyId PartyId { get; private set; }

    public int? LettersPerMonth { get; private set; }

    public int? CardsPerMonth { get; private set; }

    /// <summary>Since when the limit applies.</summary>
    public DateOnly Since { get; private set; }

    /// <summary>Where the limit was stated (a note verbale, a meeting), as said.</summary>
    public string Note { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; } = "";

    /// <summary>True when the party allows fewer than two letters or four cards a month.</summary>
    public bool BelowConventionMinimum =>
        LettersPerMonth < Art71.MinimumLettersPerMonth || CardsPerMonth < Art71.MinimumCardsPerMonth;

    public static PartyMailLimit Create(PartyId partyId, int? lettersPerMonth, int? cardsPerMonth, DateOnly since, string? note, Actor actor, DateTimeOffset at)
    {
        var limit = new PartyMailLimit { PartyId = partyId };
        limit.Change(lettersPerMonth, cardsPerMonth, since, note, actor, at);
        return limit;
    }

    public void Change(int? lettersPerMonth, int? cardsPerMonth, DateOnly since, string? note, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var errors = new Dictionary<string, string[]>();
        if (lettersPerMonth is < 0 or > 1000)
        {
            errors["lettersPerMonth"] = ["A whole number from 0 to 1000, or empty when letters are not limited."];
        }

        if (cardsPerMonth is < 0 or > 1000)
        {
            errors["cardsPerMonth"] = ["A whole number from 0 to 1000, or empty when cards are not limited."];
        }

        var trimmed = (note ?? "").Trim();
        if (trimmed.Length > NoteLength)
        {
            errors["note"] = [$"At most {NoteLength} characters."];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        LettersPerMonth = lettersPerMonth;
        CardsPerMonth = cardsPerMonth;
        Since = since;
        Note = trimmed;
        RecordedAt = at;
        RecordedBy = actor.UserName;
    }
}
