namespace Renderer.Scenes.Diagnostics;

/// <summary>Collects every problem instead of stopping at the first, so an author fixes a file in one pass.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;
    public bool HasErrors => _items.Count > 0;

    public void Error(SourcePosition at, string message, string? hint = null) => _items.Add(new Diagnostic(at, message, hint));

    public void ThrowIfAny()
    {
        if (HasErrors)
            throw new SceneValidationException(_items.OrderBy(d => d.Position.Line).ThenBy(d => d.Position.Column).ToList());
    }
}
