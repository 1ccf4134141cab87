using Renderer.Cli;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // First Ctrl+C cancels cleanly (partial files are removed); a second one kills the process.
    e.Cancel = !cancel.IsCancellationRequested;
    // Asynchronously: Cancel() would run the command's continuations on this signal thread, and a command that
    // then finishes at once (watch) returns from Main and disposes this source while Cancel() is still inside it.
    _ = cancel.CancelAsync();
};
var interactive = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null or "" or "false";
return await RendererCli.RunAsync(args, new CliContext(Console.Out, Console.Error, interactive), cancel.Token);
