using System.Globalization;

namespace Renderer.Processes;

/// <summary>
/// CPU-time and address-space limits for an external tool, set in the child before it runs (<c>ulimit</c> in
/// <c>/bin/sh</c>, which then <c>exec</c>s the tool, so the tool keeps the shell's process id). The kernel enforces
/// them even if this process dies: a runaway TeX that outlives a killed renderer still stops at its CPU limit.
/// </summary>
/// <param name="CpuSeconds">RLIMIT_CPU: the kernel sends SIGXCPU, then SIGKILL, after this much CPU time.</param>
/// <param name="MemoryBytes">RLIMIT_AS: allocations beyond this fail.</param>
public sealed record ResourceLimits(int CpuSeconds, long MemoryBytes)
{
    /// <summary>For one TeX batch (latex or dvisvgm): measured peaks are ~30 MB and well under a second.</summary>
    public static ResourceLimits Tex { get; } = new(CpuSeconds: 15, MemoryBytes: 1L << 30);

    private const string Shell = "/bin/sh";

    /// <summary>Whether limits can be applied here (a POSIX shell with <c>ulimit</c>).</summary>
    public static bool Supported => !OperatingSystem.IsWindows() && File.Exists(Shell);

    /// <summary>The command line that runs <paramref name="executable"/> with these limits: (program, arguments).</summary>
    public (string Program, IReadOnlyList<string> Arguments) Wrap(string executable, IEnumerable<string> arguments)
    {
        if (!Supported) return (executable, arguments.ToList());
        var kib = Math.Max(1, MemoryBytes / 1024).ToString(CultureInfo.InvariantCulture);
        var cpu = Math.Max(1, CpuSeconds).ToString(CultureInfo.InvariantCulture);
        // "$0" and "$@" carry the tool and its arguments untouched: nothing from them is parsed by the shell.
        var hardCpu = (Math.Max(1, CpuSeconds) + 5).ToString(CultureInfo.InvariantCulture);
        // The soft CPU limit sends SIGXCPU (so the run is seen to have hit its limit); the hard one, 5 s later, SIGKILL.
        List<string> args = ["-c", $"ulimit -S -t {cpu} && ulimit -H -t {hardCpu} && ulimit -v {kib} && exec \"$0\" \"$@\"", executable, .. arguments];
        return (Shell, args);
    }
}
