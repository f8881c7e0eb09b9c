using Kinlink.Data.Tracing;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Presentation;

/// <summary>The review worklist's words: candidate states, reasons and buckets in the reader's language.</summary>
public static class TracingMatchText
{
    public static string CandidateState(this IStringLocalizer localizer, EnquiryCandidateState state) => Text(localizer, "Review.State." + TracingMatchCodes.Of(state));

    public static string CandidateReason(this IStringLocalizer localizer, EnquiryCandidateReason reason, CandidateSource? source)
    {
        var reasonText = Text(localizer, "Review.Reason." + TracingMatchCodes.Of(reason));
        return source is null ? reasonText : $"{reasonText} – {localizer["Review.FromList", source.Label, DisplayFormat.DateTime(source.ImportedAt)]}";
    }

    public static string Bucket(this IStringLocalizer localizer, Kinlink.Matching.Scoring.MatchBucket bucket) => Text(localizer, "Duplicates.Bucket." + TracingMatchCodes.Of(bucket));

    private static string Text(IStringLocalizer localizer, string key) => localizer[key];
}
