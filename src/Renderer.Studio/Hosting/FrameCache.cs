namespace Renderer.Studio.Hosting;

/// <summary>
/// Encoded preview frames of the current version, most recently used kept, up to a byte budget: scrubbing back
/// over a stretch and looping playback cost no drawing. Cleared when a new version compiles.
/// </summary>
public sealed class FrameCache(long budgetBytes = 96L << 20)
{
    public readonly record struct Key(long Version, int Frame, int Width, bool Png);

    private readonly Lock _gate = new();
    private readonly Dictionary<Key, LinkedListNode<(Key Key, byte[] Bytes)>> _entries = [];
    private readonly LinkedList<(Key Key, byte[] Bytes)> _order = new();
    private long _bytes;

    public byte[]? Get(Key key)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out var node)) return null;
            _order.Remove(node);
            _order.AddFirst(node);
            return node.Value.Bytes;
        }
    }

    public void Put(Key key, byte[] bytes)
    {
        lock (_gate)
        {
            if (_entries.ContainsKey(key)) return;
            _entries[key] = _order.AddFirst((key, bytes));
            _bytes += bytes.Length;
            while (_bytes > budgetBytes && _order.Last is { } oldest)
            {
                _order.RemoveLast();
                _entries.Remove(oldest.Value.Key);
                _bytes -= oldest.Value.Bytes.Length;
            }
        }
    }

    /// <summary>Drops every frame not of <paramref name="version"/>.</summary>
    public void KeepOnly(long version)
    {
        lock (_gate)
        {
            for (var node = _order.First; node is not null;)
            {
                var next = node.Next;
                if (node.Value.Key.Version != version)
                {
                    _order.Remove(node);
                    _entries.Remove(node.Value.Key);
                    _bytes -= node.Value.Bytes.Length;
                }
                node = next;
            }
        }
    }
}
