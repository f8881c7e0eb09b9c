using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using static Kinlink.Domain.Tests.Registry.PersonBuilder;

namespace Kinlink.Domain.Tests.Registry;

public class PersonMergeTests
{
    private static Person Listed() => Person.Register(
        new PersonDetails(PersonCategory.PrisonerOfWar, PersonNameParts.Create("Коваленко", "Александр", "Николаевич"), Sex.Male, PartialDate.Parse("1994-03-12"), PlaceOfBirth: "Харьков", ServiceNumber: "Ж-100"),
        IntermediaryReference.NewFrom(new Random(1)), NameScriptKind.Cyrillic, null, "RU list", Now);

    private static Person Registered() => Person.Register(
        new PersonDetails(PersonCategory.PrisonerOfWar, PersonNameParts.Create("Kovalenko", "Oleksandr", ""), Sex.Unknown, PartialDate.Parse("1994"), PlaceOfBirth: "Kharkiv", InformName: "Halyna Kovalenko"),
        IntermediaryReference.NewFrom(new Random(2)), NameScriptKind.Latin, null, "delegate card", Now.AddDays(7));

    private static string Fields(Person p) =>
        $"{p.Category}|{p.Sex}|{p.DateOfBirth}|{p.PlaceOfBirth}|{p.ServiceNumber}|{p.InformName}|{p.Languages}|{p.MergedIntoId}";

    [Fact]
    public void The_survivor_takes_every_name_form_and_event_and_fills_only_its_empty_fields()
    {
        var survivor = Listed();
        var absorbed = Registered();
        survivor.RecordEvent(Event(StatusEventKind.Captured, "2026-10-01"), Clerk, Now);
        absorbed.RecordEvent(Event(StatusEventKind.Notified, "2026-10-20"), Clerk, Now);

        var merge = PersonMerge.Merge(survivor, absorbed, "same man", Clerk, Now);

        Assert.Equal(2, survivor.NameForms.Count);
        Assert.All(survivor.NameForms, f => Assert.Equal(survivor.Id, f.PersonId));
        Assert.Equal([StatusEventKind.Captured, StatusEventKind.Notified], survivor.Events.Select(e => e.Kind));
        Assert.All(survivor.Events, e => Assert.Equal(survivor.Id, e.PersonId));
        Assert.Empty(absorbed.NameForms);
        Assert.Empty(absorbed.Events);
        Assert.Equal(survivor.Id, absorbed.MergedIntoId);
        Assert.Equal("Halyna Kovalenko", survivor.InformName);
        Assert.Equal(Sex.Male, survivor.Sex);
        Assert.Equal("1994-03-12", survivor.DateOfBirth?.ToString());
        Assert.Equal(
            [("date_of_birth", "1994-03-12", "1994"), ("place_of_birth", "Харьков", "Kharkiv")],
            merge.Conflicts.Select(c => (c.Field, c.SurvivorValue, c.AbsorbedValue)).OrderBy(c => c.Field, StringComparer.Ordinal));
        Assert.Equal(2, merge.Rows.Count);
    }

    [Fact]
    public void A_split_gives_back_exactly_what_moved_and_keeps_what_came_after()
    {
        var survivor = Registered();
        var absorbed = Listed();
        absorbed.RecordEvent(Event(StatusEventKind.Captured, "2026-10-01"), Clerk, Now);
        var (survivorBefore, absorbedBefore) = (Fields(survivor), Fields(absorbed));
        var absorbedForms = absorbed.NameForms.Select(f => f.Id).ToList();
        var absorbedEvents = absorbed.Events.Select(e => e.Id).ToList();

        var merge = PersonMerge.Merge(survivor, absorbed, null, Clerk, Now);
        // The service number moves to the survivor, so that a party's number still names one person.
        Assert.Equal(("Ж-100", null), (survivor.ServiceNumber, absorbed.ServiceNumber));
        var later = survivor.RecordEvent(Event(StatusEventKind.Transferred, "2026-11-01", PlaceId.New()), Clerk, Now);

        merge.Split(survivor, absorbed, Clerk, Now);

        Assert.Equal(survivorBefore, Fields(survivor));
        Assert.Equal(absorbedBefore, Fields(absorbed));
        Assert.Equal(absorbedForms, absorbed.NameForms.Select(f => f.Id));
        Assert.Equal(absorbedEvents, absorbed.Events.Select(e => e.Id));
        Assert.All(absorbed.Events, e => Assert.Equal(absorbed.Id, e.PersonId));
        Assert.Equal([later!.Id], survivor.Events.Select(e => e.Id));
        Assert.Single(survivor.NameForms);
        Assert.Null(absorbed.MergedIntoId);
        Assert.Equal(PersonStatus.Held, absorbed.CurrentStatus);
        Assert.True(merge.IsSplit);
        Assert.Throws<ConflictException>(() => merge.Split(survivor, absorbed, Clerk, Now));
    }

    [Fact]
    public void A_tombstone_takes_no_news_and_cannot_be_merged_again()
    {
        var survivor = Listed();
        var absorbed = Registered();
        PersonMerge.Merge(survivor, absorbed, null, Clerk, Now);

        var refused = Assert.Throws<DomainRuleException>(() => absorbed.RecordEvent(Event(StatusEventKind.Released, "2026-11-01"), Clerk, Now));
        Assert.Equal("intermediary_ref", refused.Field);
        Assert.Throws<ConflictException>(() => PersonMerge.Merge(Listed(), absorbed, null, Clerk, Now));
        Assert.Throws<DomainRuleException>(() => PersonMerge.Merge(survivor, survivor, null, Clerk, Now));
    }

    [Fact]
    public void A_merge_whose_survivor_was_absorbed_in_turn_is_refused_until_that_merge_is_split()
    {
        var first = Listed();
        var second = Registered();
        var third = Person.Register(new PersonDetails(PersonCategory.PrisonerOfWar, PersonNameParts.Create("Коваленко", "Олександр", "")), IntermediaryReference.NewFrom(new Random(3)), NameScriptKind.Cyrillic, null, "enquiry", Now);
        var earlier = PersonMerge.Merge(first, second, null, Clerk, Now);
        var later = PersonMerge.Merge(third, first, null, Clerk, Now);

        var refused = Assert.Throws<ConflictException>(() => earlier.Split(first, second, Clerk, Now));
        Assert.Contains("Undo that merge first", refused.Message, StringComparison.Ordinal);

        later.Split(third, first, Clerk, Now);
        earlier.Split(first, second, Clerk, Now);
        Assert.Single(first.NameForms);
        Assert.Single(second.NameForms);
        Assert.Single(third.NameForms);
    }
}
