namespace Renderer.Studio.Engine;

public enum ProblemSeverity { Error, Warning }

/// <summary>
/// A diagnostic as the studio shows it: where (file:line:col, when known), what, what to do, and optionally boxes on
/// the frame to outline (in design units; e.g. two elements' ink that overlaps), the slide they are on and the frame
/// they were seen at.
/// </summary>
public sealed record SceneProblem(
    ProblemSeverity Severity, string Message, string? Hint = null, string? File = null, int? Line = null, int? Column = null)
{
    /// <summary>Boxes on the frame this problem is about, in design units; empty when it is not about a place.</summary>
    public IReadOnlyList<ProblemBox> Boxes { get; init; } = [];

    /// <summary>The slide (numbered from 1) the boxes are on.</summary>
    public int? Slide { get; init; }

    /// <summary>A frame that shows the problem, for the page to jump to.</summary>
    public int? Frame { get; init; }

    public override string ToString()
    {
        var where = File is null ? "" : Line is null ? $"{File}: " : $"{File}:{Line}:{Column ?? 1}: ";
        var what = Severity == ProblemSeverity.Error ? "error" : "warning";
        return Hint is null ? $"{where}{what}: {Message}" : $"{where}{what}: {Message} ({Hint})";
    }

    /// <summary>Value equality that compares the boxes one by one (a record compares the list by reference).</summary>
    public bool Equals(SceneProblem? other) =>
        other is not null && (Severity, Message, Hint, File, Line, Column, Slide, Frame) == (other.Severity, other.Message, other.Hint, other.File, other.Line, other.Column, other.Slide, other.Frame)
        && Boxes.SequenceEqual(other.Boxes);

    public override int GetHashCode() => HashCode.Combine(Severity, Message, File, Line, Column, Slide, Frame, Boxes.Count);
}

/// <summary>A rectangle on the frame in design units (the frame is <see cref="SceneOutline.DesignHeight"/> units tall).</summary>
public readonly record struct ProblemBox(double X, double Y, double Width, double Height);
