namespace Kinlink.Data.Tracing;

/// <summary>What a family filing online is given, once: the case reference and the secret code (Kinlink keeps only the code's hash).</summary>
public sealed record PublicEnquiryReceipt(string Reference, string Code);
