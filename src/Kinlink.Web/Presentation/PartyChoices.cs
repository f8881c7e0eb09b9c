using Kinlink.Data.Registry;
using Kinlink.Domain.Registry;

namespace Kinlink.Web.Presentation;

/// <summary>The parties to the conflict as select options: code and name.</summary>
public static class PartyChoices
{
    public static async Task<IReadOnlyList<Choice>> ConflictPartiesAsync(PartyService parties, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parties);
        return (await parties.ListAsync(cancellationToken))
            .Where(p => p.Kind == PartyKind.ConflictParty)
            .Select(p => new Choice(p.Code, $"{p.Code} – {p.Name}"))
            .ToList();
    }
}
