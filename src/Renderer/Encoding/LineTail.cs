namespace Renderer.Encoding;

/// <summary>Keeps the last few lines of a text stream (ffmpeg's stderr) for error messages; thread-safe.</summary>
internal sealed class LineTail(int capacity)
{
    private readonly Queue<string> _lines = new(capacity);

    public void Add(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
            return;
        lock (_lines)
        {
            if (_lines.Count == capacity)
                _lines.Dequeue();
            _lines.Enqueue(line.TrimEnd());
        }
    }

    public IReadOnlyList<string> Snapshot()
    {
        lock (_lines)
            return [.. _lines];
    }
}
