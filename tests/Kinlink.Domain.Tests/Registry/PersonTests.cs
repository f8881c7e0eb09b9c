using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;
using static Kinlink.Domain.Tests.Registry.PersonBuilder;

namespace Kinlink.Domain.Tests.Registry;

public class PersonTests
{
    [Fact]
    public void A_second_source_adds_its_spelling_and_keeps_what_it_leaves_out()
    {
        var person = Person.Register(
            new PersonDetails(PersonCategory.PrisonerOfWar, PersonNameParts.Create("Коваленко", "Олександр", "Миколайович"), Sex.Male, PartialDate.Parse("1994"), Rank: "сержант"),
            IntermediaryReference.NewFrom(new Random(1)), NameScriptKind.Cyrillic, null, "enquiry", Now);

        var changed = person.MergeFrom(
            new PersonDetails(PersonCategory.PrisonerOfWar, PersonNameParts.Create("Коваленко", "Александр", "Николаевич"), DateOfBirth: PartialDate.Parse("1994-03-12"), ServiceNumber: "ab 123"),
            NameScriptKind.Cyrillic, null, "list of 2026-11-20", Now);

        Assert.True(changed);
        Assert.Equal(2, person.NameForms.Count);
        Assert.Equal("list of 2026-11-20", person.NameForms[1].SourceLabel);
        Assert.Equal("Олександр", person.GivenName);
        Assert.Equal("сержант", person.Rank);
        Assert.Equal(Sex.Male, person.Sex);
        Assert.Equal("1994-03-12", person.DateOfBirth?.ToString());
        Assert.Equal("AB123", person.ServiceNumber);
    }

    [Fact]
    public void The_same_spelling_from_another_source_adds_nothing()
    {
        var person = NewPerson();
        var changed = person.MergeFrom(
            new PersonDetails(PersonCategory.PrisonerOfWar, PersonNameParts.Create("КОВАЛЕНКО", "олександр", "миколайович")),
            NameScriptKind.Cyrillic, null, "another list", Now);

        Assert.False(changed);
        Assert.Single(person.NameForms);
    }

    [Fact]
    public void A_less_precise_date_of_birth_does_not_replace_a_precise_one()
    {
        var person = NewPerson();
        person.MergeFrom(new PersonDetails(PersonCategory.PrisonerOfWar, PersonNameParts.Create("Коваленко", null, null), DateOfBirth: PartialDate.Parse("1994-03-12")), NameScriptKind.Cyrillic, null, "a", Now);
        person.MergeFrom(new PersonDetails(PersonCategory.PrisonerOfWar, PersonNameParts.Create("Коваленко", null, null), DateOfBirth: PartialDate.Parse("1994")), NameScriptKind.Cyrillic, null, "b", Now);

        Assert.Equal("1994-03-12", person.DateOfBirth?.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void A_person_needs_a_surname(string? surname)
    {
        var refused = Assert.Throws<ValidationFailedException>(() => PersonNameParts.Create(surname, "Олександр", null));
        Assert.True(refused.Errors.ContainsKey("surname"));
    }

    [Fact]
    public void Name_parts_are_trimmed_and_single_spaced()
    {
        var name = PersonNameParts.Create("  Коваленко ", " Анна   Марія ", null);
        Assert.Equal("Коваленко", name.Surname);
        Assert.Equal("Анна Марія", name.GivenName);
        Assert.Equal("", name.Patronymic);
    }
}
