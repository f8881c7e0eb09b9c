using Kinlink.Data.Transmissions;
using Microsoft.Extensions.Localization;

namespace Kinlink.Web.Presentation;

/// <summary>Transmissions in the reader's language.</summary>
public static class TransmissionText
{
    /// <summary>How long a transmission has waited, in days and hours: minutes do not matter to a bureau's backlog.</summary>
    public static string Waited(this IStringLocalizer localizer, TimeSpan waited)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        var hours = (int)Math.Max(0, Math.Floor(waited.TotalHours));
        return localizer["Transmissions.Waited", hours / 24, hours % 24];
    }

    public static string Subject(this IStringLocalizer localizer, TransmissionSubject subject)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return localizer[subject switch
        {
            TransmissionSubject.Registration => "Transmissions.Subject.registration",
            TransmissionSubject.Event => "Transmissions.Subject.event",
        }];
    }

    public static IReadOnlyList<Choice> TransmissionStatusChoices(this IStringLocalizer localizer) =>
        Enum.GetValues<TransmissionStatusFilter>().Select(s => new Choice(s.Code(), localizer["Transmissions.Status." + s.Code()])).ToList();
}
