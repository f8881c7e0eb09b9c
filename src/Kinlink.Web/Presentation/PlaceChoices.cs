using Kinlink.Data.Registry;
using Kinlink.Domain.Common;

namespace Kinlink.Web.Presentation;

/// <summary>Every place of detention as select options, by code with its name.</summary>
public static class PlaceChoices
{
    public static async Task<IReadOnlyList<Choice>> AllAsync(PlaceService places, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(places);
        var choices = new List<Choice>();
        for (var page = 1; ; page++)
        {
            var result = await places.ListAsync(null, null, page, Paging.MaxPageSize, actor, cancellationToken);
            choices.AddRange(result.Items.Select(p => new Choice(p.Code, Text(p))));
            if (page >= result.PageCount)
            {
                return choices;
            }
        }
    }

    private static string Text(PlaceSummary place) =>
        string.IsNullOrWhiteSpace(place.NameLatin) || place.NameLatin == place.Name
            ? $"{place.Code} – {place.Name}"
            : $"{place.Code} – {place.Name} ({place.NameLatin})";
}
