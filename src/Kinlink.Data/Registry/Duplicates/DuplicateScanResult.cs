namespace Kinlink.Data.Registry.Duplicates;

/// <summary>What a scan did: persons compared, pairs found and how many of them are new or back for review.</summary>
public sealed record DuplicateScanResult(int RegistryPersons, int QueryPersons, int PairsFound, int PairsNew, int PairsReopened, int LikelyOpen, TimeSpan Elapsed);
