namespace Renderer.Scenes.Diagnostics;

/// <summary>
/// Collects every problem instead of stopping at the first, so an author fixes a file in one pass. Keeps the first
/// <see cref="MaxDiagnostics"/> by position and counts the rest, so a hostile file cannot make the report
/// itself huge.
/// </summary>
public sealed class DiagnosticBag
{
    /// <summary>Diagnostics reported for one file; the rest are counted.</summary>
    public const int MaxDiagnostics = 100;

    private readonly List<Diagnostic> _items = [];
    private int _dropped;

    public IReadOnlyList<Diagnostic> Items => _items;
    public bool HasErrors => _items.Count > 0;

    public void Error(SourcePosition at, string message, string? hint = null)
    {
        _items.Add(new Diagnostic(at, message, hint));
        if (_items.Count >= 2 * MaxDiagnostics) Trim();
    }

    public void ThrowIfAny()
    {
        if (!HasErrors) return;
        Trim();
        var items = _items.ToList();
        if (_dropped > 0)
        {
            var last = items[^1].Position;
            items.Add(new Diagnostic(last, $"… and {_dropped} more error{(_dropped == 1 ? "" : "s")} after this one", "fix these first"));
        }

        throw new SceneValidationException(items);
    }

    private void Trim()
    {
        var sorted = _items.OrderBy(d => d.Position.Line).ThenBy(d => d.Position.Column).ToList();
        _dropped += Math.Max(0, sorted.Count - MaxDiagnostics);
        _items.Clear();
        _items.AddRange(sorted.Take(MaxDiagnostics));
    }
}
