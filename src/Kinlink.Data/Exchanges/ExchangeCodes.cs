using Kinlink.Data.Registry;
using Kinlink.Domain.Exchanges;

namespace Kinlink.Data.Exchanges;

/// <summary>
/// The text codes of exchanges, medical repatriation, deaths, personal effects and judicial proceedings in the API,
/// forms, files and figures, kebab-case like the registry's. One table for the whole module, so a code means the same
/// on every page and in every body.
/// </summary>
public static class ExchangeCodes
{
    public static string Of(ExchangeTerms terms) => terms switch
    {
        ExchangeTerms.AllForAll => "all-for-all",
        ExchangeTerms.NForN => "n-for-n",
        ExchangeTerms.Categories => "categories",
    };

    public static string Of(ExchangeStatus status) => status switch
    {
        ExchangeStatus.Preparing => "preparing",
        ExchangeStatus.Executed => "executed",
        ExchangeStatus.Cancelled => "cancelled",
    };

    public static string Of(ExchangeEntrySource source) => source switch
    {
        ExchangeEntrySource.Imported => "imported",
        ExchangeEntrySource.Registry => "registry",
    };

    public static string Of(ExchangeResolution resolution) => resolution switch
    {
        ExchangeResolution.Unresolved => "unresolved",
        ExchangeResolution.Ambiguous => "ambiguous",
        ExchangeResolution.NotFound => "not-found",
        ExchangeResolution.Resolved => "resolved",
    };

    public static string Of(RepatriationWish wish) => wish switch
    {
        RepatriationWish.NotAsked => "not-asked",
        RepatriationWish.Yes => "yes",
        RepatriationWish.No => "no",
        RepatriationWish.Undecided => "undecided",
    };

    public static string Of(MedicalCategory category) => category switch
    {
        MedicalCategory.None => "none",
        MedicalCategory.Wounded => "wounded",
        MedicalCategory.Sick => "sick",
        MedicalCategory.SeriouslyWounded => "seriously-wounded",
        MedicalCategory.SeriouslySick => "seriously-sick",
    };

    public static string Of(HandoverOutcome outcome) => outcome switch
    {
        HandoverOutcome.Pending => "pending",
        HandoverOutcome.HandedOver => "handed-over",
        HandoverOutcome.NotHandedOver => "not-handed-over",
    };

    public static string Of(NotHandedOverReason reason) => reason switch
    {
        NotHandedOverReason.None => "none",
        NotHandedOverReason.Declined => "declined",
        NotHandedOverReason.Blocked => "blocked",
        NotHandedOverReason.NotPresent => "not-present",
        NotHandedOverReason.WithdrawnByParty => "withdrawn-by-party",
        NotHandedOverReason.NotVerified => "not-verified",
        NotHandedOverReason.Died => "died",
        NotHandedOverReason.Other => "other",
    };

    public static string Of(MedicalGrounds grounds) => grounds switch
    {
        MedicalGrounds.Incurable => "incurable",
        MedicalGrounds.NotLikelyToRecoverWithinYear => "not-likely-to-recover-within-a-year",
        MedicalGrounds.PermanentlyDiminished => "permanently-diminished",
        MedicalGrounds.NeutralCountryAccommodation => "neutral-country-accommodation",
    };

    public static string Of(CommissionDecision decision) => decision switch
    {
        CommissionDecision.Pending => "pending",
        CommissionDecision.Repatriation => "repatriation",
        CommissionDecision.NeutralAccommodation => "neutral-accommodation",
        CommissionDecision.Rejection => "rejection",
        CommissionDecision.ReExamination => "re-examination",
    };

    public static string Of(MedicalCaseStatus status) => status switch
    {
        MedicalCaseStatus.Proposed => "proposed",
        MedicalCaseStatus.Decided => "decided",
        MedicalCaseStatus.Repatriated => "repatriated",
        MedicalCaseStatus.Closed => "closed",
    };

    public static string Of(DeathNotificationStatus status) => status switch
    {
        DeathNotificationStatus.Recorded => "recorded",
        DeathNotificationStatus.Transmitted => "transmitted",
        DeathNotificationStatus.Acknowledged => "acknowledged",
    };

    public static string Of(EffectsReason reason) => reason switch
    {
        EffectsReason.Died => "died",
        EffectsReason.Repatriated => "repatriated",
        EffectsReason.Released => "released",
        EffectsReason.Escaped => "escaped",
    };

    public static string Of(EffectsPacketStatus status) => status switch
    {
        EffectsPacketStatus.Held => "held",
        EffectsPacketStatus.HandedOver => "handed-over",
    };

    public static string Of(JudicialStage stage) => stage switch
    {
        JudicialStage.Charged => "charged",
        JudicialStage.TrialScheduled => "trial-scheduled",
        JudicialStage.Sentenced => "sentenced",
        JudicialStage.Acquitted => "acquitted",
        JudicialStage.Discontinued => "discontinued",
        JudicialStage.SentenceCompleted => "sentence-completed",
    };

    public static bool TryParse<T>(string? text, Func<T, string> code, out T value)
        where T : struct, Enum => RegistryCodes.TryParseCode(text, code, out value);

    public static string List<T>(Func<T, string> code)
        where T : struct, Enum => RegistryCodes.List(code);

    /// <summary>Reads a code (any case), or names the field and the codes it takes.</summary>
    public static T Parse<T>(string? text, Func<T, string> code, string field, string what)
        where T : struct, Enum => RegistryCodes.ParseCode(text, code, field, what);
}
