using Kinlink.Data.Exchanges;
using Kinlink.Domain.Exchanges;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Presentation;

/// <summary>The enumerations of deaths, packets of effects and medical repatriation in the reader's language: resource keys are the codes of <see cref="ExchangeCodes"/>.</summary>
public static class DeathText
{
    public static string DeathStatus(this IStringLocalizer localizer, string code) => localizer["Deaths.Status." + code];

    public static string EffectsReason(this IStringLocalizer localizer, string code) => localizer["Packets.Reason." + code];

    public static string PacketStatus(this IStringLocalizer localizer, string code) => localizer["Packets.Status." + code];

    public static string MedicalGrounds(this IStringLocalizer localizer, string code) => localizer["Medical.Grounds." + code];

    public static string MedicalDecision(this IStringLocalizer localizer, string code) => localizer["Medical.Decision." + code];

    public static string MedicalStatus(this IStringLocalizer localizer, string code) => localizer["Medical.Status." + code];

    public static string MedicalWish(this IStringLocalizer localizer, string code) => localizer["Medical.Wish." + code];

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

    public static IReadOnlyList<Choice> MedicalWishes(this IStringLocalizer localizer) =>
        Enum.GetValues<RepatriationWish>().Where(w => w != RepatriationWish.NotAsked).Select(w => new Choice(ExchangeCodes.Of(w), localizer.MedicalWish(ExchangeCodes.Of(w)))).ToList();
}
