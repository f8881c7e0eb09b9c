namespace Kinlink.Domain.Tracing;

/// <summary>The language the enquirer wants to be answered in: the three the intermediary writes letters in.</summary>
public enum EnquiryLanguage
{
    Ukrainian = 1,
    Russian = 2,
    English = 3,
}
