using Kinlink.Domain.Common;
using Kinlink.Domain.Exchanges;
using static Kinlink.Domain.Tests.Exchanges.ExchangeFixture;

namespace Kinlink.Domain.Tests.Exchanges;

public class ExchangeBalanceTests
{
    private static ExchangeOperation Exchange(ExchangeTerms terms, int? count = null) =>
        ExchangeOperation.Create(new ExchangeDraft(Ru, Ua, terms, count, terms == ExchangeTerms.Categories ? "the seriously wounded" : null, null, null, null), Caseworker, Now);

    private static HandoverDecision Over(ExchangeEntry entry) => new(entry.Id, true);

    private static HandoverDecision Kept(ExchangeEntry entry, NotHandedOverReason reason) => new(entry.Id, false, reason);

    [Fact]
    public void N_for_N_balances_only_when_each_side_hands_over_the_agreed_number()
    {
        var exchange = Exchange(ExchangeTerms.NForN, 2);
        var ru = new[] { Verified(exchange, Ru), Verified(exchange, Ru) };
        var ua = new[] { Verified(exchange, Ua), Verified(exchange, Ua), Verified(exchange, Ua) };
        var unbalanced = exchange.Balance(new[] { Over(ru[0]), Over(ru[1]), Over(ua[0]), Over(ua[1]), Over(ua[2]) }.ToDictionary(d => d.EntryId));
        Assert.False(unbalanced.Balanced);
        Assert.Equal(["side B hands over 3, 2 agreed"], unbalanced.Problems);

        var failure = Assert.Throws<ValidationFailedException>(() => exchange.Execute(Handover, [Over(ru[0]), Over(ru[1]), Over(ua[0]), Over(ua[1]), Over(ua[2])], " ", NoProceedings, Caseworker, Now));
        Assert.Equal(["balanceNote"], failure.Errors.Keys);
        exchange.Execute(Handover, [Over(ru[0]), Over(ru[1]), Over(ua[0]), Over(ua[1]), Kept(ua[2], NotHandedOverReason.WithdrawnByParty)], null, NoProceedings, Caseworker, Now);
        var balance = exchange.Balance();
        Assert.True(balance.Balanced);
        Assert.Equal(new ExchangeSideCount(Ua, 3, 2, 1, 0, 0), balance.SideB);
    }

    [Fact]
    public void All_for_all_excuses_those_who_declined_or_died_but_not_those_kept_back()
    {
        var exchange = Exchange(ExchangeTerms.AllForAll);
        var going = Verified(exchange, Ru);
        var declined = Verified(exchange, Ru, wish: RepatriationWish.No);
        var died = Verified(exchange, Ua);
        var kept = Verified(exchange, Ua);
        var proposed = new[] { Over(going), Kept(declined, NotHandedOverReason.Declined), Kept(died, NotHandedOverReason.Died), Kept(kept, NotHandedOverReason.NotPresent) };
        var balance = exchange.Balance(proposed.ToDictionary(d => d.EntryId));
        Assert.Equal(["side B keeps 1 of its list who did not decline"], balance.Problems);
        Assert.Equal(new ExchangeSideCount(Ru, 2, 1, 1, 1, 0), balance.SideA);

        exchange.Execute(Handover, proposed, "UA did not bring one prisoner to the crossing", NoProceedings, Caseworker, Now);
        Assert.False(exchange.Balance().Balanced);
        Assert.Equal("UA did not bring one prisoner to the crossing", exchange.BalanceNote);
        Assert.Equal(NotHandedOverReason.NotPresent, kept.NotHandedOverReason);
    }

    [Fact]
    public void Categories_balance_on_their_number_when_one_was_agreed_and_always_otherwise()
    {
        var open = Exchange(ExchangeTerms.Categories);
        var one = Verified(open, Ru);
        Verified(open, Ua, wish: RepatriationWish.Undecided);
        Assert.True(open.Balance(new[] { Over(one) }.ToDictionary(d => d.EntryId)).Balanced);

        var counted = ExchangeOperation.Create(new ExchangeDraft(Ru, Ua, ExchangeTerms.Categories, 1, "the seriously sick", null, null, null), Caseworker, Now);
        var a = Verified(counted, Ru);
        var b = Verified(counted, Ua, wish: RepatriationWish.Undecided);
        var balance = counted.Balance(new[] { Over(a), Kept(b, NotHandedOverReason.Declined) }.ToDictionary(d => d.EntryId));
        Assert.Equal(["side B hands over 0, 1 agreed"], balance.Problems);
        Assert.Equal(1, balance.SideB.Declined);
    }

    [Fact]
    public void Before_execution_every_entry_counts_as_pending()
    {
        var exchange = Exchange(ExchangeTerms.AllForAll);
        Verified(exchange, Ru);
        Verified(exchange, Ua);
        var balance = exchange.Balance();
        Assert.Equal(1, balance.SideA.Pending);
        Assert.Equal(0, balance.SideA.HandedOver);
    }
}
