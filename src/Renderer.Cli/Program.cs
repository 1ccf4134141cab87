using Renderer.Cli;
using Renderer.Rendering;

PhaseTimings.Mark("process start (runtime)");

using var cancel = new CancellationTokenSource();
// SIGINT and SIGTERM cancel the run; it then cleans up, prints "cancelled" and exits 130 (see Interruption).
using var interruption = Interruption.Install(cancel, Console.Error);
var interactive = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null or "" or "false";
var exit = await RendererCli.RunAsync(args, new CliContext(Console.Out, Console.Error, interactive), cancel.Token);
PhaseTimings.Mark("command done");
PhaseTimings.Report(Console.Error);
return exit;
