using System.Diagnostics;
using System.Globalization;

namespace Renderer.Rendering;

/// <summary>
/// Where a command's wall time goes, phase by phase, printed to standard error at exit when
/// <c>RENDERER_TIMINGS=1</c>: the edit-loop and Slurm benches read it to say what a render or a join spent on process
/// start, loading, keying, checks, the stream copy and the files around the video. Off, <see cref="Mark"/> does nothing.
/// </summary>
public static class PhaseTimings
{
    public const string EnvironmentVariable = "RENDERER_TIMINGS";

    private static readonly bool Enabled = Environment.GetEnvironmentVariable(EnvironmentVariable) == "1";
    private static readonly Lock Gate = new();
    private static readonly List<(string Phase, double Seconds)> Phases = [];
    private static DateTime _last = Enabled ? Process.GetCurrentProcess().StartTime.ToUniversalTime() : default;

    public static bool IsEnabled => Enabled;

    /// <summary>Ends the phase <paramref name="phase"/>: the time since the previous mark (the first: since the process started).</summary>
    public static void Mark(string phase)
    {
        if (!Enabled) return;
        lock (Gate)
        {
            var now = DateTime.UtcNow;
            Phases.Add((phase, (now - _last).TotalSeconds));
            _last = now;
        }
    }

    /// <summary>Writes every phase, one line each, and the sum (process start to now).</summary>
    public static void Report(TextWriter writer)
    {
        if (!Enabled) return;
        lock (Gate)
        {
            foreach (var (phase, seconds) in Phases)
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timing: {phase,-28} {seconds,7:0.000} s"));
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timing: {"total (process start to here)",-28} {Phases.Sum(p => p.Seconds),7:0.000} s"));
        }
    }
}
