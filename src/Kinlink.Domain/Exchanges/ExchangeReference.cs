using System.Security.Cryptography;
using Kinlink.Domain.Common;

namespace Kinlink.Domain.Exchanges;

/// <summary>
/// The references an exchange operation (<c>EXC-7Q3M-92XD</c>), a medical repatriation case (<c>MED-…</c>), a death
/// notification (<c>DTH-…</c>), a packet of personal effects (<c>PKT-…</c>) and a judicial proceeding (<c>JUD-…</c>) are
/// known by: a <see cref="CheckedCode"/> under a prefix of their own.
/// </summary>
public static class ExchangeReference
{
    public const string ExchangePrefix = "EXC";
    public const string MedicalPrefix = "MED";
    public const string DeathPrefix = "DTH";
    public const string PacketPrefix = "PKT";
    public const string JudicialPrefix = "JUD";

    /// <summary>The stored length of a reference: prefix, dash, four, dash, four.</summary>
    public const int Length = 13;

    public static string New(string prefix) => CheckedCode.Format(prefix, CheckedCode.NewCode(RandomNumberGenerator.GetInt32));

    /// <summary>Reads a reference as typed (any case, dashes optional, O for 0 and I or L for 1) into its stored form, or null.</summary>
    public static string? Normalize(string? text, string prefix) => CheckedCode.NormalizeReference(text, prefix);
}
