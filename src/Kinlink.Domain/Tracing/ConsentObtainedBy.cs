namespace Kinlink.Domain.Tracing;

/// <summary>How the located person's answer on sharing news was obtained, so a later reader can judge how sure it is.</summary>
public enum ConsentObtainedBy
{
    Visit = 1,
    RedCrossMessage = 2,
    Phone = 3,
    Letter = 4,
    PartnerSociety = 5,
}
