namespace Kinlink.Data.Registry;

/// <summary>What a scale seed did: the persons it wrote, or, when it refused, how many the database already held.</summary>
public sealed record ScaleSeedResult(int PersonsWritten, int PersonsAlreadyPresent, int EnquiriesWritten = 0)
{
    public bool Refused => PersonsAlreadyPresent > 0;
}
