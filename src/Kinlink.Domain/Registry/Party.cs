using Kinlink.Domain.Common;

namespace Kinlink.Domain.Registry;

/// <summary>A party to the conflict (RU, UA) or the neutral intermediary itself.</summary>
public sealed class Party
{
    private Party()
    {
    }

    public PartyId Id { get; private set; }

    /// <summary>A short upper-case code such as RU or UA; used in lists and on the command line.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public PartyKind Kind { get; private set; }

    public static Party Create(string code, string name, PartyKind kind)
    {
        var trimmed = (code ?? "").Trim().ToUpperInvariant();
        if (trimmed.Length is < 2 or > 8 || !trimmed.All(char.IsAsciiLetterOrDigit))
        {
            throw new ValidationFailedException("code", "A party code is 2 to 8 letters or digits, such as RU or UA.");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ValidationFailedException("name", "A party needs a name.");
        }

        return new Party { Id = PartyId.New(), Code = trimmed, Name = name.Trim(), Kind = kind };
    }
}
