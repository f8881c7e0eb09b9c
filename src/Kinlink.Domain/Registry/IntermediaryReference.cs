using System.Security.Cryptography;
using Kinlink.Domain.Common;

namespace Kinlink.Domain.Registry;

/// <summary>
/// The reference a family reads out on the phone: <c>KL-7Q3M-92XD</c>, a <see cref="CheckedCode"/> under the prefix KL.
/// </summary>
public sealed record IntermediaryReference
{
    private const string Prefix = "KL";

    private IntermediaryReference(string value) => Value = value;

    public string Value { get; }

    public static IntermediaryReference NewRandom() => new(CheckedCode.Format(Prefix, CheckedCode.NewCode(RandomNumberGenerator.GetInt32)));

    /// <summary>For deterministic demo data: the caller supplies the random numbers.</summary>
    public static IntermediaryReference NewFrom(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return new(CheckedCode.Format(Prefix, CheckedCode.NewCode(random.Next)));
    }

    /// <summary>
    /// Reads a reference as a person might type it: any case, with or without dashes and spaces, with or without
    /// its prefix, O for 0 and I or L for 1. Fails when the check character does not fit.
    /// </summary>
    public static bool TryParse(string? text, out IntermediaryReference? reference)
    {
        reference = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var code = CheckedCode.MapLookalikes(CheckedCode.Compact(text));
        // The prefix "KL" reads as "K1" once L is taken for 1.
        if (code.Length == CheckedCode.Length + 2 && code.StartsWith("K1", StringComparison.Ordinal))
        {
            code = code[2..];
        }

        if (!CheckedCode.IsValid(code))
        {
            return false;
        }

        reference = new IntermediaryReference(CheckedCode.Format(Prefix, code));
        return true;
    }

    public static IntermediaryReference Parse(string text) =>
        TryParse(text, out var reference) ? reference! : throw new FormatException($"'{text}' is not a valid Kinlink reference.");

    public override string ToString() => Value;
}
