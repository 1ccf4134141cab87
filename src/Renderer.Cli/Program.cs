using Renderer.Cli;

using var cancel = new CancellationTokenSource();
// SIGINT and SIGTERM cancel the run; it then cleans up, prints "cancelled" and exits 130 (see Interruption).
using var interruption = Interruption.Install(cancel, Console.Error);
var interactive = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null or "" or "false";
return await RendererCli.RunAsync(args, new CliContext(Console.Out, Console.Error, interactive), cancel.Token);
