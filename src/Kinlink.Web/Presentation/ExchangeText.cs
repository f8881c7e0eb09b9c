using Kinlink.Data.Exchanges;
using Kinlink.Domain.Exchanges;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Presentation;

/// <summary>The enumerations of exchanges in the reader's language: resource keys are the codes of <see cref="ExchangeCodes"/>.</summary>
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
}
