using System.Net.ServerSentEvents;
using System.Threading.Channels;

namespace Renderer.Studio.Hosting;

/// <summary>
/// Fans events out to every open page (server-sent events). Each page gets its own small queue; a page that stops
/// reading loses its oldest events rather than growing the server's memory, and a state event carries the whole
/// state, so the newest one is all a late page needs.
/// </summary>
public sealed class EventHub
{
    private readonly Lock _gate = new();
    private readonly List<Channel<SseItem<string>>> _subscribers = [];

    /// <summary>Sends <paramref name="json"/> as an event named <paramref name="eventType"/> to every page.</summary>
    public void Publish(string eventType, string json)
    {
        var item = new SseItem<string>(json, eventType);
        lock (_gate)
            foreach (var subscriber in _subscribers) subscriber.Writer.TryWrite(item);
    }

    /// <summary>
    /// The events for one page until <paramref name="cancellationToken"/>, starting with what <paramref name="first"/>
    /// makes (the current state). It is made under the same lock as <see cref="Publish"/>, so no event falls between.
    /// </summary>
    public async IAsyncEnumerable<SseItem<string>> Subscribe(Func<IEnumerable<SseItem<string>>> first,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<SseItem<string>>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_gate)
        {
            foreach (var item in first()) channel.Writer.TryWrite(item);
            _subscribers.Add(channel);
        }
        try
        {
            while (true)
            {
                SseItem<string> item;
                try
                {
                    if (!await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false)) yield break;
                    if (!channel.Reader.TryRead(out item)) continue;
                }
                catch (OperationCanceledException)
                {
                    yield break;
                }
                yield return item;
            }
        }
        finally
        {
            lock (_gate) _subscribers.Remove(channel);
        }
    }
}
