using Renderer.Processes;

namespace Renderer.Typesetting;

/// <summary>
/// Reports which external tools and LaTeX packages this machine has, for a <c>doctor</c> command and for
/// error hints. Runs each tool's version command once; never prints.
/// </summary>
public static class ToolDoctor
{
    /// <summary>Packages reported: the preamble's base set plus the optional ones scenes are most likely to ask for.</summary>
    public static readonly IReadOnlyList<string> ProbedPackages = ["amsmath", "amssymb", "bm", "color", "xcolor", "mathtools"];

    private static readonly (string Name, string Argument, string? NeededFor)[] Tools =
    [
        ("ffmpeg", "-version", null), ("ffprobe", "-version", null), ("latex", "--version", null), ("dvisvgm", "--version", null),
        ("espeak-ng", "--version", "voice: { speak }"),
    ];

    public static DoctorReport Probe(TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(10);
        var tools = Tools.AsParallel().AsOrdered().Select(t => ProbeTool(t.Name, t.Argument, t.NeededFor, limit)).ToList();
        return new DoctorReport(tools, ProbePackages(limit));
    }

    private static ToolStatus ProbeTool(string name, string argument, string? neededFor, TimeSpan timeout)
    {
        var path = ToolLocator.Find(name);
        if (path is null) return new ToolStatus(name, null, null, neededFor);
        var version = FirstLine(path, [argument], timeout);
        // "ffmpeg version 5.1.6-0+deb12u1 Copyright (c) 2000-2024 …": the copyright is noise.
        var cut = version?.IndexOf(" Copyright", StringComparison.Ordinal) ?? -1;
        return new ToolStatus(name, path, cut > 0 ? version![..cut] : version, neededFor);
    }

    private static List<TexPackageStatus> ProbePackages(TimeSpan timeout)
    {
        var found = new Dictionary<string, string>();
        var kpsewhich = ToolLocator.Find("kpsewhich");
        if (kpsewhich is not null)
        {
            // kpsewhich prints one path per file it finds and nothing for the others.
            var run = Run(kpsewhich, ProbedPackages.Select(p => p + ".sty").ToArray(), timeout);
            foreach (var line in run?.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [])
                found.TryAdd(Path.GetFileNameWithoutExtension(line), line);
        }

        return ProbedPackages.Select(p => new TexPackageStatus(p, found.GetValueOrDefault(p))).ToList();
    }

    private static string? FirstLine(string exe, string[] args, TimeSpan timeout)
    {
        var run = Run(exe, args, timeout);
        if (run is null || run.TimedOut || run.ExitCode != 0) return null;
        return run.StandardOutput.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
    }

    private static ProcessResult? Run(string exe, string[] args, TimeSpan timeout)
    {
        try
        {
            return ProcessRunner.Run(exe, args, timeout);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
