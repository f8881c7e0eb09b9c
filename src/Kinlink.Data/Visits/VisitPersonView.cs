using Kinlink.Domain.Common;
using Kinlink.Domain.Visits;

namespace Kinlink.Data.Visits;

/// <summary>
/// One person on a visit: recorded (<see cref="Result"/> set), or expected from the request and not yet recorded.
/// The confidential note is not here; only <see cref="HasNote"/> says there is one.
/// </summary>
public sealed record VisitPersonView(
    PersonId PersonId, string Reference, string Surname, string GivenName, string Patronymic, string NameLatin,
    bool Expected, VisitPerson? Result)
{
    public bool Recorded => Result is not null;

    public bool HasNote => Result?.SealedNote is not null;
}
