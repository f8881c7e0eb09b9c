using System.Diagnostics;
using System.Globalization;

namespace Kinlink.Bench;

/// <summary>What the machine was doing while a number was taken: absolute times mean little without it.</summary>
public static class MachineState
{
    /// <summary>The 1, 5 and 15 minute load averages, as /proc/loadavg gives them, or "unknown" off Linux.</summary>
    public static string LoadAverage()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ');
            return $"{fields[0]} {fields[1]} {fields[2]}";
        }
        catch (IOException)
        {
            return "unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown";
        }
    }

    public static double PeakWorkingSetMegabytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / 1024.0 / 1024.0;
    }

    public static double ManagedHeapMegabytes() => GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0;

    public static string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Environment.ProcessorCount} logical cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024 / 1024:0.0} GB memory available to .NET, {System.Runtime.InteropServices.RuntimeInformation.OSDescription.Trim()}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, server GC {System.Runtime.GCSettings.IsServerGC}");
}
