namespace Renderer.Frames;

/// <summary>
/// What changed between two display lists, as the items that only one of them has. Items present in both are
/// matched in order (a matched pair never crosses another), so every pixel that no unmatched item touches is
/// painted by the same items in the same order in both frames, and keeps its value. Redrawing only where the
/// unmatched items (old and new) lie therefore turns the old frame's pixels into the new frame's.
/// </summary>
public static class DisplayListDiff
{
    /// <summary>
    /// The result: indices into the old list that are gone, into the new list that are new, and for every new item
    /// the index of the old item it matches (−1 for the new ones).
    /// </summary>
    public sealed record Changes(IReadOnlyList<int> Removed, IReadOnlyList<int> Added, IReadOnlyList<int> Source);

    /// <summary>Each item's <see cref="DisplayItemComparer"/> hash, for <see cref="Compare(IReadOnlyList{DisplayItem}, ReadOnlySpan{int}, IReadOnlyList{DisplayItem}, ReadOnlySpan{int})"/>.
    /// A drawer keeps a frame's hashes to compare the next frame with, so each frame's items are hashed once.</summary>
    public static int[] Hashes(IReadOnlyList<DisplayItem> items)
    {
        var hashes = new int[items.Count];
        for (var i = 0; i < hashes.Length; i++) hashes[i] = DisplayItemComparer.Instance.GetHashCode(items[i]);
        return hashes;
    }

    /// <summary>
    /// Greedy order-preserving matching: each new item, in order, takes the first equal old item after the last one
    /// taken. Linear in the list lengths when the lists mostly agree; not always the smallest possible change, always
    /// a correct one.
    /// </summary>
    public static Changes Compare(IReadOnlyList<DisplayItem> before, IReadOnlyList<DisplayItem> after) =>
        Compare(before, Hashes(before), after, Hashes(after));

    /// <summary><see cref="Compare(IReadOnlyList{DisplayItem}, IReadOnlyList{DisplayItem})"/> with both lists' <see cref="Hashes"/> at hand.</summary>
    public static Changes Compare(IReadOnlyList<DisplayItem> before, ReadOnlySpan<int> beforeHashes, IReadOnlyList<DisplayItem> after, ReadOnlySpan<int> afterHashes)
    {
        if (beforeHashes.Length != before.Count || afterHashes.Length != after.Count)
            throw new ArgumentException("one hash per item is needed");

        // Consecutive frames mostly hold the same items in the same order, so the scan of the old list's hashes from
        // just after the last match (vectorised, over ints) usually stops at once, and only a hash hit is compared item
        // by item. The dictionary of positions this replaced allocated a queue per item: 17 µs per 180-item frame
        // against 8.5 µs now, fully optimised (docs/performance.md, round six).
        var kept = new bool[before.Count];
        var source = new int[after.Count];
        var added = new List<int>();
        var lastTaken = -1;
        for (var j = 0; j < after.Count; j++)
        {
            var match = FirstEqual(before, beforeHashes, lastTaken + 1, after[j], afterHashes[j]);
            source[j] = match;
            if (match < 0)
            {
                added.Add(j);
                continue;
            }

            kept[match] = true;
            lastTaken = match;
        }

        var removed = new List<int>();
        for (var i = 0; i < before.Count; i++)
            if (!kept[i]) removed.Add(i);
        return new Changes(removed, added, source);
    }

    /// <summary>The first index from <paramref name="start"/> on whose item equals <paramref name="item"/>, or −1.</summary>
    private static int FirstEqual(IReadOnlyList<DisplayItem> items, ReadOnlySpan<int> hashes, int start, DisplayItem item, int hash)
    {
        var at = start;
        while (at < hashes.Length)
        {
            var found = hashes[at..].IndexOf(hash);
            if (found < 0) return -1;
            at += found;
            if (DisplayItemComparer.Instance.Equals(items[at], item)) return at;
            at++;
        }
        return -1;
    }
}
