namespace Kinlink.Web.Pages.Visits.Answers;

/// <summary>One person's line of the answer form; an empty answer is left to the outcome.</summary>
public sealed class PersonAnswerForm
{
    public string? PersonId { get; set; }

    public string? Answer { get; set; }

    public string? Reason { get; set; }
}
