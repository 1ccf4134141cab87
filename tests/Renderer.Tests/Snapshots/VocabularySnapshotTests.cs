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
        File.WriteAllBytes(folder.File("gradient.png"), Elements.ImageTests.Bitmap(240, 120, SkiaSharp.SKEncodedImageFormat.Png));
        File.WriteAllBytes(folder.File("gradient.jpg"), Elements.ImageTests.Bitmap(240, 120, SkiaSharp.SKEncodedImageFormat.Jpeg));
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

    [Theory]
    [MemberData(nameof(Themes))]
    public void Shapes(string theme) => SnapshotAssert.Matches(Still("""
        slides:
          - title: Shapes
            duration: 3s
            elements:
              - { rect: [0.02, 0.05, 0.3, 0.4], corner: 24, fill: p, opacity: 0.5, color: p, box: [0, 0, 0.5, 1] }
              - { circle: 90, center: [0.75, 0.25], color: q, width: 6, dash: dashed, box: [0, 0, 0.5, 1] }
              - { polygon: [[0.05, 0.95], [0.2, 0.6], [0.35, 0.95]], fill: accent, color: accent, box: [0, 0, 0.5, 1] }
              - { polyline: [[0.5, 0.9], [0.6, 0.6], [0.7, 0.8], [0.8, 0.55], [0.95, 0.7]], color: reference, width: 6, box: [0, 0, 0.5, 1] }
              - { line: [[0.05, 0.5], [0.95, 0.5]], color: muted, dash: dotted, box: [0, 0, 0.5, 1] }
              - { arrow: [[0.05, 0.15], [0.45, 0.15]], color: text, box: [0.5, 0, 0.5, 1] }
              - { arrow: [[0.55, 0.15], [0.95, 0.15]], bend: 0.35, head: open, tail: triangle, color: warning, box: [0.5, 0, 0.5, 1] }
              - { brace: [[0.1, 0.55], [0.9, 0.55]], annotation: '$n = 16$ draws', color: muted, box: [0.5, 0, 0.5, 1] }
              - { dot: [0.15, 0.85], size: 16, color: good, box: [0.5, 0, 0.5, 1] }
              - { label: 'a label, $x^2$', color: highlight, background: true, box: [0.5, 0.75, 0.5, 0.25] }
        """, theme, 2), theme);

    [Theory]
    [MemberData(nameof(Themes))]
    public void Annotations(string theme) => SnapshotAssert.Matches(Still("""
        distributions:
          P: { outcomes: [A, B, C, D], probabilities: [0.5, 0.25, 0.125, 0.125] }
          Q: { outcomes: [A, B, C, D], uniform: true }
        slides:
          - title: Anchors follow what they point at
            duration: 4s
            animate: { mu: { to: 1, at: 0.5s, over: 3s } }
            elements:
              - { bars: [P, Q], values: false, id: bars, at: left }
              - { label: 'most likely under $P$', id: note, color: highlight, box: [0.18, 0.08, 0.3, 0.1] }
              - { arrow: [note.box, bars.P.A], bend: 0.25, color: highlight }
              - { rect: bars.D, dash: dashed, color: q, corner: 10 }
              - { axes: { x: { range: [-3, 3], label: '$x$' }, y: [0, 0.8] }, series: [{ function: 'normal(x, mu, s)', color: p }], id: plot, at: right }
              - { dot: 'plot.data(mu, normal(mu, mu, s))', color: accent }
              - { label: '$\mu$', at: 'plot.data(mu, normal(mu, mu, s))', side: above, color: accent }
              - { arrow: ['plot.data(-2.5, 0.7)', 'plot.data(mu - s, normal(mu - s, mu, s))'], color: muted, width: 3 }
        """, theme, 2), theme);

    [Theory]
    [MemberData(nameof(Themes))]
    public void Images(string theme) => SnapshotAssert.Matches(Still("""
        slides:
          - title: 'Images: contain, cover, fill'
            duration: 3s
            elements:
              - { image: gradient.png, fit: contain, box: [0, 0, 0.32, 0.6] }
              - { image: gradient.jpg, fit: cover, box: [0.34, 0, 0.32, 0.6] }
              - { image: shapes.svg, fit: fill, box: [0.68, 0, 0.32, 0.6] }
              - { image: shapes.svg, fit: contain, opacity: 0.5, box: [0, 0.65, 1, 0.35] }
        """, theme, 2, ("shapes.svg", Elements.ImageTests.Svg)), theme);

    [Theory]
    [MemberData(nameof(Themes))]
    public void Lists(string theme) => SnapshotAssert.Matches(Still("""
        slides:
          - title: Lists
            duration: 6s
            elements:
              - list:
                  - 'Draw $x \sim P$, many times'
                  - text: 'Score each draw with $-\log_2 Q(x)$ bits, the length of its code word under a code built for $Q$'
                    items: ['short words for outcomes $Q$ finds likely', { text: 'long words for rare ones', items: ['rarer still'] }]
                  - 'Average the scores: $\hat H \to H(P,Q)$'
                reveal: one-by-one
                start: 0.2s
                step: 0.5s
                at: left
              - { list: ['Build the tree', 'Walk to each leaf', 'Count the edges'], marker: number, role: small, color: muted, marker-color: accent, at: right }
        """, theme, 1.9), theme);

    [Theory]
    [MemberData(nameof(Themes))]
    public void Tables(string theme) => SnapshotAssert.Matches(Still("""
        slides:
          - title: Tables
            duration: 4s
            elements:
              - table:
                  - ['$x$', '$P(x)$', '$Q(x)$', '$-\log_2 Q(x)$']
                  - [A, '$1/2$', '$1/4$', '2 bits']
                  - [B, '$1/4$', '$1/4$', '2 bits']
                  - [C, '$1/8$', '$1/4$', '2 bits']
                  - [D, '$1/8$', '$1/4$', '2 bits']
                align: [left, right, right, right]
                highlight: [{ row: 2, from: 0.5s, to: 3s }, { cell: [4, 3], from: 1s, color: q }, { column: 4, from: 3.5s }]
                at: left
              - { table: [[one, two], [three, four]], header: false, align: center, color: muted, at: right }
        """, theme, 2), theme);

    [Theory]
    [MemberData(nameof(Themes))]
    public void Code(string theme) => SnapshotAssert.Matches(Still(""""
        slides:
          - title: Code
            duration: 6s
            elements:
              - code: |
                  import math

                  def cross_entropy(p, q):
                      """Bits per draw from p, coded for q."""
                      total = 0.0
                      for x, px in p.items():
                          total -= px * math.log2(q[x])  # cost of x
                      return total

                  print(cross_entropy({"A": 0.5}, {"A": 0.25}))
                language: python
                numbers: true
                highlight: [{ lines: 7, from: 1s }, { lines: [3, 4], from: 0s, to: 0.5s }]
                reveal: line-by-line
                start: 0s
                step: 0.2s
                at: left-two-thirds
              - { code: "let h = 0;\nfor (const [x, px] of p)\n  h -= px * Math.log2(q[x]);", language: javascript, at: right-third }
        """", theme, 2.5), theme);

    [Theory]
    [MemberData(nameof(Themes))]
    public void Derivation(string theme) => SnapshotAssert.Matches(Still("""
        slides:
          - title: 'A derivation, line by line: $\P{P}$ and $\Q{Q}$ by role'
            duration: 6s
            elements:
              - math: |
                  H(\P{P},\Q{Q}) &= -\sum_x \P{P(x)}\log_2 \Q{Q(x)} \\
                    &= -\sum_x \P{P(x)}\log_2 \P{P(x)} + \sum_x \P{P(x)}\log_2 \frac{\P{P(x)}}{\Q{Q(x)}} \\
                    &= H(\P{P}) + {\color{accent} D_{\mathrm{KL}}(\P{P}\,\|\,\Q{Q})}
                reveal: line-by-line
                start: 0.2s
                step: 0.8s
                at: top
              - { math: 'H = \begin{pmatrix} \P{P_1}/\Q{Q_1}^2 & 0 \\ 0 & \P{P_2}/\Q{Q_2}^2 \end{pmatrix}', color: muted, at: bottom }
        """, theme, 1.4), theme);
}
