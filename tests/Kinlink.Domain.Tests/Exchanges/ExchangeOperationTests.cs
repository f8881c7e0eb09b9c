using Kinlink.Domain.Common;
using Kinlink.Domain.Exchanges;
using static Kinlink.Domain.Tests.Exchanges.ExchangeFixture;

namespace Kinlink.Domain.Tests.Exchanges;

public class ExchangeOperationTests
{
    private static ExchangeOperation Exchange(ExchangeTerms terms = ExchangeTerms.AllForAll, int? count = null, string? categories = null) =>
        ExchangeOperation.Create(new ExchangeDraft(Ru, Ua, terms, count, categories, null, new DateOnly(2026, 11, 26), " Border crossing "), Caseworker, Now);

    [Fact]
    public void An_exchange_starts_preparing_with_its_reference_and_trimmed_place()
    {
        var exchange = Exchange();
        Assert.Equal(ExchangeStatus.Preparing, exchange.Status);
        Assert.StartsWith("EXC-", exchange.Reference, StringComparison.Ordinal);
        Assert.Equal("Border crossing", exchange.Place);
    }

    [Theory]
    [InlineData(ExchangeTerms.NForN, null, null, "countPerSide")]
    [InlineData(ExchangeTerms.NForN, 0, null, "countPerSide")]
    [InlineData(ExchangeTerms.AllForAll, 5, null, "countPerSide")]
    [InlineData(ExchangeTerms.Categories, null, " ", "categories")]
    public void Terms_that_do_not_hold_together_are_refused_naming_the_field(ExchangeTerms terms, int? count, string? categories, string field)
    {
        var failure = Assert.Throws<ValidationFailedException>(() => Exchange(terms, count, categories));
        Assert.Contains(field, failure.Errors.Keys);
    }

    [Fact]
    public void The_same_party_on_both_sides_is_refused_and_the_parties_stay_once_lists_exist()
    {
        var same = Assert.Throws<ValidationFailedException>(() => ExchangeOperation.Create(new ExchangeDraft(Ru, Ru, ExchangeTerms.AllForAll, null, null, null, null, null), Caseworker, Now));
        Assert.Contains("partyB", same.Errors.Keys);
        var exchange = Exchange();
        exchange.AddEntry(Ru, ExchangeEntrySource.Imported, Listing("Бондар"), 2, "list.csv", null, Caseworker, Now);
        var refusal = Assert.Throws<DomainRuleException>(() => exchange.ChangeTerms(new ExchangeDraft(Ua, Ru, ExchangeTerms.AllForAll, null, null, null, null, null)));
        Assert.Equal("parties", refusal.Field);
        exchange.ChangeTerms(new ExchangeDraft(Ru, Ua, ExchangeTerms.NForN, 3, null, null, null, null));
        Assert.Equal(3, exchange.CountPerSide);
    }

    [Fact]
    public void Only_the_two_parties_have_lists_and_a_person_is_listed_once()
    {
        var exchange = Exchange();
        Assert.Throws<DomainRuleException>(() => exchange.AddEntry(new PartyId(Guid.CreateVersion7()), ExchangeEntrySource.Imported, Listing("Бондар"), 2, null, null, Caseworker, Now));
        var person = new PersonId(Guid.CreateVersion7());
        exchange.AddEntry(Ru, ExchangeEntrySource.Registry, Listing("Бондар"), null, null, person, Caseworker, Now);
        Assert.Throws<DomainRuleException>(() => exchange.AddEntry(Ua, ExchangeEntrySource.Registry, Listing("Бондар"), null, null, person, Caseworker, Now));
        var noSurname = Assert.Throws<ValidationFailedException>(() => exchange.AddEntry(Ru, ExchangeEntrySource.Imported, Listing(" "), 3, null, null, Caseworker, Now));
        Assert.Contains("surname", noSurname.Errors.Keys);
    }

    [Fact]
    public void Blockers_name_everything_that_stops_a_handover_until_none_is_left()
    {
        var exchange = Exchange();
        var entry = exchange.AddEntry(Ru, ExchangeEntrySource.Imported, Listing("Бондар"), 2, "list.csv", null, Caseworker, Now);
        Assert.Equal(["not tied to a registry person", "not interviewed in private on the wish to go home"], entry.Blockers(NoProceedings));
        Assert.Throws<DomainRuleException>(() => entry.ConfirmIdentity(exchange, Caseworker, Now));

        var person = new PersonId(Guid.CreateVersion7());
        entry.Resolve(exchange, person, Caseworker, Now);
        Assert.Contains("identity not confirmed", entry.Blockers(NoProceedings));
        entry.ConfirmIdentity(exchange, Caseworker, Now);
        var notPrivate = Assert.Throws<ValidationFailedException>(() => entry.RecordInterview(exchange, RepatriationWish.Yes, heldInPrivate: false, "", Caseworker, Now));
        Assert.Contains("heldInPrivate", notPrivate.Errors.Keys);
        entry.RecordInterview(exchange, RepatriationWish.Undecided, heldInPrivate: true, "", Caseworker, Now);
        Assert.Equal(["undecided in the private interview"], entry.Blockers(NoProceedings));
        entry.RecordInterview(exchange, RepatriationWish.Yes, heldInPrivate: true, "", Caseworker, Now);
        Assert.Empty(entry.Blockers(NoProceedings));

        entry.SetBlockingIssue(exchange, " Serving a sentence ");
        Assert.Equal(["blocking issue: Serving a sentence"], entry.Blockers(NoProceedings));
        entry.SetBlockingIssue(exchange, "");
        Assert.Equal(["a judicial proceeding or sentence is pending"], entry.Blockers(new HashSet<PersonId> { person }));

        // Tying the entry to someone else undoes the identity check made for the first person.
        entry.Resolve(exchange, new PersonId(Guid.CreateVersion7()), Caseworker, Now);
        Assert.Equal(["identity not confirmed"], entry.Blockers(NoProceedings));
    }

    [Fact]
    public void Every_change_to_an_entry_moves_the_exchange_version()
    {
        var exchange = Exchange();
        var entry = exchange.AddEntry(Ru, ExchangeEntrySource.Imported, Listing("Бондар"), 2, null, null, Caseworker, Now);
        var version = exchange.Version;
        entry.MarkUnresolved(exchange, ExchangeResolution.Ambiguous, 2);
        entry.SetMedicalCategory(exchange, MedicalCategory.SeriouslyWounded);
        Assert.Equal(version + 2, exchange.Version);
        Assert.Equal(ExchangeResolution.Ambiguous, entry.Resolution);
        Assert.Equal(2, entry.CandidateCount);
    }

    [Fact]
    public void Nobody_who_declined_is_handed_over_and_the_error_names_the_decision()
    {
        var exchange = Exchange();
        var yes = Verified(exchange, Ru, "Бондар");
        var no = Verified(exchange, Ua, "Иванов", wish: RepatriationWish.No);
        var failure = Assert.Throws<ValidationFailedException>(() => exchange.Execute(Handover,
            [new HandoverDecision(yes.Id, true), new HandoverDecision(no.Id, true)], null, NoProceedings, Caseworker, Now));
        Assert.Equal(["decisions[1].handedOver"], failure.Errors.Keys);
        Assert.Contains("declined repatriation", failure.Errors["decisions[1].handedOver"][0], StringComparison.Ordinal);
        Assert.Equal(ExchangeStatus.Preparing, exchange.Status);
        Assert.Equal(HandoverOutcome.Pending, no.Outcome);
    }

    [Fact]
    public void Execution_needs_a_decision_for_every_entry_a_reason_for_each_not_handed_over_and_no_future_date()
    {
        var exchange = Exchange();
        var a = Verified(exchange, Ru, "Бондар");
        var b = Verified(exchange, Ua, "Иванов");
        var c = Verified(exchange, Ua, "Петров");
        var failure = Assert.Throws<ValidationFailedException>(() => exchange.Execute(new DateOnly(2026, 12, 5),
            [new HandoverDecision(a.Id, true), new HandoverDecision(b.Id, false), new HandoverDecision(a.Id, true), new HandoverDecision(new ExchangeEntryId(Guid.CreateVersion7()), true)],
            null, NoProceedings, Caseworker, Now));
        Assert.Contains("handoverDate", failure.Errors.Keys);
        Assert.Contains("decisions[1].reason", failure.Errors.Keys);
        Assert.Contains("decisions[2].entry", failure.Errors.Keys);
        Assert.Contains("decisions[3].entry", failure.Errors.Keys);
        Assert.Contains($"entry:{c.Id}", failure.Errors.Keys);
        Assert.Throws<DomainRuleException>(() => Exchange().Execute(Handover, [], null, NoProceedings, Caseworker, Now));
    }

    [Fact]
    public void An_executed_exchange_records_outcomes_returns_those_handed_over_and_is_closed()
    {
        var exchange = Exchange();
        var a = Verified(exchange, Ru, "Бондар");
        var b = Verified(exchange, Ua, "Иванов");
        var handed = exchange.Execute(Handover, [new HandoverDecision(a.Id, true), new HandoverDecision(b.Id, true, Note: " by bus ")], null, NoProceedings, Caseworker, Now);
        Assert.Equal([a, b], handed);
        Assert.Equal(ExchangeStatus.Executed, exchange.Status);
        Assert.Equal(Handover, exchange.ExecutedOn);
        Assert.Equal(Handover, b.HandedOverOn);
        Assert.Equal("by bus", b.OutcomeNote);
        Assert.Throws<DomainRuleException>(() => a.SetBlockingIssue(exchange, "late"));
        Assert.Throws<DomainRuleException>(() => exchange.AddEntry(Ru, ExchangeEntrySource.Imported, Listing("Новий"), 2, null, null, Caseworker, Now));
        Assert.Throws<DomainRuleException>(() => exchange.Cancel("late", Caseworker));
        Assert.Throws<DomainRuleException>(() => exchange.Execute(Handover, [new HandoverDecision(a.Id, true), new HandoverDecision(b.Id, true)], null, NoProceedings, Caseworker, Now));
    }

    [Fact]
    public void A_cancelled_exchange_says_why_and_is_closed()
    {
        var exchange = Exchange();
        Assert.Contains("note", Assert.Throws<ValidationFailedException>(() => exchange.Cancel(" ", Caseworker)).Errors.Keys);
        exchange.Cancel("Talks broke down", Caseworker);
        Assert.Equal(ExchangeStatus.Cancelled, exchange.Status);
        Assert.Throws<DomainRuleException>(() => exchange.ChangeTerms(new ExchangeDraft(Ru, Ua, ExchangeTerms.AllForAll, null, null, null, null, null)));
    }
}
