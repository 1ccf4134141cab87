using Renderer.Encoding;

namespace Renderer.Tests.Encoding;

public class BlockingWaitTests
{
    [Fact]
    public async Task It_returns_a_result_that_arrives_later_and_one_already_there()
    {
        var later = new TaskCompletionSource<int>();
        var waiter = Task.Run(() => BlockingWait.Result(later.Task));
        await Task.Delay(50);
        Assert.False(waiter.IsCompleted); // still blocked: the result is not there yet
        later.SetResult(42);
        Assert.Equal(42, await waiter);
        Assert.Equal(7, BlockingWait.Result(Task.FromResult(7)));
    }

    [Fact]
    public async Task It_throws_the_tasks_own_exception_not_an_aggregate()
    {
        var failing = new TaskCompletionSource();
        var waiter = Task.Run(() => BlockingWait.Wait(failing.Task));
        failing.SetException(new InvalidOperationException("the encoder stopped"));
        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => waiter);
        Assert.Equal("the encoder stopped", thrown.Message);

        var cancelled = new TaskCompletionSource();
        cancelled.SetCanceled();
        Assert.Throws<TaskCanceledException>(() => BlockingWait.Wait(cancelled.Task));
    }
}
