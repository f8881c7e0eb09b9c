namespace Kinlink.Domain.Tracing;

/// <summary>The letters Kinlink prints for an enquirer (issue 5 item 5).</summary>
public enum LetterTemplate
{
    Acknowledgement = 1,
    SearchOngoing = 2,
    NewsAvailable = 3,
    PersonAlive = 4,
    SearchClosed = 5,
}
