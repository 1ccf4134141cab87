using System.Collections.Concurrent;
using System.Globalization;
using Renderer.Processes;

namespace Renderer.Sound;

/// <summary>
/// Draft narration: text spoken by Debian's offline <c>espeak-ng</c> into a WAV, through the <see cref="SpeechCache"/>.
/// </summary>
/// <remarks>
/// Scene files are untrusted, so nothing in one chooses what runs or how: the program is fixed (<c>espeak-ng</c>,
/// found on PATH), its arguments are fixed and passed as a list (no shell parses them), and the text goes in on
/// standard input, never as an argument, so no word of a caption can be read as an option; SSML stays off
/// (<see cref="SpokenText"/>). It runs with a timeout and CPU and memory limits (<see cref="ResourceLimits"/>: a fixed
/// <c>/bin/sh</c> line that sets them and <c>exec</c>s the program with its arguments untouched), and is killed, as a
/// process tree, when the load is cancelled.
/// </remarks>
public sealed class SpeechSynthesizer(SpeechCache cache)
{
    public const string Program = "espeak-ng";

    /// <summary>espeak-ng's American English voice: a draft to time the slides by, not the final narration.</summary>
    public const string Voice = "en-us";

    /// <summary>espeak-ng's default speed, about a narrator's pace.</summary>
    public const int WordsPerMinute = 175;

    public const string InstallHint = "install it with 'apt install espeak-ng' (tools/setup.sh does), or record the narration and give voice: file.wav";

    /// <summary>Wall-clock limit of one run; speaking the longest caption (2,000 characters) takes well under a second.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>CPU time and address space of one run (measured: ~0.1 s and ~20 MB for a caption).</summary>
    public static ResourceLimits Limits { get; } = new(CpuSeconds: 30, MemoryBytes: 1L << 30);

    // espeak-ng's version line by the stamp of its binary: probed once per process and kept in the cache folder.
    private static readonly ConcurrentDictionary<string, string> Versions = new(StringComparer.Ordinal);

    public SpeechCache Cache { get; } = cache;

    /// <summary>The clip of <paramref name="text"/> (already <see cref="SpokenText.Prepare"/>d), spoken now or found in the cache.</summary>
    /// <exception cref="SpeechException">espeak-ng is not installed, failed, or made no sound.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; espeak-ng was killed first.</exception>
    public SpokenClip Speak(string text, CancellationToken cancellationToken = default)
    {
        var program = Executables.Find(Program)
            ?? throw new SpeechException($"'voice: {{ speak: … }}' needs {Program}, which was not found on PATH", InstallHint);
        var version = ToolVersion(program, cancellationToken);
        var entry = Cache.EntryPath(SpeechCache.Key(text, Voice, WordsPerMinute, version));
        if (WavLength.Seconds(entry) is { } cached) return new SpokenClip(entry, cached, Cached: true);

        Directory.CreateDirectory(Cache.Directory);
        var partial = TemporaryFiles.PartialFileFor(entry);
        try
        {
            // -b 1: the text is UTF-8; -z: no pause after the last sentence (duration: voice adds its own padding).
            string[] arguments = ["-v", Voice, "-s", WordsPerMinute.ToString(CultureInfo.InvariantCulture), "-b", "1", "-z", "-w", partial, "--stdin"];
            var run = Run(program, arguments, text, cancellationToken);
            if (run.TimedOut) throw new SpeechException($"{Program} did not finish within {Timeout.TotalSeconds:0} s", "shorten the text");
            if (run.ExitCode != 0) throw new SpeechException($"{Program} failed (exit code {run.ExitCode}){Tail(run.StandardError)}", "check the installation with 'renderer doctor'");
            if (WavLength.Seconds(partial) is not { } seconds) throw new SpeechException($"{Program} made no sound of this text", "give words to speak");
            File.Move(partial, entry, overwrite: true);
            return new SpokenClip(entry, seconds, Cached: false);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>espeak-ng's version line (which names its voice data too) plus a stamp of the binary.</summary>
    private string ToolVersion(string program, CancellationToken cancellationToken)
    {
        var stamp = Executables.Stamp(program);
        if (Versions.TryGetValue(stamp, out var known)) return known;
        var file = Cache.ToolVersionPath(stamp);
        string? line = null;
        try { line = File.Exists(file) ? File.ReadAllText(file).Trim() : null; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* probe again */ }
        if (string.IsNullOrEmpty(line))
        {
            var run = Run(program, ["--version"], null, cancellationToken);
            line = run.ExitCode == 0 ? run.StandardOutput.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) : null;
            if (line is null) throw new SpeechException($"{Program} --version failed (exit code {run.ExitCode}){Tail(run.StandardError)}", "check the installation with 'renderer doctor'");
            try
            {
                Directory.CreateDirectory(Cache.Directory);
                var partial = TemporaryFiles.PartialFileFor(file);
                File.WriteAllText(partial, line + "\n");
                File.Move(partial, file, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A read-only cache only costs a probe per process.
            }
        }
        line = line + "\n" + stamp;
        Versions[stamp] = line;
        return line;
    }

    private static ProcessResult Run(string program, IReadOnlyList<string> arguments, string? input, CancellationToken cancellationToken)
    {
        try
        {
            return ProcessRunner.Run(program, arguments, Timeout, limits: Limits,
                cancellationToken: cancellationToken, standardInput: input);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new SpeechException($"{Program} could not be started: {e.Message}", InstallHint);
        }
    }

    private static string Tail(string standardError) =>
        standardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() is { } last ? ": " + last : "";
}
