namespace Kinlink.Domain.Tracing;

/// <summary>
/// Which letter may go to a family, decided from <see cref="FamilyDisclosure"/> and nothing else, so that a letter never
/// says more than the family may be told.
/// </summary>
public static class LetterRules
{
    /// <summary>The answer a letter tells the family; a letter may be printed only when the case's answer is this one.</summary>
    public static IReadOnlySet<FamilyAnswer> Tells(LetterTemplate template) => template switch
    {
        // Saying that the enquiry was received and will be searched is true of every case: it reveals nothing found.
        LetterTemplate.Acknowledgement => AnyAnswer,
        LetterTemplate.SearchOngoing => new HashSet<FamilyAnswer> { FamilyAnswer.Received, FamilyAnswer.BeingSearched },
        LetterTemplate.NewsAvailable => new HashSet<FamilyAnswer> { FamilyAnswer.NewsAvailable },
        LetterTemplate.PersonAlive => new HashSet<FamilyAnswer> { FamilyAnswer.PersonAliveOnly },
        LetterTemplate.SearchClosed => new HashSet<FamilyAnswer> { FamilyAnswer.SearchClosed },
    };

    public static bool MayPrint(LetterTemplate template, Enquiry enquiry) => Tells(template).Contains(FamilyDisclosure.For(enquiry));

    /// <summary>The letters that may be printed for this enquiry now.</summary>
    public static IReadOnlyList<LetterTemplate> Printable(Enquiry enquiry) =>
        Enum.GetValues<LetterTemplate>().Where(t => MayPrint(t, enquiry)).ToList();

    private static readonly HashSet<FamilyAnswer> AnyAnswer = [.. Enum.GetValues<FamilyAnswer>()];
}
