namespace Kinlink.Web.Infrastructure;

/// <summary>The public enquiry page's limits (<c>Kinlink:PublicEnquiry</c>): filings and status checks per client address, wrong codes per case reference.</summary>
public sealed class PublicEnquirySettings
{
    public const string SectionName = "Kinlink:PublicEnquiry";

    public int FilingPermitLimit { get; set; } = 5;

    public int FilingWindowSeconds { get; set; } = 3600;

    public int StatusPermitLimit { get; set; } = 20;

    public int StatusWindowSeconds { get; set; } = 3600;

    public int WrongCodeLimit { get; set; } = 10;

    public int WrongCodeWindowSeconds { get; set; } = 86400;
}
