using Renderer.Rendering;
using Spectre.Console;

namespace Renderer.Cli.Commands;

/// <summary>
/// Progress for one render: a live bar with fps and ETA on a terminal, or plain lines (one every ~10 %) when
/// output is redirected, as in CI logs.
/// </summary>
public static class ConsoleProgress
{
    public static async Task<T> Run<T>(string label, bool interactive, TextWriter plain, Func<IProgress<RenderProgress>, Task<T>> work)
    {
        if (!interactive)
        {
            var lastDecile = -1;
            var reporter = new Progress<RenderProgress>(p =>
            {
                var decile = (int)(p.Fraction * 10);
                if (decile == lastDecile) return;
                lastDecile = decile;
                var eta = p.EstimatedRemaining is { } r ? $", ETA {r.TotalSeconds:0}s" : "";
                plain.WriteLine($"{label}: {p.FramesDone}/{p.TotalFrames} frames ({p.Fraction:P0}), {p.FramesPerSecond:0.0} fps{eta}");
            });
            return await work(reporter);
        }

        T result = default!;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new FpsColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(label));
                var reporter = new SynchronousProgress(p =>
                {
                    task.MaxValue = p.TotalFrames;
                    task.Value = p.FramesDone;
                });
                result = await work(reporter);
                task.Value = task.MaxValue;
            });
        return result;
    }

    private sealed class SynchronousProgress(Action<RenderProgress> report) : IProgress<RenderProgress>
    {
        public void Report(RenderProgress value) => report(value);
    }

    private sealed class FpsColumn : ProgressColumn
    {
        public override Spectre.Console.Rendering.IRenderable Render(Spectre.Console.Rendering.RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Spectre.Console.Text(task.Speed is { } s ? $"{s:0.0} fps" : "", new Style(Color.Grey));
    }
}
