namespace Kinlink.Data.Demo;

/// <summary>A town and its region in Ukrainian and in Russian spelling; the region is empty for a city that has none.</summary>
internal sealed record DemoTown(string Ukrainian, string Russian, string RegionUkrainian, string RegionRussian);
