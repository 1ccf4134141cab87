using Renderer.Frames;
using Renderer.Text;

namespace Renderer.Linting;

/// <summary>
/// Labels set on one line by an element — tick labels along an axis, outcome names and values under bars, numbers in a
/// table row — that run into each other. Such labels are placed one by one (centred or right-aligned on a position),
/// unlike the runs of a paragraph, which are set left to right and touch by design; two of them on one baseline with
/// less than a sliver of space between their ink read as one word ("0.250.500.75", "ABCD").
/// </summary>
public static class LabelRows
{
    /// <summary>The least clear space between two labels' ink on one line, as a share of their font size: about two
    /// spaces' width, less than which neighbouring numbers read as one ("0.0 0.1 0.2").</summary>
    public const double MinGapEm = 0.5;

    /// <summary>Whether the item is a placed label (a tick label, a category name) rather than a run of a paragraph.</summary>
    public static bool IsPlacedLabel(DisplayItem item) => item is TextItem { Anchor: not TextAnchor.Left };

    /// <summary>The first two placed labels that share a baseline and run together, if any.</summary>
    public static (DisplayItem A, Ink InkA, DisplayItem B, Ink InkB)? FirstRunTogether(IReadOnlyList<(DisplayItem Item, Ink Ink)> inks,
        ITextMeasurer measurer, int arrivedAlpha)
    {
        var labels = inks.Where(x => x.Item is TextItem { Anchor: not TextAnchor.Left } t && t.Color.A >= arrivedAlpha).ToList();
        for (var i = 0; i < labels.Count; i++)
            for (var j = i + 1; j < labels.Count; j++)
            {
                var (a, b) = ((TextItem)labels[i].Item, (TextItem)labels[j].Item);
                if (Math.Abs(a.Baseline.Y - b.Baseline.Y) > 1 || Math.Abs(a.Font.Size - b.Font.Size) > 1e-6) continue;
                // One word set in pieces (a code word whose bits light up one by one) abuts exactly: not two labels.
                if (Pieces(a, b, measurer)) continue;
                var (ia, ib) = (labels[i].Ink.Box, labels[j].Ink.Box);
                var gap = Math.Max(ia.X, ib.X) - Math.Min(ia.Right, ib.Right);
                if (gap < MinGapEm * a.Font.Size) return (a, labels[i].Ink, b, labels[j].Ink);
            }
        return null;
    }

    private static bool Pieces(TextItem a, TextItem b, ITextMeasurer measurer)
    {
        var (a0, a1) = Advance(a, measurer);
        var (b0, b1) = Advance(b, measurer);
        return Math.Abs(a1 - b0) < 0.5 || Math.Abs(b1 - a0) < 0.5;
    }

    private static (double Left, double Right) Advance(TextItem t, ITextMeasurer measurer)
    {
        var width = measurer.Width(t.Text, t.Font);
        var left = t.Baseline.X - t.Anchor switch { TextAnchor.Center => width / 2, TextAnchor.Right => width, _ => 0 };
        return (left, left + width);
    }
}
