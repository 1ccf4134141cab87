namespace Renderer.Typesetting;

/// <summary>Outcome of <see cref="InlineMathParser.TrySplit"/>: the runs, or an error with its position.</summary>
public sealed record InlineMathResult(IReadOnlyList<TextRun> Runs, string? Error, int Line, int Column)
{
    public bool IsSuccess => Error is null;

    internal static InlineMathResult Ok(IReadOnlyList<TextRun> runs) => new(runs, null, 0, 0);
}
