using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Renderer.Scenes.Yaml;

/// <summary>
/// Remembers where the last parsed event ended. YamlDotNet 18 throws a bare InvalidOperationException
/// (no position) for some malformed input, such as a flow list left open at the end of the file; the
/// last good position lets us still point the author at the right place.
/// </summary>
internal sealed class TrackingParser(IParser inner) : IParser
{
    public Mark LastEnd { get; private set; } = Mark.Empty;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (inner.Current is { } current) LastEnd = current.End;
        return inner.MoveNext();
    }
}
