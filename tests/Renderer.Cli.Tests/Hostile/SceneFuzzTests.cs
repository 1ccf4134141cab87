using System.Diagnostics;
using CsCheck;
using Renderer.Language;
using Renderer.Scenes.Diagnostics;
using Xunit.Abstractions;

namespace Renderer.Cli.Tests.Hostile;

/// <summary>
/// Property: whatever is done to a shipped scene's text, loading and validating it (what <c>validate</c> does) ends
/// in a scene or in file:line:col diagnostics (exit 0 or 2): no other exception, within a time and memory bound, and
/// every diagnostic short and free of control characters. CsCheck generates the mutations (and shrinks a failure to
/// a small one, printing the seed that reproduces it).
/// </summary>
public sealed class SceneFuzzTests(ITestOutputHelper output)
{
    /// <summary>Mutated scenes per run.</summary>
    public const int Iterations = 10_000;

    private static readonly string[] Scenes = Directory.GetFiles(Path.Combine(RepositoryRoot(), "scenes"), "*.yaml")
        .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();

    // Things that have broken parsers: YAML structure, TeX escapes, extreme numbers, control and odd characters.
    private static readonly string[] Payloads =
    [
        "\\^^69nput{/etc/passwd}", "^^5cinput{x}", "\\input{x}", "\\newcommand{\\a}{\\a}\\a", "\\write18{ls}", "$", "$$", "\\$",
        "{", "}", "[", "]", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "]]]]", ":", ": ", "- ", "-", "&a ", "*a", "*s", "&s [a, b] ", "!!binary ",
        "!!python/object:os.system ", "? ", "|", ">", "---\n", "...\n", "%YAML 1.2\n", "<<: *a", "#", "'", "\"", "\\", "\t", "\n", "\r\n",
        "\0", "\u0007", "\u001b[31m", "\u009b", "\u202e", "\ufeff", "𝔼", "é", "1e999", "-1e999", "NaN", ".nan", ".inf", "-0", "0",
        "2147483648", "-2147483649", "9223372036854775808", "18446744073709551616", "1000000000000", "1000000000s", "99999999999f",
        "1.5f", "-1s", "0s", "~", "null", "true", ", ", "x", new string('x', 3000), "\\frac{1}{2", "}\\shipout\\hbox{",
    ];

    private static readonly Gen<(int Kind, int Position, int Length, int Payload)> Mutation =
        Gen.Select(Gen.Int[0, 8], Gen.Int[0, int.MaxValue], Gen.Int[0, 64], Gen.Int[0, Payloads.Length - 1]);

    private static readonly Gen<(int Scene, (int Kind, int Position, int Length, int Payload)[] Mutations)> Cases =
        Gen.Select(Gen.Int[0, Scenes.Length - 1], Mutation.Array[1, 6]);

    [Fact]
    public void Mutated_shipped_scenes_load_or_fail_with_diagnostics_only()
    {
        Assert.NotEmpty(Scenes);
        long loaded = 0, refused = 0;
        var slowest = TimeSpan.Zero;
        long mostAllocated = 0;

        Cases.Sample(c =>
        {
            var text = Mutate(Scenes[c.Scene], c.Mutations);
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            try
            {
                SceneLoader.Load(text, "fuzz.yaml");
                Interlocked.Increment(ref loaded);
            }
            catch (SceneValidationException e)
            {
                Interlocked.Increment(ref refused);
                Assert.InRange(e.Diagnostics.Count, 1, 101);
                foreach (var d in e.Diagnostics)
                {
                    var line = d.ToString();
                    Assert.StartsWith("fuzz.yaml:", line);
                    Assert.True(line.Length < 1000, $"a diagnostic of {line.Length} characters");
                    Assert.DoesNotContain(line, ch => char.IsControl(ch));
                }
            }

            // Bounds, not speed targets: a hang or a blow-up fails here.
            var elapsed = clock.Elapsed;
            var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
            Assert.True(elapsed < TimeSpan.FromSeconds(5), $"{elapsed.TotalSeconds:0.0} s for one scene");
            Assert.True(bytes < 256L << 20, $"{bytes >> 20} MB allocated for one scene");
            lock (Payloads)
            {
                if (elapsed > slowest) slowest = elapsed;
                mostAllocated = Math.Max(mostAllocated, bytes);
            }
        }, iter: Iterations, print: c => $"scene {c.Scene}, mutations {string.Join("; ", c.Mutations)}:\n{Shown(Mutate(Scenes[c.Scene], c.Mutations))}");

        output.WriteLine($"fuzz: {loaded + refused} mutated scenes, {loaded} loaded, {refused} refused with diagnostics, 0 crashes; " +
                         $"slowest {slowest.TotalMilliseconds:0} ms, most allocated {mostAllocated >> 20} MB");
        Assert.Equal(Iterations, loaded + refused);
        Assert.True(refused > Iterations / 10 && loaded > 0, $"{loaded} loaded, {refused} refused: the mutations should hit both");
    }

    /// <summary>Applies the mutations in order; each picks its place with <c>Position</c> modulo the current length.</summary>
    internal static string Mutate(string text, IEnumerable<(int Kind, int Position, int Length, int Payload)> mutations)
    {
        foreach (var (kind, position, length, payload) in mutations)
        {
            var at = text.Length == 0 ? 0 : position % (text.Length + 1);
            var end = Math.Min(text.Length, at + length);
            var p = Payloads[payload];
            var lines = text.Split('\n');
            var line = lines.Length == 0 ? 0 : position % lines.Length;
            text = kind switch
            {
                0 => text[..at] + text[end..], // delete a span
                1 => text[..at] + p + text[at..], // insert
                2 => text[..at] + p + text[end..], // replace a span
                3 => string.Join('\n', lines.Take(line + 1).Concat(Enumerable.Repeat(lines[line], length)).Concat(lines.Skip(line + 1))), // repeat a line
                4 => ReplaceNumber(text, at, p), // an extreme value where a number was
                5 => text[..at], // truncate
                6 => string.Join('\n', Swap(lines, line, (line + length + 1) % lines.Length)), // swap two lines
                7 => string.Join('\n', lines.Select((l, i) => i == line ? new string(' ', length % 9) + l.TrimStart() : l)), // re-indent
                _ => text + "\n" + text[..at], // a second copy of the start (duplicate keys, slides)
            };
        }

        return text;
    }

    /// <summary>The mutated scene as the failure message shows it: escaped, and its end if it is long.</summary>
    private static string Shown(string text) =>
        TerminalText.Safe(text.Length <= 4000 ? text : "…" + text[^4000..]).Replace("\\n", "\n");

    private static string ReplaceNumber(string text, int from, string value)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i])) continue;
            var j = i;
            while (j < text.Length && (char.IsAsciiDigit(text[j]) || text[j] == '.')) j++;
            return text[..i] + value + text[j..];
        }

        return text;
    }

    private static string[] Swap(string[] lines, int a, int b)
    {
        var copy = (string[])lines.Clone();
        (copy[a], copy[b]) = (copy[b], copy[a]);
        return copy;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Renderer.sln"))) return dir.FullName;
        throw new InvalidOperationException("cannot find Renderer.sln above " + AppContext.BaseDirectory);
    }
}
