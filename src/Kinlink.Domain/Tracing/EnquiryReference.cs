using System.Security.Cryptography;
using Kinlink.Domain.Common;

namespace Kinlink.Domain.Tracing;

/// <summary>
/// The case reference a family is given and reads out on the phone: <c>ENQ-7Q3M-92XD</c>, a <see cref="CheckedCode"/>
/// as persons' references have, under a prefix of its own so that a family's case number is never mistaken for a
/// registry reference (KL-).
/// </summary>
public sealed record EnquiryReference
{
    private const string Prefix = "ENQ";

    private EnquiryReference(string value) => Value = value;

    public string Value { get; }

    public static EnquiryReference NewRandom() => new(CheckedCode.Format(Prefix, CheckedCode.NewCode(RandomNumberGenerator.GetInt32)));

    /// <summary>Reads a reference as a person might type it: any case, dashes and spaces optional, O for 0 and I or L for 1.</summary>
    public static bool TryParse(string? text, out EnquiryReference? reference)
    {
        reference = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var compact = CheckedCode.Compact(text);
        // The prefix is read before O and I are mapped to digits: "ENQ" itself holds neither, but it must stay letters.
        if (!compact.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var code = CheckedCode.MapLookalikes(compact[Prefix.Length..]);
        if (!CheckedCode.IsValid(code))
        {
            return false;
        }

        reference = new EnquiryReference(CheckedCode.Format(Prefix, code));
        return true;
    }

    public static EnquiryReference Parse(string text) =>
        TryParse(text, out var reference) ? reference! : throw new FormatException($"'{text}' is not a valid enquiry reference.");

    public override string ToString() => Value;
}
