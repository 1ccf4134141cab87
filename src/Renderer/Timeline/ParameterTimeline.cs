namespace Renderer.Timeline;

/// <summary>
/// Every parameter of a scene over one slide, in the order the scene declares them. Values carry across slides (a
/// slide starts where the previous one left each parameter), but each slide's timeline is built once at compile
/// time, so a frame's parameter values are a pure function of (slide, time): frames stay independent.
/// </summary>
public sealed class ParameterTimeline
{
    private readonly ParameterTrack[] _tracks;
    private readonly Dictionary<string, int> _index;

    public ParameterTimeline(IReadOnlyList<string> names, IReadOnlyList<ParameterTrack> tracks)
    {
        if (names.Count != tracks.Count) throw new ArgumentException("one track per parameter");
        Names = names;
        _tracks = tracks.ToArray();
        _index = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
    }

    public static ParameterTimeline Empty { get; } = new([], []);

    public IReadOnlyList<string> Names { get; }

    public IReadOnlyList<ParameterTrack> Tracks => _tracks;

    public int IndexOf(string name) => _index.TryGetValue(name, out var i) ? i : -1;

    public double Value(int index, double seconds) => _tracks[index].At(seconds);

    public double Value(string name, double seconds) => _tracks[_index[name]].At(seconds);

    /// <summary>
    /// The distinct values the parameters at <paramref name="indices"/> take at the frames of a slide of
    /// <paramref name="frames"/> frames at <paramref name="fps"/>: what a compile-time check must try to cover every frame.
    /// </summary>
    public IReadOnlyList<double[]> DistinctStates(IReadOnlyList<int> indices, int frames, int fps)
    {
        var states = new List<double[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var f = 0; f < Math.Max(1, frames); f++)
        {
            var seconds = (double)f / fps;
            var state = indices.Select(i => _tracks[i].At(seconds)).ToArray();
            if (seen.Add(string.Join(",", state.Select(v => BitConverter.DoubleToInt64Bits(v))))) states.Add(state);
            if (indices.All(i => _tracks[i].IsConstant)) break;
        }
        return states;
    }
}
