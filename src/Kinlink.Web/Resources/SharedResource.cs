namespace Kinlink.Web;

/// <summary>Marker for the one resource file of the web UI (Resources/SharedResource*.resx).</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1052:Static holder types should be Static or NotInheritable", Justification = "A type argument for IStringLocalizer<T> cannot be static.")]
public sealed class SharedResource
{
}
