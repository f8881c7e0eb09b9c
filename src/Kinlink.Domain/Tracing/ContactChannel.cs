namespace Kinlink.Domain.Tracing;

/// <summary>How the intermediary and an enquirer were in touch.</summary>
public enum ContactChannel
{
    Phone = 1,
    Email = 2,
    Letter = 3,
    InPerson = 4,
    PartnerSociety = 5,
}
