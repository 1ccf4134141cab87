using System.Collections.Concurrent;
using System.ComponentModel;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Renderer.Processes;

namespace Renderer.Typesetting;

/// <summary>
/// The external half of typesetting: finds <c>latex</c> and <c>dvisvgm</c>, learns their versions, and runs
/// them on a batch of formulas in a sandbox. Knows nothing about caching policy; thread-safe.
/// </summary>
/// <remarks>
/// Sandbox: a fresh temporary directory as working directory; <c>-no-shell-escape</c> plus
/// <c>shell_escape=f</c>; kpathsea's <c>openin_any=p</c>/<c>openout_any=p</c> ("paranoid": no absolute paths
/// outside <c>TEXMFOUTPUT</c> (= the temp dir), no <c>..</c>, no dot files); a timeout that kills the process tree;
/// CPU-time and memory limits set in the child (<see cref="ResourceLimits.Tex"/>), which hold even if the renderer dies.
/// dvisvgm gets the same environment, no cache directory, and only its <c>color</c> special handler: a
/// formula has no use for raw SVG, PostScript or hyperlink specials.
/// </remarks>
internal sealed partial class TexToolchain
{
    // Versions by binary stamp, shared by all typesetters in the process: probing is per process, not per instance.
    private static readonly ConcurrentDictionary<string, TexToolVersions> VersionsByStamp = new();

    private readonly TexOptions _options;
    private readonly TexCache _cache;
    private readonly Action _onProcessStarted;
    private readonly CancellationToken _cancellation;
    private readonly Lock _gate = new();
    private (string Latex, string Dvisvgm, TexToolVersions Versions)? _resolved;

    public TexToolchain(TexOptions options, TexCache cache, Action onProcessStarted, CancellationToken cancellation = default)
    {
        _options = options;
        _cache = cache;
        _onProcessStarted = onProcessStarted;
        _cancellation = cancellation;
    }

    /// <summary>Tool versions for cache keys. Starts no process when the cache already knows these binaries.</summary>
    public TexToolVersions Versions => Resolve().Versions;

    private (string Latex, string Dvisvgm, TexToolVersions Versions) Resolve()
    {
        lock (_gate)
        {
            if (_resolved is { } r) return r;
            var latex = ToolLocator.Require(_options.LatexPath, "latex");
            var dvisvgm = ToolLocator.Require(_options.DvisvgmPath, "dvisvgm");
            var stamp = ToolLocator.Stamp(latex) + "\n" + ToolLocator.Stamp(dvisvgm);
            if (!VersionsByStamp.TryGetValue(stamp, out var versions))
            {
                versions = _cache.TryLoadToolVersions(stamp);
                if (versions is null)
                {
                    versions = new TexToolVersions(FirstLine(latex, "--version"), FirstLine(dvisvgm, "--version"));
                    TryIgnoringIo(() => _cache.StoreToolVersions(stamp, versions));
                }

                VersionsByStamp[stamp] = versions;
            }
            else if (!_cache.HasToolVersions(stamp))
            {
                // Known to this process from another cache: record them in this one too, so that a later render
                // from this cache finds its formulas even where latex is not installed.
                TryIgnoringIo(() => _cache.StoreToolVersions(stamp, versions));
            }

            _resolved = (latex, dvisvgm, versions);
            return _resolved.Value;
        }
    }

    /// <summary>
    /// Typesets <paramref name="requests"/> in one LaTeX run (one page per formula) and one dvisvgm run.
    /// Throws <see cref="TexException"/> whose <see cref="TexException.Formula"/> is the failing request's
    /// source when TeX's error can be traced to one formula, or null when it concerns them all (preamble, timeout).
    /// </summary>
    public IReadOnlyList<TexCacheEntry> Run(TexPreamble preamble, IReadOnlyList<TexRequest> requests)
    {
        var (latex, dvisvgm, versions) = Resolve();
        var dir = TemporaryFiles.CreateFolder("renderer-tex-");
        try
        {
            var nonce = RandomNumberGenerator.GetHexString(16, lowercase: true);
            var doc = TexDocument.Build(preamble, requests, nonce);
            File.WriteAllText(Path.Combine(dir, "formula.tex"), doc.Text);
            var env = SandboxEnvironment(dir);
            var only = requests.Count == 1 ? requests[0].Tex : null;

            var latexRun = Start(latex, ["-no-shell-escape", "-interaction=nonstopmode", "-halt-on-error", "formula.tex"], dir, env);
            if (Stopped(latexRun) is { } why)
                throw Stopped(why, doc, preamble, requests, latexRun);
            var logPath = Path.Combine(dir, "formula.log");
            var log = File.Exists(logPath) ? File.ReadAllText(logPath, System.Text.Encoding.UTF8) : latexRun.StandardOutput;
            if (latexRun.ExitCode != 0 || !File.Exists(Path.Combine(dir, "formula.dvi")))
                throw ErrorFromLog(log, doc, preamble, requests, latexRun);

            var metrics = TexLog.Metrics(log, nonce);
            if (Enumerable.Range(0, requests.Count).Any(i => !metrics.ContainsKey(i)))
                throw new TexException($"LaTeX finished but did not report the size of every formula{Describe(requests)}", only);

            var svgRun = Start(dvisvgm,
                ["--no-fonts", "--exact-bbox", "--page=1-", "--cache=none",
                 "--no-specials=bgcolor,dvisvgm,em,html,papersize,pdf,ps,tpic",
                 "--verbosity=3", "--output=page-%p.svg", "formula.dvi"],
                dir, env);
            if (Stopped(svgRun) is { } svgWhy)
                throw new TexLimitException($"dvisvgm {svgWhy}{Describe(requests)}", only);
            if (svgRun.ExitCode != 0 || svgRun.StandardError.Contains("ERROR", StringComparison.Ordinal))
                throw new TexException($"dvisvgm failed (exit code {svgRun.ExitCode}): {svgRun.StandardError.Trim()}{Describe(requests)}", only);

            var pages = new Dictionary<int, string>();
            foreach (var file in Directory.EnumerateFiles(dir, "page-*.svg"))
            {
                var m = PageFile().Match(Path.GetFileName(file));
                if (m.Success) pages[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)] = file;
            }

            var result = new TexCacheEntry[requests.Count];
            for (var i = 0; i < requests.Count; i++)
            {
                if (!pages.TryGetValue(i + 1, out var file))
                    throw new TexException($"dvisvgm wrote no SVG for page {i + 1}{Describe(requests)}", only);
                var (w, h, d) = metrics[i];
                result[i] = new TexCacheEntry(
                    TexCache.FormatVersion, requests[i].Tex, requests[i].Mode, TexCache.Sha256Hex(preamble.Text),
                    versions.Latex, versions.Dvisvgm, w, h, d, File.ReadAllText(file));
            }

            return result;
        }
        finally
        {
            TryIgnoringIo(() => Directory.Delete(dir, recursive: true));
        }
    }

    /// <summary>Why a run was stopped from outside (timeout, a signal such as the CPU limit's SIGXCPU), or null.</summary>
    private string? Stopped(ProcessResult run)
    {
        if (run.TimedOut) return $"did not finish within {_options.Timeout.TotalSeconds:0.#} s and was stopped";
        // Killed by a signal: .NET reports 128 + the signal's number.
        return run.ExitCode switch
        {
            128 + 24 => $"was stopped at its CPU-time limit ({_options.Limits?.CpuSeconds} s)",
            128 + 9 => "was killed (SIGKILL)",
            > 128 and < 128 + 32 => $"was stopped by signal {run.ExitCode - 128}",
            _ => null,
        };
    }

    /// <summary>LaTeX was stopped: blame the formula it was on (from its terminal markers), or the preamble if none.</summary>
    private static TexException Stopped(string why, TexDocument doc, TexPreamble preamble, IReadOnlyList<TexRequest> requests, ProcessResult run)
    {
        if (doc.LastStarted(run.StandardOutput) is { } i)
            return new TexLimitException($"LaTeX {why} while typesetting formula \"{Shorten(requests[i].Tex)}\""
                                         + (preamble.Macros.Count > 0 ? " (does a macro of tex.macros expand without end?)" : ""), requests[i].Tex);
        return new TexPreambleException($"LaTeX {why} before reaching the formulas: the preamble "
                                        + (preamble.Macros.Count > 0 ? "(tex.macros) " : "") + "does not finish",
            macroIndex: null);
    }

    private static Dictionary<string, string> SandboxEnvironment(string dir) => new()
    {
        ["openin_any"] = "p",
        ["openout_any"] = "p",
        ["shell_escape"] = "f",
        ["TEXMFOUTPUT"] = dir,
        // Unwrapped log lines: error context and metrics are parsed from them.
        ["max_print_line"] = "10000",
        ["error_line"] = "254",
        ["half_error_line"] = "238",
    };

    private ProcessResult Start(string exe, string[] args, string? dir = null, IReadOnlyDictionary<string, string>? env = null)
    {
        try
        {
            return ProcessRunner.Run(exe, args, _options.Timeout, dir, env, _onProcessStarted, _options.Limits, _cancellation);
        }
        catch (Win32Exception e)
        {
            throw new TexToolMissingException(Path.GetFileName(exe), $"{exe} could not be started: {e.Message}");
        }
    }

    private string FirstLine(string exe, string arg)
    {
        var run = Start(exe, [arg]);
        var line = run.StandardOutput.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        if (run.TimedOut || run.ExitCode != 0 || line is null)
            throw new TexToolMissingException(Path.GetFileName(exe), $"'{exe} {arg}' did not report a version");
        return line;
    }

    /// <summary>Turns TeX's first error into a message that names the formula and the spot.</summary>
    private static TexException ErrorFromLog(string log, TexDocument doc, TexPreamble preamble, IReadOnlyList<TexRequest> requests, ProcessResult run)
    {
        var err = TexLog.FirstError(log);
        if (err is null)
        {
            // A crash (e.g. memory exhausted at the limit) with no TeX error: the last formula started is the culprit.
            var tail = string.Join(" / ", run.StandardOutput.Trim().Split('\n').TakeLast(3).Select(l => Shorten(l, 120)));
            if (doc.LastStarted(run.StandardOutput) is not { } culprit)
                return new TexPreambleException($"LaTeX failed (exit code {run.ExitCode}) before reaching the formulas: {tail}");
            return new TexException($"LaTeX failed (exit code {run.ExitCode}) without an error in its log on formula \"{Shorten(requests[culprit].Tex)}\": {tail}",
                requests[culprit].Tex);
        }

        var what = err.Message;
        if (what.StartsWith("Undefined control sequence", StringComparison.Ordinal) && LastControlSequence().Match(err.Before) is { Success: true } cs)
            what = "Undefined control sequence " + cs.Groups[1].Value;
        else
            what = what.TrimEnd('.');

        if (err.Line is int n && doc.FormulaAt(n) is int i)
        {
            var block = doc.Blocks[i];
            var tex = requests[i].Tex;
            string where;
            if (n >= block.SourceFirstLine && n <= block.SourceLastLine)
            {
                var lineNote = block.SourceLastLine > block.SourceFirstLine ? $" (line {n - block.SourceFirstLine + 1} of the formula)" : "";
                where = $" at \"{Tail(err.Before)}\"{lineNote}";
            }
            else
            {
                where = " at the end of the formula";
            }

            return new TexException($"TeX error: {what}{where} in formula \"{Shorten(tex)}\"", tex, err.Message);
        }

        if (err.Line is int p && p <= doc.PreambleLastLine + 1)
        {
            var macro = preamble.MacroAt(p);
            var where = macro is { } m ? $"in tex.macros entry {m + 1} (\"{Shorten(preamble.Macros[m], 60)}\")" : "in the preamble";
            return new TexPreambleException($"TeX error {where}: {what} at \"{Tail(err.Before)}\"", macro, err.Message);
        }

        return new TexException($"TeX error: {what}{Describe(requests)}", requests.Count == 1 ? requests[0].Tex : null, err.Message);
    }

    private static string Describe(IReadOnlyList<TexRequest> requests) =>
        requests.Count == 1
            ? $" (formula \"{Shorten(requests[0].Tex)}\")"
            : $" (typesetting {requests.Count} formulas: {string.Join(", ", requests.Take(3).Select(r => $"\"{Shorten(r.Tex, 30)}\""))}{(requests.Count > 3 ? ", …" : "")})";

    private static string Shorten(string s, int max = 80)
    {
        s = s.ReplaceLineEndings(" ").Trim();
        return s.Length <= max ? s : s[..(max - 1)] + "…";
    }

    private static string Tail(string s, int max = 50)
    {
        s = s.Trim();
        return s.Length <= max ? s : "…" + s[^(max - 1)..];
    }

    private static void TryIgnoringIo(Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a read-only cache or a leftover temp dir must not fail a render.
        }
    }

    [GeneratedRegex(@"^page-0*(\d+)\.svg$")]
    private static partial Regex PageFile();

    [GeneratedRegex(@"(\\(?:[A-Za-z]+|.))\s*$")]
    private static partial Regex LastControlSequence();
}
