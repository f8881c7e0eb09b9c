using Kinlink.Domain.Common;
using Kinlink.Domain.Exchanges;
using Kinlink.Domain.Registry;
using Kinlink.Domain.Tracing;

namespace Kinlink.Domain.Tests.Exchanges;

public class FamilyNoticeTests
{
    private static readonly Actor Caseworker = new("caseworker@test.example", null);
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static FamilyNotice Record(StatusEventKind kind, ContactChannel channel = ContactChannel.Phone) =>
        FamilyNotice.Record(new EnquiryId(Guid.CreateVersion7()), new PersonId(Guid.CreateVersion7()), new StatusEventId(Guid.CreateVersion7()), kind, channel, Caseworker, Now);

    [Theory]
    [InlineData(StatusEventKind.Released)]
    [InlineData(StatusEventKind.Repatriated)]
    [InlineData(StatusEventKind.Died)]
    public void A_family_is_told_of_a_release_a_repatriation_or_a_death_with_who_told_them_and_when(StatusEventKind kind)
    {
        var notice = Record(kind, ContactChannel.Letter);
        Assert.Equal(kind, notice.OutcomeKind);
        Assert.Equal(ContactChannel.Letter, notice.Channel);
        Assert.Equal(Now, notice.InformedAt);
        Assert.Equal("caseworker@test.example", notice.InformedBy);
    }

    [Theory]
    [InlineData(StatusEventKind.Captured)]
    [InlineData(StatusEventKind.Transferred)]
    [InlineData(StatusEventKind.Escaped)]
    public void Other_events_are_not_news_a_family_is_told_through_the_worklist(StatusEventKind kind)
    {
        var refusal = Assert.Throws<DomainRuleException>(() => Record(kind));
        Assert.Equal("event", refusal.Field);
    }

    [Fact]
    public void A_channel_that_is_not_one_is_refused_naming_the_field()
    {
        var failure = Assert.Throws<ValidationFailedException>(() => Record(StatusEventKind.Repatriated, (ContactChannel)99));
        Assert.Contains("channel", failure.Errors.Keys);
    }
}
