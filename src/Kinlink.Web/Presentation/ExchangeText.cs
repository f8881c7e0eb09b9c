using Kinlink.Data.Exchanges;
using Kinlink.Domain.Exchanges;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Presentation;

/// <summary>
/// The enumerations of the exchanges module (exchanges, medical repatriation, deaths, packets of effects, judicial
/// proceedings) in the reader's language, one set of labels for every page: resource keys are the codes of <see cref="ExchangeCodes"/>.
/// </summary>
public static class ExchangeText
{
    public static string ExchangeTerms(this IStringLocalizer localizer, ExchangeTerms terms) => localizer["Exchanges.Terms." + ExchangeCodes.Of(terms)];

    public static string ExchangeStatus(this IStringLocalizer localizer, ExchangeStatus status) => localizer["Exchanges.Status." + ExchangeCodes.Of(status)];

    public static string ExchangeResolution(this IStringLocalizer localizer, ExchangeResolution resolution) => localizer["Exchanges.Resolution." + ExchangeCodes.Of(resolution)];

    public static string RepatriationWish(this IStringLocalizer localizer, RepatriationWish wish) => localizer["Exchanges.Wish." + ExchangeCodes.Of(wish)];

    public static string MedicalCategory(this IStringLocalizer localizer, MedicalCategory category) => localizer["Exchanges.Medical." + ExchangeCodes.Of(category)];

    public static string HandoverOutcome(this IStringLocalizer localizer, HandoverOutcome outcome) => localizer["Exchanges.Outcome." + ExchangeCodes.Of(outcome)];

    public static string NotHandedOverReason(this IStringLocalizer localizer, NotHandedOverReason reason) => localizer["Exchanges.Reason." + ExchangeCodes.Of(reason)];

    /// <summary>What stops the entry's handover, in the reader's language: the same reasons, in the same order, as <see cref="ExchangeEntry.Blockers"/>.</summary>
    public static IReadOnlyList<string> ExchangeBlockers(this IStringLocalizer localizer, ExchangeEntryView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (view.Ready)
        {
            return [];
        }

        var e = view.Entry;
        var blockers = new List<string>();
        if (e.Resolution != Domain.Exchanges.ExchangeResolution.Resolved || e.PersonId is null)
        {
            blockers.Add(localizer["Exchanges.Blocker.NotResolved"]);
        }
        else if (!e.IdentityConfirmed)
        {
            blockers.Add(localizer["Exchanges.Blocker.Identity"]);
        }

        if (e.Wish != Domain.Exchanges.RepatriationWish.Yes)
        {
            blockers.Add(localizer["Exchanges.Blocker.Wish." + ExchangeCodes.Of(e.Wish)]);
        }

        if (e.BlockingIssue.Length > 0)
        {
            blockers.Add(localizer["Exchanges.Blocker.Issue", e.BlockingIssue]);
        }

        if (view.PendingProceeding)
        {
            blockers.Add(localizer["Exchanges.Blocker.Proceeding"]);
        }

        return blockers;
    }

    public static IReadOnlyList<Choice> ExchangeTermsChoices(this IStringLocalizer localizer) =>
        Enum.GetValues<ExchangeTerms>().Select(t => new Choice(ExchangeCodes.Of(t), localizer.ExchangeTerms(t))).ToList();

    public static IReadOnlyList<Choice> ExchangeStatuses(this IStringLocalizer localizer) =>
        Enum.GetValues<ExchangeStatus>().Select(s => new Choice(ExchangeCodes.Of(s), localizer.ExchangeStatus(s))).ToList();

    public static IReadOnlyList<Choice> RepatriationWishes(this IStringLocalizer localizer) =>
        Enum.GetValues<RepatriationWish>().Where(w => w != Domain.Exchanges.RepatriationWish.NotAsked).Select(w => new Choice(ExchangeCodes.Of(w), localizer.RepatriationWish(w))).ToList();

    public static IReadOnlyList<Choice> MedicalCategories(this IStringLocalizer localizer) =>
        Enum.GetValues<MedicalCategory>().Select(c => new Choice(ExchangeCodes.Of(c), localizer.MedicalCategory(c))).ToList();

    public static IReadOnlyList<Choice> NotHandedOverReasons(this IStringLocalizer localizer) =>
        Enum.GetValues<NotHandedOverReason>().Where(r => r != Domain.Exchanges.NotHandedOverReason.None).Select(r => new Choice(ExchangeCodes.Of(r), localizer.NotHandedOverReason(r))).ToList();

    // Deaths, packets of effects and medical repatriation.
    public static string DeathStatus(this IStringLocalizer localizer, string code) => localizer["Deaths.Status." + code];

    public static string EffectsReason(this IStringLocalizer localizer, string code) => localizer["Packets.Reason." + code];

    public static string PacketStatus(this IStringLocalizer localizer, string code) => localizer["Packets.Status." + code];

    public static string MedicalGrounds(this IStringLocalizer localizer, string code) => localizer["Medical.Grounds." + code];

    public static string MedicalDecision(this IStringLocalizer localizer, string code) => localizer["Medical.Decision." + code];

    public static string MedicalStatus(this IStringLocalizer localizer, string code) => localizer["Medical.Status." + code];

    public static string MedicalWish(this IStringLocalizer localizer, string code) => localizer["Exchanges.Wish." + code];

    public static IReadOnlyList<Choice> DeathStatuses(this IStringLocalizer localizer) =>
        Enum.GetValues<DeathNotificationStatus>().Select(s => new Choice(ExchangeCodes.Of(s), localizer.DeathStatus(ExchangeCodes.Of(s)))).ToList();

    public static IReadOnlyList<Choice> EffectsReasons(this IStringLocalizer localizer) =>
        Enum.GetValues<Domain.Exchanges.EffectsReason>().Select(r => new Choice(ExchangeCodes.Of(r), localizer.EffectsReason(ExchangeCodes.Of(r)))).ToList();

    public static IReadOnlyList<Choice> PacketStatuses(this IStringLocalizer localizer) =>
        Enum.GetValues<EffectsPacketStatus>().Select(s => new Choice(ExchangeCodes.Of(s), localizer.PacketStatus(ExchangeCodes.Of(s)))).ToList();

    public static IReadOnlyList<Choice> MedicalGroundsChoices(this IStringLocalizer localizer) =>
        Enum.GetValues<Domain.Exchanges.MedicalGrounds>().Select(g => new Choice(ExchangeCodes.Of(g), localizer.MedicalGrounds(ExchangeCodes.Of(g)))).ToList();

    public static IReadOnlyList<Choice> MedicalDecisions(this IStringLocalizer localizer) =>
        Enum.GetValues<CommissionDecision>().Where(d => d != CommissionDecision.Pending).Select(d => new Choice(ExchangeCodes.Of(d), localizer.MedicalDecision(ExchangeCodes.Of(d)))).ToList();

    public static IReadOnlyList<Choice> MedicalStatuses(this IStringLocalizer localizer) =>
        Enum.GetValues<MedicalCaseStatus>().Select(s => new Choice(ExchangeCodes.Of(s), localizer.MedicalStatus(ExchangeCodes.Of(s)))).ToList();

    // Judicial proceedings.
    public static string JudicialStage(this IStringLocalizer localizer, JudicialStage stage) => localizer["Judicial.Stage." + ExchangeCodes.Of(stage)];

    public static IReadOnlyList<Choice> JudicialStages(this IStringLocalizer localizer) =>
        Enum.GetValues<JudicialStage>().Select(s => new Choice(ExchangeCodes.Of(s), localizer.JudicialStage(s))).ToList();

    /// <summary>The ends a proceeding may have: acquitted, discontinued, sentence completed.</summary>
    public static IReadOnlyList<Choice> JudicialOutcomes(this IStringLocalizer localizer) =>
        new[] { Domain.Exchanges.JudicialStage.Acquitted, Domain.Exchanges.JudicialStage.Discontinued, Domain.Exchanges.JudicialStage.SentenceCompleted }
            .Select(s => new Choice(ExchangeCodes.Of(s), localizer.JudicialStage(s))).ToList();
}
