using Renderer.Formulas;
using Renderer.Compilation;
using Renderer.Kinds;
using Renderer.Language;
using Renderer.Scenes.Diagnostics;
using Renderer.Tests.TestSupport;
using Renderer.Typesetting;

namespace Renderer.Tests.Typesetting;

/// <summary>
/// Issue 14, item 2: when TeX has to be stopped (timeout, CPU or memory limit) the scene gets one error, at the
/// element whose formula TeX was on, and TeX is not run again formula by formula.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class TexHangTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_formula_that_runs_TeX_out_of_time_is_reported_once_at_its_element()
    {
        // A latex that gets through the preamble and the first formula, then hangs on the second, as LaTeX would on a
        // formula that never ends (it prints the marker the real document prints before each formula).
        var latex = Path.Combine(_dir.Path, "latex");
        var runs = Path.Combine(_dir.Path, "runs");
        File.WriteAllText(latex, $$"""
            #!/bin/sh
            if [ "$1" = "--version" ]; then echo "pdfTeX (hang test double)"; exit 0; fi
            echo run >> {{runs}}
            sed -n 's/^\\message{\(.*:start:[01]\)}%$/\1/p' formula.tex | tr '\n' ' '
            sleep 600
            """.Replace("\r", ""));
        File.SetUnixFileMode(latex, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var spec = SceneLoader.Load("""
            title: Hang
            video: { width: 64, height: 36, fps: 10 }
            slides:
              - duration: 1f
                elements:
                  - { math: 'a' }
                  - { math: 'b' }
                  - { math: 'c' }
            """, "hang.yaml");
        var typesetter = new TexTypesetter(new TexOptions { LatexPath = latex, CacheDirectory = Path.Combine(_dir.Path, "cache"), Timeout = TimeSpan.FromSeconds(2) });
        var tex = new TexFormulaService(typesetter, TexPreamble.Default);

        var e = Assert.Throws<SceneValidationException>(() => SceneCompiler.Compile(spec, BuiltInKinds.All, RealText.Measurer, tex));

        var d = Assert.Single(e.Diagnostics);
        Assert.Equal((7, 9), (d.Position.Line, d.Position.Column)); // the element with 'b'
        Assert.Contains("did not finish within 2 s", d.Message);
        Assert.Contains("formula \"b\"", d.Message);
        Assert.Single(File.ReadAllLines(runs)); // one LaTeX run, not one per formula
    }
}
