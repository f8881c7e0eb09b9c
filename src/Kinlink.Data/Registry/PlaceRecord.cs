using Kinlink.Domain.Registry;

namespace Kinlink.Data.Registry;

/// <summary>A place with who is held there now and who was held there before.</summary>
public sealed record PlaceRecord(
    PlaceOfDetention Place,
    Party HoldingParty,
    IReadOnlyList<PersonSummary> HeldNow,
    int HeldNowTotal,
    IReadOnlyList<PersonSummary> HeldBefore,
    int HeldBeforeTotal);
