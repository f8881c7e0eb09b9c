namespace Kinlink.Data.Persistence;

/// <summary>A named value the database keeps about itself, such as the scheme its match keys were written with.</summary>
public sealed class KinlinkSetting
{
    public string Name { get; set; } = "";

    public string Value { get; set; } = "";
}
