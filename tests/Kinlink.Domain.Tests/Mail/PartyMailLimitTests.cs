using Kinlink.Domain.Common;
using Kinlink.Domain.Mail;
using static Kinlink.Domain.Tests.Mail.MailTestData;

namespace Kinlink.Domain.Tests.Mail;

public class PartyMailLimitTests
{
    [Theory]
    [InlineData(2, 4, false)]
    [InlineData(1, 4, true)]
    [InlineData(2, 3, true)]
    [InlineData(null, 2, true)]
    [InlineData(1, null, true)]
    [InlineData(null, null, false)]
    [InlineData(10, 10, false)]
    public void A_limit_below_two_letters_or_four_cards_a_month_is_flagged(int? letters, int? cards, bool below)
    {
        var limit = PartyMailLimit.Create(PartyId.New(), letters, cards, new DateOnly(2026, 1, 1), " note verbale ", Caseworker, Now);
        Assert.Equal(below, limit.BelowConventionMinimum);
        Assert.Equal("note verbale", limit.Note);
    }

    [Fact]
    public void Bad_numbers_and_a_long_note_are_named_and_a_change_keeps_who_made_it()
    {
        var failure = Assert.Throws<ValidationFailedException>(() =>
            PartyMailLimit.Create(PartyId.New(), -1, 1001, new DateOnly(2026, 1, 1), new string('x', PartyMailLimit.NoteLength + 1), Caseworker, Now));
        Assert.Equal(["cardsPerMonth", "lettersPerMonth", "note"], failure.Errors.Keys.Order(StringComparer.Ordinal).ToArray());

        var limit = PartyMailLimit.Create(PartyId.New(), 1, 2, new DateOnly(2026, 1, 1), null, Caseworker, Now);
        var later = Now.AddDays(3);
        limit.Change(4, 8, new DateOnly(2026, 2, 1), "raised", new Actor("admin@test.example", null), later);
        Assert.Equal((4, 8, new DateOnly(2026, 2, 1), later, "admin@test.example"), (limit.LettersPerMonth!.Value, limit.CardsPerMonth!.Value, limit.Since, limit.RecordedAt, limit.RecordedBy));
        Assert.False(limit.BelowConventionMinimum);
    }
}
