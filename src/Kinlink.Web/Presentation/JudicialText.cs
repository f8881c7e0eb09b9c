using Kinlink.Data.Exchanges;
using Kinlink.Domain.Exchanges;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Presentation;

/// <summary>The labels of judicial stages and of how a proceeding ends, from the module's one code table.</summary>
public static class JudicialText
{
    /// <summary>A date that may be missing, shown empty when it is.</summary>
    public static string OptionalDate(DateOnly? date) => date is { } d ? DisplayFormat.Date(d) : "";

    public static string JudicialStage(this IStringLocalizer localizer, JudicialStage stage) => localizer["Judicial.Stage." + ExchangeCodes.Of(stage)];

    public static IReadOnlyList<Choice> JudicialStages(this IStringLocalizer localizer) =>
        Enum.GetValues<JudicialStage>().Select(s => new Choice(ExchangeCodes.Of(s), localizer.JudicialStage(s))).ToList();

    /// <summary>The ends a proceeding may have: acquitted, discontinued, sentence completed.</summary>
    public static IReadOnlyList<Choice> JudicialOutcomes(this IStringLocalizer localizer) =>
        new[] { Domain.Exchanges.JudicialStage.Acquitted, Domain.Exchanges.JudicialStage.Discontinued, Domain.Exchanges.JudicialStage.SentenceCompleted }
            .Select(s => new Choice(ExchangeCodes.Of(s), localizer.JudicialStage(s))).ToList();
}
