using Kinlink.Domain.Visits;

namespace Kinlink.Data.Visits;

/// <summary>
/// The purposes bound into a visit's sealed findings and recommendations (<see cref="Access.FieldEncryption.Encrypt"/>),
/// so a sealed text copied to another visit or field does not open. A person's confidential note on a visit is sealed
/// with that person's key instead (<see cref="Access.FieldEncryption.EncryptForPersonAsync"/>), so erasing the person
/// erases it.
/// </summary>
public static class VisitSealing
{
    public static string FindingsPurpose(VisitId visitId) => $"visit-findings:{visitId}";

    public static string RecommendationsPurpose(VisitId visitId) => $"visit-recommendations:{visitId}";
}
