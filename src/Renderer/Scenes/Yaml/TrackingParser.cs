using Renderer.Scenes.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Renderer.Scenes.Yaml;

/// <summary>
/// Remembers where the last parsed event ended, and stops at nesting deeper than <see cref="SceneLimits.MaxDepth"/>.
/// YamlDotNet 18 throws a bare InvalidOperationException (no position) for some malformed input, such as a flow list
/// left open at the end of the file; the last good position lets us still point the author at the right place.
/// The depth check runs on the event stream, before YamlDotNet builds nodes (which it does recursively: ten thousand
/// nested '[' would overflow the stack, a crash no handler can catch).
/// </summary>
internal sealed class TrackingParser(IParser inner) : IParser
{
    private int _depth;

    public Mark LastEnd { get; private set; } = Mark.Empty;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (inner.Current is { } current) LastEnd = current.End;
        if (!inner.MoveNext()) return false;
        switch (inner.Current)
        {
            case SequenceStart or MappingStart when ++_depth > SceneLimits.MaxDepth:
                throw new TooDeepException(inner.Current.Start);
            case SequenceEnd or MappingEnd:
                _depth--;
                break;
        }

        return true;
    }

    /// <summary>The nesting limit was passed at <paramref name="start"/>.</summary>
    internal sealed class TooDeepException(Mark start) : Exception("YAML nesting too deep")
    {
        public Mark Start { get; } = start;
    }
}
