namespace Renderer.Output;

/// <summary>The process's peak resident set size (Linux VmHWM), for the manifest and the benchmark.</summary>
public static class ProcessMemory
{
    public static double? PeakRssMegabytes()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
        }
        catch (IOException)
        {
        }
        return null; // not Linux
    }
}
