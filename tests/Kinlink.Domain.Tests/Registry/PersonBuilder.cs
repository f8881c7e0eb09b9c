using Kinlink.Domain.Common;
using Kinlink.Domain.Registry;

namespace Kinlink.Domain.Tests.Registry;

internal static class PersonBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);
    public static readonly Actor Clerk = new("clerk", null);

    public static Person NewPerson(string surname = "Коваленко") =>
        Person.Register(
            new PersonDetails(PersonCategory.PrisonerOfWar, PersonNameParts.Create(surname, "Олександр", "Миколайович")),
            IntermediaryReference.NewFrom(new Random(7)), NameScriptKind.Cyrillic, null, "test", Now);

    public static StatusEventDraft Event(StatusEventKind kind, string date, PlaceId? place = null, bool correction = false, bool seriouslyIll = false) =>
        new(kind, PartialDate.Parse(date), place, SeriouslyIllOrWounded: seriouslyIll, IsCorrection: correction);
}
