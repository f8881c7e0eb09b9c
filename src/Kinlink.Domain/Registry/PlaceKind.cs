namespace Kinlink.Domain.Registry;

public enum PlaceKind
{
    Camp = 0,
    PenalColony = 1,
    PreTrialCentre = 2,
    Hospital = 3,
    TransitPoint = 4,
    Other = 5,
}
