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

    /// <summary>
    /// Greedy order-preserving matching: each new item, in order, takes the first equal old item after the last one
    /// taken. Linear in the list lengths (plus hashing); not always the smallest possible change, always a correct one.
    /// </summary>
    public static Changes Compare(IReadOnlyList<DisplayItem> before, IReadOnlyList<DisplayItem> after)
    {
        var positions = new Dictionary<DisplayItem, Queue<int>>(before.Count, DisplayItemComparer.Instance);
        for (var i = 0; i < before.Count; i++)
        {
            if (!positions.TryGetValue(before[i], out var queue)) positions[before[i]] = queue = new Queue<int>(1);
            queue.Enqueue(i);
        }

        var kept = new bool[before.Count];
        var source = new int[after.Count];
        var added = new List<int>();
        var lastTaken = -1;
        for (var j = 0; j < after.Count; j++)
        {
            var match = -1;
            if (positions.TryGetValue(after[j], out var queue))
            {
                // Positions behind the last match can never be taken (they would cross it).
                while (queue.Count > 0 && queue.Peek() <= lastTaken) queue.Dequeue();
                if (queue.Count > 0) match = queue.Dequeue();
            }

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
}
