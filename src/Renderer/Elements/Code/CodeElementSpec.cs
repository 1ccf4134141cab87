using Renderer.Elements.Shared;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Timeline;

namespace Renderer.Elements.Code;

/// <summary>A block of source code, highlighted by a TextMate grammar, with line highlights and a line-by-line reveal.</summary>
public sealed record CodeElementSpec(ElementCommon Common, IReadOnlyList<string> Lines, string Language, bool Numbers,
    IReadOnlyList<CodeHighlight> Highlights, CodeReveal Reveal, StepTiming Timing) : ElementSpec(Common);

/// <summary>Lines <see cref="First"/>..<see cref="Last"/> (from 1) tinted from <see cref="From"/> until <see cref="To"/> (the slide's end when null).</summary>
public sealed record CodeHighlight(SourcePosition At, int First, int Last, Duration From, Duration? To, string Color);

public enum CodeReveal { All, LineByLine }
