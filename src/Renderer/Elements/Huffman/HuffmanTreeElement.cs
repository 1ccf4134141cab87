using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Plotting;
using Renderer.Runs;
using Renderer.Scenes.Model;
using Renderer.Text;
using Renderer.Themes;
using Renderer.Timeline;

namespace Renderer.Elements.Huffman;

/// <summary>
/// A Huffman tree bound to a huffman-build simulation: the forest of weighted leaves merging step by step
/// into the code tree, with 0/1 edge labels and a table of probabilities and code words under the leaves
/// (layout and motion: <see cref="HuffmanTreeLayout"/>). Bound to a huffman-depth-sampling simulation through
/// <c>path</c>, each draw from P lights its root-to-leaf path (one bit per edge, pulsing when it reaches the
/// leaf), and edge widths show where the draws so far went.
/// </summary>
public sealed class HuffmanTreeElement : ISlideElement, IAnchorTarget
{
    /// <summary>Above this many draws per second, draws are shown as they land instead of travelling down the tree.</summary>
    private const double TravelSpeedLimit = 3;

    /// <summary>Per-outcome draw counts are stored every this many draws; a frame adds the rest.</summary>
    private const int CountStride = 64;

    private readonly HuffmanTreeElementSpec _spec;
    private readonly IHuffmanTreeRun _build;
    private readonly IHuffmanPathRun? _path;
    private readonly HuffmanTreeLayout _layout;
    private readonly IReadOnlyList<RichText> _headers;
    private readonly string[] _codes;
    private readonly double[][] _suffixWidths;     // [outcome][k]: width of the last k bits of its code word
    private readonly int[][] _leavesUnder;         // [node id]: outcomes in its subtree
    private readonly int[][]? _counts;             // [c][outcome]: draws of each outcome among the first c·CountStride
    private readonly string _color;                // the leaves: the tree's distribution's colour unless the element says
    private readonly string _drawColor;            // the flows of the draws: the colour of the distribution they come from

    public HuffmanTreeElement(HuffmanTreeElementSpec spec, ElementCompileContext context)
    {
        _spec = spec;
        _build = context.Run<IHuffmanTreeRun>(spec.Build);
        if (spec.Path is not null) _path = context.Run<IHuffmanPathRun>(spec.Path);
        _color = spec.Color ?? context.DistributionColor(_build.Of);
        _drawColor = _path is null ? "p" : context.DistributionColor(_path.SampleFrom);
        var metrics = new TreeTextMetrics(context.Measurer, context.Typesetter, _build.Of, _path?.SampleFrom);
        var tree = _build.Tree;
        var drawnFrom = _path is null ? null : context.Distribution(_path.SampleFrom);
        _layout = HuffmanTreeLayout.Fit(tree, _build.Distribution, context.Box, spec.Rows, spec.Digits, spec.EdgeLabels, metrics, drawnFrom);
        _headers = _layout.Rows.Select(r => metrics.Header(r, _layout.FontSize)).ToList();

        var n = tree.Outcomes.Count;
        _codes = Enumerable.Range(0, n).Select(tree.CodeWord).ToArray();
        _suffixWidths = _codes.Select(code => Enumerable.Range(0, code.Length + 1)
            .Select(k => k == 0 ? 0 : context.Measurer.Width(code[^k..], _layout.CellFont)).ToArray()).ToArray();
        _leavesUnder = tree.Nodes.Select(node => Enumerable.Range(0, n).Where(x => tree.PathToLeaf(x).Contains(node.Id)).ToArray()).ToArray();

        if (_path is not null)
        {
            var samples = _path.Samples;
            _counts = new int[samples.Count / CountStride + 1][];
            var running = new int[n];
            for (var i = 0; i <= samples.Count; i++)
            {
                if (i % CountStride == 0) _counts[i / CountStride] = (int[])running.Clone();
                if (i < samples.Count) running[samples[i]]++;
            }
        }
    }

    public ElementCommon Common => _spec.Common;

    public IReadOnlyList<string> AnchorNames => _build.Tree.Outcomes.Select(o => $"leaf.{o}").ToList();

    /// <summary><c>leaf.C</c>: outcome C's leaf, where the build has it at the frame (leaves rise as merges happen).</summary>
    public AnchorPlace? Anchor(AnchorSpec anchor, ElementCompileContext context)
    {
        if (anchor.Arguments is not null || anchor.Names is not ["leaf", var outcome]) return null;
        var id = _build.Tree.Outcomes.ToList().IndexOf(outcome);
        if (id < 0) return null;
        return (in ElementFrame frame) =>
        {
            var node = _layout.Pose(frame.Cursor(_build.Name)).Nodes.First(n => n.Id == id);
            var (hw, hh) = _layout.NodeSize(id);
            return new Box(node.Center.X - hw * node.Scale, node.Center.Y - hh * node.Scale, 2 * hw * node.Scale, 2 * hh * node.Scale);
        };
    }


    public void Render(in ElementFrame frame, DisplayListBuilder output)
    {
        var theme = frame.Theme;
        var pose = _layout.Pose(frame.Cursor(_build.Name));
        var draw = _path is null ? (DrawState?)null : Draw(frame);
        var counts = draw is { Counted: > 0 } d ? CountsAt(d.Counted) : null;

        DrawTableBackground(output, theme, draw);
        DrawDropLines(output, theme, pose);
        DrawEdges(output, theme, pose, draw, counts);
        DrawNodes(output, theme, pose, draw);
        DrawEdgeLabels(output, theme, pose, draw);
        DrawTable(output, theme, pose, draw, counts);
    }

    // ---------------------------------------------------------------- sampling state

    /// <summary>
    /// The draw being shown: <see cref="Sample"/> (0-based) travels down its path while <see cref="Travel"/> goes
    /// 0 → 1, then its leaf pulses (<see cref="Pulse"/> 0 → 1). <see cref="Counted"/> draws are in the flows.
    /// </summary>
    private readonly record struct DrawState(int Counted, int? Sample, double Travel, double Pulse);

    private DrawState Draw(in ElementFrame frame)
    {
        var run = _path!;
        // The draw counts (in the flows and the table) from the moment its light sets off, as the running mean and
        // its readout count it; the light reaches the leaf as the mean's head reaches its new point, then it pulses.
        var progress = frame.Progress(run.Name, run.StepCount);
        var shown = progress.Shown;
        if (shown == 0) return new DrawState(0, null, 0, 0);
        if (shown >= run.StepCount && progress.Arrived) return new DrawState(run.StepCount, run.StepCount - 1, 1, 1);
        var cursor = frame.Cursor(run.Name);
        var earlier = frame.Cursors.TryGetValue(run.Name, out var c) ? c.At(frame.Seconds - 0.05) : cursor;
        if ((cursor - earlier) / 0.05 > TravelSpeedLimit) return new DrawState(shown, shown - 1, 1, 1);
        return new DrawState(shown, shown - 1, progress.EasedArrival, progress.Settle);
    }

    private int[] CountsAt(int k)
    {
        var counts = (int[])_counts![k / CountStride].Clone();
        var samples = _path!.Samples;
        for (var i = k / CountStride * CountStride; i < k; i++) counts[samples[i]]++;
        return counts;
    }

    /// <summary>How many edges of the current draw's path are lit (real: the light is partway down an edge).</summary>
    private static double LitEdges(DrawState draw, int depth) => draw.Travel * depth;

    // ---------------------------------------------------------------- drawing

    private void DrawTableBackground(DisplayListBuilder output, Theme theme, DrawState? draw)
    {
        if (_layout.Rows.Count == 0) return;
        var s = _layout.FontSize;
        var first = Enumerable.Range(0, _layout.LeafCount).Min(_layout.ColumnX) - _layout.Pitch / 2;
        var last = Enumerable.Range(0, _layout.LeafCount).Max(_layout.ColumnX) + _layout.Pitch / 2;
        var top = _layout.TableTop - 0.15 * s;
        var height = _layout.TableBottom - _layout.TableTop + 0.15 * s;
        output.Rect(new Box(first, top, last - first, height), theme.Panel, null, 0, 0.4 * s);
        if (draw is { Sample: { } sample } d && d.Travel >= 1)
        {
            var x = _path!.Samples[sample];
            var glow = 1 - 0.5 * d.Pulse;
            var column = new Box(_layout.ColumnX(x) - _layout.Pitch * 0.46, top, _layout.Pitch * 0.92, height);
            output.Rect(column, theme.Highlight.Fade(0.10 + 0.12 * glow), theme.Highlight.Fade(0.45 + 0.4 * glow), 2.5, 0.3 * s);
        }
    }

    private void DrawDropLines(DisplayListBuilder output, Theme theme, TreePose pose)
    {
        if (_layout.Rows.Count == 0) return;
        for (var x = 0; x < _layout.LeafCount; x++)
        {
            var level = pose.Levels[x];
            if (!(level < _layout.MaxDepth - 1e-6)) continue;
            var (top, bottom) = _layout.DropLine(x, level);
            if (bottom - top < 4) continue;
            output.Line(new Vec2(_layout.ColumnX(x), top), new Vec2(_layout.ColumnX(x), bottom), theme.Axis.Fade(0.7), 2, LineDash.Dotted);
        }
    }

    private void DrawEdges(DisplayListBuilder output, Theme theme, TreePose pose, DrawState? draw, int[]? counts)
    {
        foreach (var edge in pose.Edges)
            output.Line(edge.From, edge.Tip, theme.Axis, 3);

        if (draw is not { } d) return;
        // Flows: an edge is as thick as the share of the draws so far that went through it. They fade in over
        // the first draws, while single draws have the viewer's attention.
        if (counts is not null)
        {
            var flow = theme.Resolve(_drawColor).Fade(0.38 * Math.Min(1, d.Counted / 12.0));
            foreach (var edge in pose.Edges)
            {
                var share = _leavesUnder[edge.Child].Sum(x => counts[x]) / (double)d.Counted;
                if (share <= 0) continue;
                output.Line(edge.From, edge.Tip, flow, 3 + 15 * share);
            }
        }
        if (d.Sample is not { } sample) return;
        var path = _layout.Path(_path!.Samples[sample]);
        var lit = LitEdges(d, path.Count - 1);
        for (var i = 0; i + 1 < path.Count && i < lit; i++)
        {
            var index = FindEdge(pose, path[i], path[i + 1]);
            if (index < 0) break; // the build has not made this edge yet
            var edge = pose.Edges[index];
            var part = Math.Min(1, lit - i);
            var tip = new Vec2(edge.From.X + (edge.To.X - edge.From.X) * part, edge.From.Y + (edge.To.Y - edge.From.Y) * part);
            output.Line(edge.From, tip, theme.Highlight, 7);
        }
    }

    private void DrawNodes(DisplayListBuilder output, Theme theme, TreePose pose, DrawState? draw)
    {
        var s = _layout.FontSize;
        var color = theme.Resolve(_color);
        IReadOnlyList<int> path = [];
        var lit = 0.0;
        if (draw is { Sample: { } sample } d)
        {
            path = _layout.Path(_path!.Samples[sample]);
            lit = LitEdges(d, path.Count - 1);
        }

        foreach (var node in pose.Nodes)
        {
            var tree = _build.Tree.Nodes[node.Id];
            var (hw, hh) = _layout.NodeSize(node.Id);
            hw *= node.Scale;
            hh *= node.Scale;
            var center = node.Center;
            var box = new Box(center.X - hw, center.Y - hh, 2 * hw, 2 * hh);
            var onPath = IndexOf(path, node.Id) is var at && at >= 0 && at <= lit + 1e-9;
            output.Push(node.Opacity, default);

            if (node.Selected > 0)
            {
                output.Rect(Grow(box, 12), theme.Highlight.Fade(0.22 * node.Selected), null, 0, hh + 12);
                output.Rect(Grow(box, 7), null, theme.Highlight.Fade(node.Selected), 4, hh + 7);
            }
            if (onPath)
                output.Rect(Grow(box, 6), null, theme.Highlight, 4, hh + 6);

            if (tree.IsLeaf)
            {
                var reached = onPath && tree.Id == path[^1] && draw is { } dd;
                var fill = reached ? color.Mix(theme.Highlight, 0.35).Fade(0.45) : color.Fade(0.22);
                output.Rect(box, fill, color, 3, hh);
                output.Text(tree.Label, new Vec2(center.X, center.Y + HuffmanTreeLayout.CapHeight * s / 2), _layout.NameFont with { Size = _layout.NameFont.Size * node.Scale },
                    theme.Text, TextAnchor.Center);
                if (reached && draw is { Pulse: > 0 and < 1 } p)
                {
                    var grow = 4 + 26 * Easing.EaseOut.Apply(p.Pulse);
                    output.Rect(Grow(box, grow), null, theme.Highlight.Fade(1 - p.Pulse), 4, hh + grow);
                }
            }
            else if (_layout.WeightText(node.Id) is { } weight)
            {
                output.Rect(box, theme.Panel, theme.Axis, 2.5, hh);
                var ink = theme.Text.Mix(theme.Highlight, node.Selected);
                output.Text(weight, new Vec2(center.X, center.Y + HuffmanTreeLayout.CapHeight * _layout.WeightFont.Size / 2),
                    _layout.WeightFont with { Size = _layout.WeightFont.Size * node.Scale }, ink, TextAnchor.Center);
            }
            else
            {
                output.Circle(center, hw, theme.Axis);
            }
            output.Pop();
        }
    }

    private void DrawEdgeLabels(DisplayListBuilder output, Theme theme, TreePose pose, DrawState? draw)
    {
        if (!_layout.Plan.EdgeLabels) return;
        IReadOnlyList<int> path = [];
        var lit = 0.0;
        if (draw is { Sample: { } sample } d)
        {
            path = _layout.Path(_path!.Samples[sample]);
            lit = LitEdges(d, path.Count - 1);
        }
        var font = _layout.BitFont;
        foreach (var edge in pose.Edges)
        {
            if (edge.LabelOpacity <= 0) continue;
            var at = IndexOf(path, edge.Child);
            var onPath = at > 0 && path[at - 1] == edge.Parent && lit >= at - 1e-9;
            var baseline = new Vec2(edge.LabelCenter.X, edge.LabelCenter.Y + HuffmanTreeLayout.CapHeight * font.Size / 2);
            output.Text(edge.Bit.ToString(), baseline, onPath ? font with { Weight = FontWeight.Bold } : font,
                (onPath ? theme.Highlight : theme.Muted).Fade(edge.LabelOpacity), TextAnchor.Center);
        }
    }

    private void DrawTable(DisplayListBuilder output, Theme theme, TreePose pose, DrawState? draw, int[]? counts)
    {
        var selected = new double[_layout.LeafCount];
        foreach (var node in pose.Nodes)
            if (node.Id < selected.Length) selected[node.Id] = node.Selected;
        int? drawn = null;
        var lit = 0.0;
        if (draw is { Sample: { } sample } d)
        {
            drawn = _path!.Samples[sample];
            lit = LitEdges(d, _codes[drawn.Value].Length);
        }

        for (var row = 0; row < _layout.Rows.Count; row++)
        {
            var baseline = _layout.RowBaseline(row);
            var header = _headers[row];
            header.Render(output, _layout.GutterRight - header.Width, baseline - header.Lines[0].Ascent, header.Width, TextAlign.Left, theme.Muted);
            for (var x = 0; x < _layout.LeafCount; x++)
            {
                var center = _layout.ColumnX(x);
                var ink = theme.Text;
                if (_layout.Rows[row] == HuffmanTreeRow.Probability) ink = ink.Mix(theme.Highlight, selected[x]);
                if (_layout.Rows[row] == HuffmanTreeRow.Code)
                {
                    DrawCode(output, theme, x, center, baseline, pose.Codes[x], x == drawn ? lit : 0);
                    continue;
                }
                var live = _layout.Rows[row] == HuffmanTreeRow.Draws;
                var text = live
                    ? counts is null ? "–" : NumberFormat.Fixed((double)counts[x] / draw!.Value.Counted, 2)
                    : _layout.Cell(row, x);
                // The shares change with every draw: tabular figures keep them from shifting sideways.
                var font = live ? _layout.CellFont with { Tabular = true } : _layout.CellFont;
                output.Text(text, new Vec2(center, baseline), font, x == drawn && draw is { Travel: >= 1 } ? theme.Highlight : ink, TextAnchor.Center);
            }
        }
    }

    /// <summary>
    /// A code word as far as the build has written it: bits arrive from the right (each merge prepends one bit to
    /// every leaf below it), anchored so the finished word is centred. Bits a draw's path has passed are lit.
    /// </summary>
    private void DrawCode(DisplayListBuilder output, Theme theme, int x, double center, double baseline, CodeProgress progress, double lit)
    {
        var code = _codes[x];
        var font = _layout.CellFont;
        if (code.Length == 0)
        {
            output.Text(_layout.Cell(_layout.Rows.ToList().IndexOf(HuffmanTreeRow.Code), x), new Vec2(center, baseline), font, theme.Text, TextAnchor.Center);
            return;
        }
        var widths = _suffixWidths[x];
        var right = center + widths[code.Length] / 2;
        var litBits = Math.Min(progress.Visible, (int)Math.Floor(lit + 1e-9));
        var plain = progress.Visible - litBits;
        if (plain > 0) output.Text(code[^plain..], new Vec2(right, baseline), font, theme.Text, TextAnchor.Right);
        if (litBits > 0)
            output.Text(code[(code.Length - progress.Visible)..(code.Length - plain)], new Vec2(right - widths[plain], baseline), font, theme.Highlight, TextAnchor.Right);
        if (progress.Arriving > 0 && progress.Visible < code.Length)
            output.Text(code[code.Length - progress.Visible - 1].ToString(), new Vec2(right - widths[progress.Visible], baseline), font,
                theme.Text.Fade(progress.Arriving), TextAnchor.Right);
    }

    private static int FindEdge(TreePose pose, int parent, int child)
    {
        for (var i = 0; i < pose.Edges.Count; i++)
            if (pose.Edges[i].Parent == parent && pose.Edges[i].Child == child) return i;
        return -1;
    }

    private static int IndexOf(IReadOnlyList<int> list, int value)
    {
        for (var i = 0; i < list.Count; i++)
            if (list[i] == value) return i;
        return -1;
    }

    private static Box Grow(Box b, double by) => new(b.X - by, b.Y - by, b.Width + 2 * by, b.Height + 2 * by);
}
