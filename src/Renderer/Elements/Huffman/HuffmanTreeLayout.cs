using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Plotting;
using Renderer.Simulation.Discrete;
using Renderer.Simulation.Huffman;
using Renderer.Timeline;

namespace Renderer.Elements.Huffman;

/// <summary>
/// Where everything of a Huffman tree goes in a box, computed once at compile time; a pure function of
/// (tree, box, labels, fonts). <see cref="Pose"/> then turns a build cursor into positions.
/// </summary>
/// <remarks>
/// <para><b>Geometry.</b> Leaves sit in evenly spaced columns in in-order (left subtree first), so every merge
/// joins two neighbouring groups and no edge ever crosses another. A merged node sits midway between its
/// children; depth gives the level (y). Under the deepest level, a table holds one column per leaf and one row
/// per requested label (probability, code word, code length, information), with the row names in a gutter on
/// the left. Leaves above the deepest level have a dotted line down to their column.</para>
/// <para><b>Build animation.</b> During the build the forest is bottom-aligned: every live subtree keeps its
/// final shape and x, and stands on the deepest level. A merge puts the new node one level above the taller
/// of its two subtrees, and the shorter subtree rises until its root sits one level under the new node. So
/// nodes only ever move up, within their own columns, and the last merge leaves exactly the final tree.</para>
/// <para><b>Fitting.</b> Plans are tried in order (<see cref="Ladder"/>): the label size shrinks from 34 to
/// 28 design units (28 units is 10.5 px when the video is embedded 720 px wide: the legibility floor); then,
/// at 28, labels give way in this order: the information and draws rows, probability digits beyond two, the weights
/// inside merged nodes (they become dots), the probability row, the code-word row (replaced by the code
/// length), the whole table, and finally the 0/1 edge labels. A plan is accepted only when no two label or
/// node boxes come closer than a small clearance (table cells: half an em), no edge passes through a box that is not its own, and
/// everything lies inside the element's box — checked for every build step and several moments inside each
/// merge. If no plan fits, <see cref="Fit"/> throws <see cref="TreeLayoutException"/>.</para>
/// <para>Boxes are ink boxes: text is as tall as a capital (0.73 em, Inter's cap height), which is what the eye
/// sees for digits and capitals; nodes are their drawn outlines.</para>
/// </remarks>
public sealed class HuffmanTreeLayout
{
    public const double LargestFontSize = 34;
    public const double SmallestFontSize = 28;

    /// <summary>Inter's cap height over its em: the ink height of digits and capitals.</summary>
    public const double CapHeight = 0.73;

    /// <summary>Smallest gap between any two boxes, as a fraction of the label size.</summary>
    public const double ClearanceEm = 0.16;

    /// <summary>Smallest gap between neighbouring table cells: numbers in a row must read as separate numbers.</summary>
    public const double CellGapEm = 0.5;

    private readonly int[][] _levels;      // [step][node id]: level at that step, -1 before the node exists
    private readonly int[][] _paths;       // [outcome]: node ids from the root down to the leaf
    private readonly string[][] _cells;    // [row][outcome]: final cell text
    private readonly double[][] _cellWidths;

    private HuffmanTreeLayout(HuffmanTree tree, Box box, TreeLabelPlan plan, Geometry g, int[][] levels, int[][] paths,
        string[][] cells, double[][] cellWidths, IReadOnlyList<(double Width, double Ascent, double Descent)> headers)
    {
        Tree = tree;
        Box = box;
        Plan = plan;
        G = g;
        _levels = levels;
        _paths = paths;
        _cells = cells;
        _cellWidths = cellWidths;
        Headers = headers;
    }

    public HuffmanTree Tree { get; }
    public Box Box { get; }
    public TreeLabelPlan Plan { get; }
    private Geometry G { get; }

    public int MergeCount => Tree.Merges.Count;
    public int LeafCount => Tree.Outcomes.Count;
    public int MaxDepth => G.MaxDepth;
    public double FontSize => Plan.FontSize;
    public double Pitch => G.Pitch;

    public FontSpec NameFont => new(FontWeight.SemiBold, FontSize);
    public FontSpec WeightFont => SmallFont(FontSize);
    public FontSpec BitFont => SmallFont(FontSize);

    /// <summary>Weights and bits: a size below the names, never under what reads at a 720 px embed of a 16:9 frame
    /// (10 px of 720 is 26.7 of 1920 units; the layout lint's floor).</summary>
    private static FontSpec SmallFont(double size) => new(FontWeight.Medium, Math.Max(size * 0.88, LegibleSize));

    private const double LegibleSize = 10.0 * 1920 / 720;
    public FontSpec CellFont => new(FontWeight.Medium, FontSize);

    /// <summary>Half the drawn width and height of a node (a leaf's circle or chip, a merged node's pill or dot).</summary>
    public (double HalfWidth, double HalfHeight) NodeSize(int id) => (G.HalfWidth[id], G.HalfHeight[id]);

    /// <summary>The x of a node's centre (the same at every step: nodes only move vertically).</summary>
    public double NodeX(int id) => G.X[id];

    public double LevelY(double level) => G.Top + level * G.LevelGap;

    /// <summary>A node's level after <paramref name="step"/> merges, or -1 if it does not exist yet.</summary>
    public int Level(int step, int id) => _levels[step][id];

    /// <summary>Node ids from the root to the outcome's leaf.</summary>
    public IReadOnlyList<int> Path(int outcome) => _paths[outcome];

    /// <summary>The weight written in a merged node, or null when weights are not shown.</summary>
    public string? WeightText(int id) => Plan.NodeWeights && !Tree.Nodes[id].IsLeaf ? NumberFormat.Shortest(Tree.Nodes[id].Weight, Plan.ProbabilityDigits) : null;

    public IReadOnlyList<HuffmanTreeRow> Rows => Plan.Rows;

    /// <summary>The final text of a table cell.</summary>
    public string Cell(int row, int outcome) => _cells[row][outcome];

    /// <summary>The baseline of table row <paramref name="row"/>.</summary>
    public double RowBaseline(int row) => G.TableTop + row * G.RowPitch + (G.RowPitch + CapHeight * FontSize) / 2;

    /// <summary>The band of the table (all rows), empty when there are no rows.</summary>
    public double TableTop => G.TableTop;
    public double TableBottom => G.TableTop + Rows.Count * G.RowPitch;

    /// <summary>The row headers are right-aligned to this x.</summary>
    public double GutterRight => G.Left + G.Gutter - 0.8 * FontSize;

    /// <summary>Width, ascent and descent (from its baseline, the row's baseline) of each row's header, in row order.</summary>
    public IReadOnlyList<(double Width, double Ascent, double Descent)> Headers { get; }

    /// <summary>The x of an outcome's column (its leaf's x).</summary>
    public double ColumnX(int outcome) => G.X[outcome];

    // ---------------------------------------------------------------- fitting

    /// <summary>The plans tried, in order (see the class remarks).</summary>
    public static IReadOnlyList<TreeLabelPlan> Ladder(IReadOnlyList<HuffmanTreeRow> rows, int digits, bool edgeLabels)
    {
        var plans = new List<TreeLabelPlan>();
        void Add(TreeLabelPlan p)
        {
            if (!plans.Any(q => q.Equivalent(p))) plans.Add(p);
        }
        for (var size = LargestFontSize; size >= SmallestFontSize; size -= 2) Add(new TreeLabelPlan(size, rows, digits, true, edgeLabels));
        var plan = plans[^1];
        Add(plan = plan with { Rows = plan.Rows.Where(r => r is not (HuffmanTreeRow.Information or HuffmanTreeRow.Draws or HuffmanTreeRow.DrawnFrom)).ToList() });
        Add(plan = plan with { ProbabilityDigits = Math.Min(plan.ProbabilityDigits, 2) });
        Add(plan = plan with { NodeWeights = false });
        Add(plan = plan with { Rows = plan.Rows.Where(r => r != HuffmanTreeRow.Probability).ToList() });
        Add(plan = plan with { Rows = plan.Rows.Select(r => r == HuffmanTreeRow.Code ? HuffmanTreeRow.Length : r).Distinct().ToList() });
        Add(plan = plan with { Rows = [] });
        Add(plan with { EdgeLabels = false });
        return plans;
    }

    /// <summary>The first plan of the ladder whose layout has no overlaps and stays inside the box.</summary>
    /// <exception cref="TreeLayoutException">No plan fits.</exception>
    /// <param name="drawnFrom">The distribution a path draws from, for the drawn-from row (the tree's own when null).</param>
    public static HuffmanTreeLayout Fit(HuffmanTree tree, DiscreteDistribution distribution, Box box,
        IReadOnlyList<HuffmanTreeRow> rows, int digits, bool edgeLabels, ITreeTextMetrics metrics, DiscreteDistribution? drawnFrom = null)
    {
        string? last = null;
        foreach (var plan in Ladder(rows, digits, edgeLabels))
        {
            var layout = Create(tree, distribution, box, plan, metrics, drawnFrom);
            if (layout is null) continue;
            last = layout.FindConflict();
            if (last is null) return layout;
        }
        var depth = Enumerable.Range(0, tree.Outcomes.Count).Max(tree.Depth);
        throw new TreeLayoutException(
            $"the Huffman tree ({tree.Outcomes.Count} leaves, depth {depth}) does not fit its box ({box.Width:0} × {box.Height:0} units) " +
            $"even with its labels reduced{(last is null ? "" : $" ({last})")}");
    }

    /// <summary>The layout of one plan, or null when its fixed parts alone do not fit the box.</summary>
    public static HuffmanTreeLayout? Create(HuffmanTree tree, DiscreteDistribution distribution, Box box, TreeLabelPlan plan, ITreeTextMetrics metrics,
        DiscreteDistribution? drawnFrom = null)
    {
        var s = plan.FontSize;
        var n = tree.Outcomes.Count;
        var count = tree.Nodes.Count;
        var rows = plan.Rows;

        // Heights (edges down to the deepest leaf below) and depths (edges up to the root).
        var height = new int[count];
        foreach (var node in tree.Nodes)
            if (node is { Left: { } l, Right: { } r }) height[node.Id] = 1 + Math.Max(height[l], height[r]);
        var depth = new int[count];
        for (var id = count - 1; id >= 0; id--)
            if (tree.Parent(id) is { } parent) depth[id] = depth[parent] + 1;
        var maxDepth = height[tree.Root.Id];

        // In-order leaf columns.
        var order = new List<int>();
        void Walk(int id)
        {
            var node = tree.Nodes[id];
            if (node.Outcome is { } outcome) { order.Add(outcome); return; }
            Walk(node.Left!.Value);
            Walk(node.Right!.Value);
        }
        Walk(tree.Root.Id);

        var cells = rows.Select(row => Enumerable.Range(0, n).Select(x => CellText(row, tree, distribution, x, plan.ProbabilityDigits, drawnFrom)).ToArray()).ToArray();
        var cellFont = new FontSpec(FontWeight.Medium, s);
        var cellWidths = cells.Select(r => r.Select(t => metrics.Width(t, cellFont)).ToArray()).ToArray();
        var headers = rows.Select(r => metrics.RowHeader(r, s)).ToList();

        var pad = 0.1 * s;
        var gutter = rows.Count == 0 ? 0 : headers.Max(h => h.Width) + 0.8 * s;
        var pitch = Math.Min((box.Width - gutter - 2 * pad) / n, 6 * s);
        if (pitch <= 0) return null;
        var left = box.X + (box.Width - gutter - n * pitch) / 2;

        // Node sizes.
        var leafRadius = 0.85 * s;
        var halfWidth = new double[count];
        var halfHeight = new double[count];
        var nameFont = new FontSpec(FontWeight.SemiBold, s);
        var weightFont = SmallFont(s);
        foreach (var node in tree.Nodes)
        {
            if (node.IsLeaf)
            {
                halfWidth[node.Id] = Math.Max(leafRadius, metrics.Width(node.Label, nameFont) / 2 + 0.22 * s);
                halfHeight[node.Id] = leafRadius;
            }
            else if (plan.NodeWeights)
            {
                var text = NumberFormat.Shortest(node.Weight, plan.ProbabilityDigits);
                halfWidth[node.Id] = Math.Max(0.72 * s, metrics.Width(text, weightFont) / 2 + 0.42 * s);
                halfHeight[node.Id] = 0.72 * s;
            }
            else
            {
                halfWidth[node.Id] = halfHeight[node.Id] = 0.3 * s;
            }
        }

        // Vertical: levels 0..maxDepth, then the table.
        var topHalf = halfHeight.Max();
        var rowPitch = 1.45 * s;
        var tableGap = rows.Count == 0 ? 0 : 0.6 * s;
        var fixedHeight = 2 * pad + topHalf + leafRadius + tableGap + rows.Count * rowPitch;
        var levelGap = maxDepth == 0 ? 0 : Math.Min((box.Height - fixedHeight) / maxDepth, 4.2 * s);
        if (maxDepth > 0 && levelGap <= 0) return null;
        var total = fixedHeight + maxDepth * levelGap;
        if (total > box.Height + 1e-6) return null;
        var top = box.Y + (box.Height - total) / 2 + pad + topHalf;
        var tableTop = top + maxDepth * levelGap + leafRadius + tableGap;

        var x = new double[count];
        for (var column = 0; column < n; column++) x[order[column]] = left + gutter + (column + 0.5) * pitch;
        foreach (var node in tree.Nodes)
            if (node is { Left: { } l, Right: { } r }) x[node.Id] = (x[l] + x[r]) / 2;

        // Levels at every step: each live subtree stands on the deepest level.
        var merges = tree.Merges.Count;
        var levels = new int[merges + 1][];
        for (var step = 0; step <= merges; step++)
        {
            var exists = n + step; // node ids below this exist after `step` merges
            var level = new int[count];
            for (var id = 0; id < count; id++)
            {
                if (id >= exists) { level[id] = -1; continue; }
                var root = id;
                while (tree.Parent(root) is { } p && p < exists) root = p;
                level[id] = maxDepth - height[root] + depth[id] - depth[root];
            }
            levels[step] = level;
        }

        var paths = Enumerable.Range(0, n).Select(o => tree.PathToLeaf(o).ToArray()).ToArray();
        var geometry = new Geometry(maxDepth, pitch, levelGap, top, tableTop, rowPitch, left, gutter, x, halfWidth, halfHeight);
        return new HuffmanTreeLayout(tree, box, plan, geometry, levels, paths, cells, cellWidths, headers);
    }

    /// <summary>The text of a table cell; an empty code word (a one-outcome tree) shows as a dash.</summary>
    public static string CellText(HuffmanTreeRow row, HuffmanTree tree, DiscreteDistribution distribution, int outcome, int digits,
        DiscreteDistribution? drawnFrom = null) => row switch
    {
        HuffmanTreeRow.Probability => NumberFormat.Shortest(distribution[outcome], digits),
        HuffmanTreeRow.DrawnFrom => NumberFormat.Shortest((drawnFrom ?? distribution)[outcome], digits),
        HuffmanTreeRow.Code => tree.Depth(outcome) == 0 ? "–" : tree.CodeWord(outcome),
        HuffmanTreeRow.Length => tree.Depth(outcome).ToString(System.Globalization.CultureInfo.InvariantCulture),
        // Live values, written by the element; every one is 0.00..1.00, as wide as this.
        HuffmanTreeRow.Draws => "0.00",
        _ => NumberFormat.Shortest(-Math.Log2(distribution[outcome]), 2),
    };

    // ---------------------------------------------------------------- animation

    /// <summary>
    /// The tree after <paramref name="cursor"/> merges (a real number: the fraction animates the next merge).
    /// Within a merge: the two nodes chosen light up (0–15 %), the shorter subtree rises (15–60 %), the new node
    /// appears (40–65 %), its edges grow (50–80 %), then the 0/1 labels and the new code bits fade in (72–97 %)
    /// while the selection fades out (85–100 %).
    /// </summary>
    public TreePose Pose(double cursor)
    {
        var merges = MergeCount;
        cursor = Math.Clamp(cursor, 0, merges);
        var step = (int)Math.Floor(cursor);
        var active = step < merges && cursor > step;
        var f = active ? cursor - step : 0;
        var rise = Phase(f, 0.15, 0.45);
        var appear = Phase(f, 0.40, 0.25);
        var grow = Phase(f, 0.50, 0.30);
        var labels = Phase(f, 0.72, 0.25);
        var select = active ? Math.Min(Phase(f, 0, 0.15), 1 - Phase(f, 0.85, 0.15)) : 0;
        var merge = active ? Tree.Merges[step] : null;
        var n = LeafCount;
        var count = Tree.Nodes.Count;

        var levels = new double[count];
        var nodes = new List<NodePose>(count);
        for (var id = 0; id < count; id++)
        {
            var before = _levels[step][id];
            double level, opacity = 1, scale = 1;
            if (before >= 0)
            {
                level = active ? before + (_levels[step + 1][id] - before) * rise : before;
            }
            else if (merge is not null && id == merge.NewId && appear > 0)
            {
                level = _levels[step + 1][id];
                opacity = appear;
                scale = 0.6 + 0.4 * appear;
            }
            else
            {
                levels[id] = double.NaN;
                continue;
            }
            levels[id] = level;
            var selected = merge is not null && (id == merge.LeftId || id == merge.RightId) ? select : 0;
            nodes.Add(new NodePose(id, new Vec2(G.X[id], LevelY(level)), opacity, scale, selected));
        }

        var edges = new List<EdgePose>(2 * count);
        foreach (var node in Tree.Nodes)
        {
            if (node is not { Left: { } l, Right: { } r } || double.IsNaN(levels[node.Id])) continue;
            var isNew = merge is not null && node.Id == merge.NewId;
            var g = isNew ? grow : 1;
            if (g <= 0) continue;
            var labelOpacity = Plan.EdgeLabels ? (isNew ? labels : 1) : 0;
            var from = new Vec2(G.X[node.Id], LevelY(levels[node.Id]));
            foreach (var (child, bit) in new[] { (l, '0'), (r, '1') })
            {
                var to = new Vec2(G.X[child], LevelY(levels[child]));
                edges.Add(new EdgePose(node.Id, child, bit, from, to, g, labelOpacity, EdgeLabelCenter(from, to, bit == '0', node.Id, child)));
            }
        }

        var codes = new CodeProgress[n];
        for (var outcome = 0; outcome < n; outcome++)
        {
            var path = _paths[outcome];
            var visible = 0;
            var arriving = 0.0;
            for (var i = 0; i < path.Length - 1; i++)
            {
                if (path[i] < n + step) visible++;
                else if (merge is not null && path[i] == merge.NewId) arriving = labels;
            }
            codes[outcome] = new CodeProgress(visible, arriving);
        }
        return new TreePose(nodes, edges, codes, levels);
    }

    private static double Phase(double f, double start, double length) => Easing.Smooth.Apply((f - start) / length);

    /// <summary>Size of a 0/1 edge label's ink box.</summary>
    public (double Width, double Height) BitSize => (0.62 * BitFont.Size, CapHeight * BitFont.Size);

    /// <summary>
    /// Where an edge's bit goes: beside the middle of the edge's visible part (between the two nodes' outlines),
    /// on the outer side: sideways (left of a 0-edge, right of a 1-edge) for a steep edge, above it for a flat
    /// one. Each stands off the line by a small gap; sideways is preferred unless it touches either node.
    /// </summary>
    public Vec2 EdgeLabelCenter(Vec2 from, Vec2 to, bool left, int parent, int child)
    {
        double dx = to.X - from.X, dy = to.Y - from.Y;
        if (Math.Abs(dx) < 1e-9 && Math.Abs(dy) < 1e-9) return from;
        // Fractions of the edge hidden under the parent's and the child's outline (boxes).
        var start = Math.Min(G.HalfWidth[parent] / Math.Max(1e-9, Math.Abs(dx)), G.HalfHeight[parent] / Math.Max(1e-9, Math.Abs(dy)));
        var end = 1 - Math.Min(G.HalfWidth[child] / Math.Max(1e-9, Math.Abs(dx)), G.HalfHeight[child] / Math.Max(1e-9, Math.Abs(dy)));
        var t = end > start ? (start + end) / 2 : 0.5;
        var mid = new Vec2(from.X + dx * t, from.Y + dy * t);
        var (w, h) = BitSize;
        var gap = 0.22 * FontSize;
        // Across the label's height a line of slope dx/dy drifts sideways by (h/2)|dx/dy|, and across its width
        // it climbs by (w/2)|dy/dx|: the label must stand that much further off.
        var sideways = gap + w / 2 + h / 2 * Math.Abs(dx) / Math.Max(1e-9, Math.Abs(dy));
        var upward = gap + h / 2 + w / 2 * Math.Abs(dy) / Math.Max(1e-9, Math.Abs(dx));
        var side = new Vec2(mid.X + (left ? -sideways : sideways), mid.Y);
        var up = new Vec2(mid.X, mid.Y - upward);
        bool Clear(Vec2 c)
        {
            var label = Grow(new Box(c.X - w / 2, c.Y - h / 2, w, h), ClearanceEm * FontSize);
            return !label.Intersects(NodeBox(parent, from)) && !label.Intersects(NodeBox(child, to));
        }
        if (Clear(side) && (sideways <= upward || !Clear(up))) return side;
        return Clear(up) ? up : sideways <= upward ? side : up;
    }

    private Box NodeBox(int id, Vec2 center) =>
        new(center.X - G.HalfWidth[id], center.Y - G.HalfHeight[id], 2 * G.HalfWidth[id], 2 * G.HalfHeight[id]);

    // ---------------------------------------------------------------- checking

    /// <summary>Every box the pose shows: nodes, edge labels, table cells, row headers and drop lines.</summary>
    public IReadOnlyList<LayoutBox> Boxes(TreePose pose)
    {
        var s = FontSize;
        var boxes = new List<LayoutBox>();
        foreach (var node in pose.Nodes)
        {
            if (node.Opacity <= 0.01) continue;
            var (hw, hh) = NodeSize(node.Id);
            hw *= node.Scale;
            hh *= node.Scale;
            boxes.Add(new LayoutBox(new Box(node.Center.X - hw, node.Center.Y - hh, 2 * hw, 2 * hh), LayoutBoxKind.Node, node.Id, $"node {Tree.Nodes[node.Id].Label}"));
        }
        if (Plan.EdgeLabels)
        {
            var (w, h) = BitSize;
            foreach (var edge in pose.Edges)
                if (edge.LabelOpacity > 0.01)
                    boxes.Add(new LayoutBox(new Box(edge.LabelCenter.X - w / 2, edge.LabelCenter.Y - h / 2, w, h), LayoutBoxKind.EdgeLabel, edge.Child,
                        $"bit {edge.Bit} above {Tree.Nodes[edge.Child].Label}"));
        }
        for (var row = 0; row < Rows.Count; row++)
        {
            var baseline = RowBaseline(row);
            for (var outcome = 0; outcome < LeafCount; outcome++)
            {
                var w = _cellWidths[row][outcome];
                boxes.Add(new LayoutBox(new Box(ColumnX(outcome) - w / 2, baseline - CapHeight * s, w, CapHeight * s), LayoutBoxKind.Cell, outcome,
                    $"{Rows[row]} of {Tree.Outcomes[outcome]}"));
            }
            var (hw, ascent, descent) = Headers[row];
            boxes.Add(new LayoutBox(new Box(GutterRight - hw, baseline - ascent, hw, ascent + descent), LayoutBoxKind.Header, row, $"header {Rows[row]}"));
        }
        if (Rows.Count > 0)
        {
            for (var outcome = 0; outcome < LeafCount; outcome++)
            {
                var level = pose.Levels[outcome];
                if (!(level < MaxDepth - 1e-6)) continue;
                var (top, bottom) = DropLine(outcome, level);
                boxes.Add(new LayoutBox(new Box(ColumnX(outcome) - 1, top, 2, bottom - top), LayoutBoxKind.DropLine, outcome, $"drop line of {Tree.Outcomes[outcome]}"));
            }
        }
        return boxes;
    }

    /// <summary>The dotted line from a leaf above the deepest level down to its table column.</summary>
    public (double Top, double Bottom) DropLine(int outcome, double level) =>
        (LevelY(level) + G.HalfHeight[outcome] + 0.2 * FontSize, G.TableTop - 0.2 * FontSize);

    /// <summary>The first problem of a pose: a box outside the element, two boxes too close, an edge through a box.</summary>
    public string? FindConflict(TreePose pose) => FindConflict(pose, staticPairsChecked: false);

    // Table cells and row headers do not move: once checked against each other, later poses skip those pairs.
    private string? FindConflict(TreePose pose, bool staticPairsChecked)
    {
        var boxes = Boxes(pose);
        var clearance = ClearanceEm * FontSize;
        foreach (var b in boxes)
            if (!Box.Contains(b.Box, 0.5)) return $"{b.What} reaches outside the box";
        for (var i = 0; i < boxes.Count; i++)
        {
            var a = Grow(boxes[i].Box, clearance / 2);
            for (var j = i + 1; j < boxes.Count; j++)
            {
                if (staticPairsChecked && IsStatic(boxes[i]) && IsStatic(boxes[j])) continue;
                var cells = boxes[i].Kind == LayoutBoxKind.Cell && boxes[j].Kind == LayoutBoxKind.Cell;
                if (cells ? !Grow(boxes[i].Box, CellGapEm * FontSize / 2).Intersects(Grow(boxes[j].Box, CellGapEm * FontSize / 2))
                          : !a.Intersects(Grow(boxes[j].Box, clearance / 2))) continue;
                if (IsLeafAndItsDropLine(boxes[i], boxes[j])) continue;
                return $"{boxes[i].What} overlaps {boxes[j].What}";
            }
        }
        foreach (var edge in pose.Edges)
        {
            foreach (var b in boxes)
            {
                if (b.Kind == LayoutBoxKind.Node && (b.Id == edge.Parent || b.Id == edge.Child)) continue;
                if (b.Kind == LayoutBoxKind.EdgeLabel && b.Id == edge.Child) continue;
                if (SegmentHits(edge.From, edge.Tip, Grow(b.Box, 1)))
                    return $"the edge to {Tree.Nodes[edge.Child].Label} passes through {b.What}";
            }
        }
        return null;
    }

    /// <summary>The moments checked: every step, and points inside each merge where things move or appear.</summary>
    public IEnumerable<double> CheckedCursors()
    {
        for (var step = 0; step <= MergeCount; step++)
        {
            yield return step;
            if (step == MergeCount) yield break;
            foreach (var f in new[] { 0.1, 0.3, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95 }) yield return step + f;
        }
    }

    /// <summary>The first problem at any checked moment of the build, or null if the layout is clean.</summary>
    public string? FindConflict()
    {
        var first = true;
        foreach (var cursor in CheckedCursors())
        {
            if (FindConflict(Pose(cursor), staticPairsChecked: !first) is { } problem)
                return $"after {cursor:0.##} merges: {problem}";
            first = false;
        }
        return null;
    }

    private static bool IsStatic(LayoutBox b) => b.Kind is LayoutBoxKind.Cell or LayoutBoxKind.Header;

    private static bool IsLeafAndItsDropLine(LayoutBox a, LayoutBox b) =>
        (a.Kind, b.Kind) is (LayoutBoxKind.Node, LayoutBoxKind.DropLine) or (LayoutBoxKind.DropLine, LayoutBoxKind.Node) && a.Id == b.Id;

    private static Box Grow(Box b, double by) => new(b.X - by, b.Y - by, b.Width + 2 * by, b.Height + 2 * by);

    /// <summary>Liang–Barsky: does the segment from <paramref name="a"/> to <paramref name="b"/> enter the box?</summary>
    internal static bool SegmentHits(Vec2 a, Vec2 b, Box box)
    {
        double t0 = 0, t1 = 1, dx = b.X - a.X, dy = b.Y - a.Y;
        return Clip(-dx, a.X - box.X, ref t0, ref t1) && Clip(dx, box.Right - a.X, ref t0, ref t1)
            && Clip(-dy, a.Y - box.Y, ref t0, ref t1) && Clip(dy, box.Bottom - a.Y, ref t0, ref t1);
    }

    private static bool Clip(double p, double q, ref double t0, ref double t1)
    {
        if (Math.Abs(p) < 1e-12) return q >= 0;
        var t = q / p;
        if (p < 0) t0 = Math.Max(t0, t);
        else t1 = Math.Min(t1, t);
        return t0 <= t1;
    }

    private sealed record Geometry(
        int MaxDepth, double Pitch, double LevelGap, double Top, double TableTop, double RowPitch, double Left, double Gutter,
        double[] X, double[] HalfWidth, double[] HalfHeight);
}

public enum LayoutBoxKind { Node, EdgeLabel, Cell, Header, DropLine }

/// <summary>A box a tree shows, what it is (for messages) and whose it is (node id, outcome or row).</summary>
public sealed record LayoutBox(Box Box, LayoutBoxKind Kind, int Id, string What);

/// <summary>A tree cannot be laid out in its box without overlaps. The message is for the scene's author.</summary>
public sealed class TreeLayoutException(string message) : ElementLayoutException(message);
