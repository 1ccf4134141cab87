using Renderer.Studio.Hosting;

namespace Renderer.Studio.Tests.Support;

/// <summary>Records every state a <see cref="SceneHost"/> announces, and waits for one that satisfies a test.</summary>
internal sealed class StateRecorder
{
    private readonly List<StudioState> _states = [];

    public StateRecorder(SceneHost host) => host.Changed += state =>
    {
        lock (_states) _states.Add(state);
    };

    public IReadOnlyList<StudioState> States
    {
        get
        {
            lock (_states) return _states.ToList();
        }
    }

    public Task<StudioState> WaitFor(Func<StudioState, bool> wanted, string what) =>
        Eventually.Get(() => States.LastOrDefault(wanted), TimeSpan.FromSeconds(30), what);
}
