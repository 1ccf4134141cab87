using Renderer.Rendering;

namespace Renderer.Tests.Snapshots;

/// <summary>
/// One slide per new element kind (plots, shapes, text kinds, images), at 960×540 in both themes, at a moment the test
/// names: the kinds' layout, colours and text guarded against regressions like the shipped scenes are.
/// </summary>
public sealed class VocabularySnapshotTests
{
    public static TheoryData<string> Themes() => new("dark", "light");

    private const string Header = """
        title: Vocabulary
        video: { width: 1920, height: 1080, fps: 30 }
        parameters: { mu: -1, s: 0.6 }

        """;

    /// <summary>Writes the scene (and any files beside it) to a fresh folder and renders the frame at <paramref name="seconds"/>.</summary>
    internal static byte[] Still(string slides, string theme, double seconds, params (string Name, string Text)[] files)
    {
        using var folder = new TemporaryDirectory();
        foreach (var (name, text) in files) File.WriteAllText(folder.File(name), text);
        var path = folder.File("scene.yaml");
        File.WriteAllText(path, Header + slides);
        using var prepared = PreparedScene.Load(path, theme);
        return prepared.StillPng((int)Math.Round(seconds * prepared.Compiled.Fps), 960, 540);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public void Axes(string theme) => SnapshotAssert.Matches(Still("""
        slides:
          - title: 'A Gaussian slides: $\mathcal{N}(\mu, s^2)$'
            duration: 4s
            animate: { mu: { to: 1, at: 0.5s, over: 3s } }
            elements:
              - axes: { x: { range: [-3, 3], label: '$x$' }, y: { label: 'density $p(x)$' } }
                series:
                  - { area: 'normal(x, mu, s)', range: [-3, 0], color: p, label: 'mass below 0' }
                  - { function: 'normal(x, mu, s)', color: p, label: '$\mathcal{N}(\mu, s^2)$' }
                  - { function: 'normal(x, 0, 1)', color: q, dash: dashed, label: '$\mathcal{N}(0, 1)$' }
                  - { vline: mu, color: muted, dash: dotted, label: '$\mu$' }
                  - { scatter: data.csv, columns: [x, p], color: accent, label: 'measured' }
                at: left-two-thirds
              - axes: { x: { range: [0.01, 100], scale: log, label: '$t$' }, y: [0, 5] }
                series:
                  - { function: 'log10(x) + 2', color: reference }
                  - { points: [[0.1, 1], [1, 2.5], [10, 3.2], [50, 4.6]], markers: true, color: q }
                  - { hline: 3, dash: dashed, color: muted, label: 'limit' }
                at: right-third
        """, theme, 2, ("data.csv", "x,p\n-2,0.05\n-1,0.22\n0,0.41\n1,0.23\n2,0.06\n")), theme);
}
