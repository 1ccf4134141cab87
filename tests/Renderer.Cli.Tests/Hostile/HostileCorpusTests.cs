namespace Renderer.Cli.Tests.Hostile;

/// <summary>
/// The hostile corpus: scene files that try to break the renderer (YAML tricks, model values out of range, TeX that
/// reads files or loops, sizes and limits), each with its exit code and first error. For every case, <c>validate</c>
/// and <c>render</c> must give that exit code and that first error: a scene that validation passes must not fail in
/// render on a security, limit, TeX or layout check, and what render refuses, validate refuses in the same words at the same place.
/// The layout cases (category "layout") are scenes that load but would render with visible defects.
/// </summary>
public sealed class HostileCorpusTests(HostileCorpusTests.Workspace workspace) : IClassFixture<HostileCorpusTests.Workspace>
{
    /// <summary>One output folder and one TeX cache for the whole corpus.</summary>
    public sealed class Workspace : IDisposable
    {
        internal TempDir Dir { get; } = new();
        public string Output => Dir.File("out");
        public string Cache => Dir.File("tex-cache");
        public void Dispose() => Dir.Dispose();
    }

    public static TheoryData<string> Cases() => new(HostileCase.All().Select(c => c.Name));

    [Fact]
    public void The_corpus_covers_every_category_with_at_least_120_cases()
    {
        var cases = HostileCase.All().ToList();
        var generated = GeneratedHostileCases.Count;

        Assert.True(cases.Count + generated >= 120, $"{cases.Count} file cases + {generated} generated");
        Assert.Equal(["TeX", "YAML", "layout", "model"], cases.Select(c => c.Category).Distinct().Order(StringComparer.Ordinal));
        Assert.True(cases.Count(c => c.Category == "layout") >= 30, "at least 30 planted layout defects");
        Assert.Contains(cases, c => c.Exit == 0); // the control cases that must pass
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Validate_and_render_give_the_expected_exit_code_and_first_error(string name)
    {
        var c = HostileCase.Load(Path.Combine(HostileCase.Folder, name + ".yaml"));

        var validate = await CliRunner.Run(["validate", c.Path, "--tex-cache", workspace.Cache, .. c.Args]);
        var render = await CliRunner.Run(["render", c.Path, "-o", workspace.Output, "--tex-cache", workspace.Cache, .. c.Args]);

        Assert.True(c.Exit == render.Exit, $"render: exit {render.Exit}, expected {c.Exit}\n{render.Err}");
        Assert.True(c.Exit == validate.Exit, $"validate: exit {validate.Exit}, expected {c.Exit}\n{validate.Err}");
        AssertFirstError(c, render.Err);
        AssertFirstError(c, validate.Err);
        if (c.QuickExit != c.Exit)
        {
            // Only TeX or the layout lint finds it: the quick check, which runs neither, passes it.
            var quick = await CliRunner.Run(["validate", "--quick", c.Path, .. c.Args]);
            Assert.True(c.QuickExit == quick.Exit, $"validate --quick: exit {quick.Exit}, expected {c.QuickExit}\n{quick.Err}");
        }

        foreach (var output in new[] { validate.Err, render.Err })
        {
            Assert.DoesNotContain("   at ", output); // no stack trace
            Assert.DoesNotContain("internal error", output);
            Assert.DoesNotContain('\u001b', output); // nothing from the scene drives the terminal
            Assert.All(output.Split('\n'), line => Assert.True(line.Length < 1200, $"an error line of {line.Length} characters"));
        }
    }

    private static void AssertFirstError(HostileCase c, string stderr)
    {
        var first = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(l => l.StartsWith(c.Path + ":", StringComparison.Ordinal));
        if (c.First == "(none)")
        {
            Assert.Null(first);
            return;
        }

        Assert.True(first is not null, $"no error line for {c.Path}; stderr:\n{stderr}");
        Assert.StartsWith(c.First, first![(c.Path.Length + 1)..]);
    }
}
