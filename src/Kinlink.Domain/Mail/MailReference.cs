using System.Security.Cryptography;
using Kinlink.Domain.Common;

namespace Kinlink.Domain.Mail;

/// <summary>
/// The references a message (<c>MSG-7Q3M-92XD</c>), a parcel (<c>PCL-…</c>) and a dispatch batch (<c>BAT-…</c>) are known
/// by on paper and on the phone: a <see cref="CheckedCode"/> under a prefix of their own.
/// </summary>
public static class MailReference
{
    public const string MessagePrefix = "MSG";
    public const string ParcelPrefix = "PCL";
    public const string BatchPrefix = "BAT";

    /// <summary>The stored length of a reference: prefix, dash, four, dash, four.</summary>
    public const int Length = 13;

    public static string New(string prefix) => CheckedCode.Format(prefix, CheckedCode.NewCode(RandomNumberGenerator.GetInt32));

    /// <summary>Reads a reference as typed (any case, dashes optional, O for 0 and I or L for 1) into its stored form, or null.</summary>
    public static string? Normalize(string? text, string prefix) => CheckedCode.NormalizeReference(text, prefix);
}
