namespace Renderer.Studio.Engine;

public enum ProblemSeverity { Error, Warning }

/// <summary>
/// A diagnostic as the studio shows it: where (file:line:col, when known), what, what to do, and optionally a box on
/// the frame to outline (in design units; e.g. two elements that overlap) and the slide it concerns.
/// </summary>
public sealed record SceneProblem(
    ProblemSeverity Severity, string Message, string? Hint = null, string? File = null, int? Line = null, int? Column = null,
    ProblemBox? Box = null, int? Slide = null)
{
    public override string ToString()
    {
        var where = File is null ? "" : Line is null ? $"{File}: " : $"{File}:{Line}:{Column ?? 1}: ";
        var what = Severity == ProblemSeverity.Error ? "error" : "warning";
        return Hint is null ? $"{where}{what}: {Message}" : $"{where}{what}: {Message} ({Hint})";
    }
}

/// <summary>A rectangle on the frame in design units (the frame is <see cref="SceneOutline.DesignHeight"/> units tall).</summary>
public readonly record struct ProblemBox(double X, double Y, double Width, double Height);
