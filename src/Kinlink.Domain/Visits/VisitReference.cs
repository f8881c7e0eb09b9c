using System.Security.Cryptography;
using Kinlink.Domain.Common;

namespace Kinlink.Domain.Visits;

/// <summary>
/// The references a visit request (<c>VRQ-7Q3M-92XD</c>) and a visit (<c>VIS-…</c>) are known by on the phone and on
/// paper: a <see cref="CheckedCode"/> under a prefix of their own, so neither is mistaken for a person's or an enquiry's.
/// </summary>
public static class VisitReference
{
    public const string RequestPrefix = "VRQ";
    public const string VisitPrefix = "VIS";

    /// <summary>The stored length of a reference: prefix, dash, four, dash, four.</summary>
    public const int Length = 13;

    public static string NewRequestReference() => CheckedCode.Format(RequestPrefix, CheckedCode.NewCode(RandomNumberGenerator.GetInt32));

    public static string NewVisitReference() => CheckedCode.Format(VisitPrefix, CheckedCode.NewCode(RandomNumberGenerator.GetInt32));

    /// <summary>Reads a reference as typed (any case, dashes optional, O for 0 and I or L for 1) into its stored form, or null.</summary>
    public static string? Normalize(string? text, string prefix) => CheckedCode.NormalizeReference(text, prefix);
}
