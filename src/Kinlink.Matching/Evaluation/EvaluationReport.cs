using System.Globalization;

namespace Kinlink.Matching.Evaluation;

/// <summary>What an evaluation measured. Recall and MRR count enquiries whose person is in the registry.</summary>
public sealed record EvaluationReport(
    string Name,
    string ModelVersion,
    int RegistrySize,
    int Queries,
    int QueriesWithTrueRecord,
    double BlockingRecall,
    double RecallAt1,
    double RecallAt10,
    double MeanReciprocalRank,
    int LikelyCandidates,
    double LikelyPrecision,
    double LikelyRecall,
    double LikelyOnNoTrueRecord,
    double MeanCandidatesScored,
    TimeSpan Elapsed)
{
    public int QueriesWithoutTrueRecord => Queries - QueriesWithTrueRecord;

    public string ToText() => string.Create(CultureInfo.InvariantCulture, $"""
        {Name} (model {ModelVersion})
          registry records                  {RegistrySize}
          enquiries                         {Queries} ({QueriesWithTrueRecord} with a true record, {QueriesWithoutTrueRecord} without)
          blocking recall                   {BlockingRecall:0.0000}
          recall@1                          {RecallAt1:0.0000}
          recall@10                         {RecallAt10:0.0000}
          mean reciprocal rank              {MeanReciprocalRank:0.0000}
          likely candidates                 {LikelyCandidates}
          likely precision                  {LikelyPrecision:0.0000}
          likely recall                     {LikelyRecall:0.0000}
          likely on no-true-record          {LikelyOnNoTrueRecord:0.0000}
          candidates scored per enquiry     {MeanCandidatesScored:0.0}
          time                              {Elapsed.TotalSeconds:0.00} s
        """);
}
