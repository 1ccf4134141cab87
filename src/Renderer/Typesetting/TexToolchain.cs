using System.Collections.Concurrent;
using System.ComponentModel;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Renderer.Typesetting;

/// <summary>
/// The external half of typesetting: finds <c>latex</c> and <c>dvisvgm</c>, learns their versions, and runs
/// them on a batch of formulas in a sandbox. Knows nothing about caching policy; thread-safe.
/// </summary>
/// <remarks>
/// Sandbox: a fresh temporary directory as working directory; <c>-no-shell-escape</c> plus
/// <c>shell_escape=f</c>; kpathsea's <c>openin_any=p</c>/<c>openout_any=p</c> ("paranoid": no absolute paths
/// outside <c>TEXMFOUTPUT</c> (= the temp dir), no <c>..</c>, no dot files); a timeout that kills the process tree.
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
    private readonly Lock _gate = new();
    private (string Latex, string Dvisvgm, TexToolVersions Versions)? _resolved;

    public TexToolchain(TexOptions options, TexCache cache, Action onProcessStarted)
    {
        _options = options;
        _cache = cache;
        _onProcessStarted = onProcessStarted;
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
        var dir = Directory.CreateTempSubdirectory("renderer-tex-").FullName;
        try
        {
            var nonce = RandomNumberGenerator.GetHexString(16, lowercase: true);
            var doc = TexDocument.Build(preamble, requests, nonce);
            File.WriteAllText(Path.Combine(dir, "formula.tex"), doc.Text);
            var env = SandboxEnvironment(dir);
            var only = requests.Count == 1 ? requests[0].Tex : null;

            var latexRun = Start(latex, ["-no-shell-escape", "-interaction=nonstopmode", "-halt-on-error", "formula.tex"], dir, env);
            if (latexRun.TimedOut)
                throw new TexException($"LaTeX did not finish within {_options.Timeout.TotalSeconds:0.#} s and was stopped{Describe(requests)}", only);
            var logPath = Path.Combine(dir, "formula.log");
            var log = File.Exists(logPath) ? File.ReadAllText(logPath, System.Text.Encoding.UTF8) : latexRun.StandardOutput;
            if (latexRun.ExitCode != 0 || !File.Exists(Path.Combine(dir, "formula.dvi")))
                throw ErrorFromLog(log, doc, requests, latexRun);

            var metrics = TexLog.Metrics(log, nonce);
            if (Enumerable.Range(0, requests.Count).Any(i => !metrics.ContainsKey(i)))
                throw new TexException($"LaTeX finished but did not report the size of every formula{Describe(requests)}", only);

            var svgRun = Start(dvisvgm,
                ["--no-fonts", "--exact-bbox", "--page=1-", "--cache=none",
                 "--no-specials=bgcolor,dvisvgm,em,html,papersize,pdf,ps,tpic",
                 "--verbosity=3", "--output=page-%p.svg", "formula.dvi"],
                dir, env);
            if (svgRun.TimedOut)
                throw new TexException($"dvisvgm did not finish within {_options.Timeout.TotalSeconds:0.#} s and was stopped{Describe(requests)}", only);
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
            return ProcessRunner.Run(exe, args, _options.Timeout, dir, env, _onProcessStarted);
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
    private static TexException ErrorFromLog(string log, TexDocument doc, IReadOnlyList<TexRequest> requests, ProcessResult run)
    {
        var err = TexLog.FirstError(log);
        if (err is null)
        {
            var tail = string.Join('\n', run.StandardOutput.Trim().Split('\n').TakeLast(5));
            return new TexException($"LaTeX failed (exit code {run.ExitCode}) without an error in its log{Describe(requests)}:\n{tail}",
                requests.Count == 1 ? requests[0].Tex : null);
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

        if (err.Line is int p && p <= doc.PreambleLastLine)
            return new TexException($"TeX error in the preamble: {what} at \"{Tail(err.Before)}\"", null, err.Message);

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
