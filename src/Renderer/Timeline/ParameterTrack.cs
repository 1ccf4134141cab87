namespace Renderer.Timeline;

/// <summary>One eased move of a parameter within a slide: from its value at <see cref="Start"/> to <see cref="To"/>.</summary>
public readonly record struct ParameterSegment(double Start, double Length, double From, double To, Easing Easing);

/// <summary>
/// A parameter's value over one slide: its value when the slide starts, then eased moves that do not overlap, in
/// order. A pure function of the time, so any frame can be computed alone.
/// </summary>
public sealed class ParameterTrack
{
    private readonly ParameterSegment[] _segments;

    public ParameterTrack(double initial, IEnumerable<ParameterSegment> segments)
    {
        Initial = initial;
        _segments = segments.OrderBy(s => s.Start).ToArray();
        for (var i = 1; i < _segments.Length; i++)
            if (_segments[i].Start < _segments[i - 1].Start + _segments[i - 1].Length - 1e-9)
                throw new ArgumentException("a parameter's moves on one slide must not overlap");
    }

    public double Initial { get; }

    public IReadOnlyList<ParameterSegment> Segments => _segments;

    /// <summary>The value once every move is done: what the next slide starts from.</summary>
    public double Final => _segments.Length == 0 ? Initial : _segments[^1].To;

    public bool IsConstant => _segments.Length == 0;

    public double At(double seconds)
    {
        var value = Initial;
        foreach (var s in _segments)
        {
            if (seconds <= s.Start) return value;
            if (s.Length <= 0 || seconds >= s.Start + s.Length)
            {
                value = s.To;
                continue;
            }
            return s.From + (s.To - s.From) * s.Easing.Apply((seconds - s.Start) / s.Length);
        }
        return value;
    }
}
