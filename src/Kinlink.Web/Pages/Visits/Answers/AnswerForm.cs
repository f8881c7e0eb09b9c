namespace Kinlink.Web.Pages.Visits.Answers;

/// <summary>The answer form as posted: the outcome, one date and time (the visit's, or the other date proposed), the reason, and each person's answer.</summary>
public sealed class AnswerForm
{
    public string? Outcome { get; set; }

    public string? Date { get; set; }

    public string? Time { get; set; }

    public string? Reason { get; set; }

    public int? Version { get; set; }

    public List<PersonAnswerForm> Persons { get; set; } = [];
}
