using System.Collections.Concurrent;
using System.Diagnostics;

namespace Renderer.Cli.Tests;

/// <summary>
/// The CLI as a separate process, as a shell or CI runs it: for what an in-process run cannot show (signals, PATH,
/// the temporary directory, processes left behind). Output is collected line by line as it comes.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _out = new();
    private readonly ConcurrentQueue<string> _err = new();

    private CliProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) _out.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _err.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The CLI assembly next to this test assembly (a project reference copies it, with its runtimeconfig).</summary>
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "Renderer.Cli.dll");

    public int Id => _process.Id;

    public string Out => string.Join('\n', _out);

    public string Err => string.Join('\n', _err);

    /// <summary>"still running", or the exit code: for messages when a test gave up waiting.</summary>
    public string State => _process.HasExited ? $"exited with {_process.ExitCode}" : "still running";

    /// <summary>Starts <c>dotnet Renderer.Cli.dll args</c> with <paramref name="environment"/> added to (or, if null, removed from) ours.</summary>
    public static CliProcess Start(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        // A shell starts background jobs with SIGINT and SIGQUIT ignored, and an ignored signal stays ignored
        // through exec: a test run launched with `&` would hand the CLI an INT it can never see. perl (Essential in
        // Debian) puts both back to their defaults and execs in place, so the CLI keeps this process's id.
        var psi = new ProcessStartInfo("perl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in (string[])["-e", "$SIG{INT} = $SIG{QUIT} = 'DEFAULT'; exec { $ARGV[0] } @ARGV or die \"exec $ARGV[0]: $!\\n\"", DotnetHost()])
            psi.ArgumentList.Add(a);
        psi.ArgumentList.Add(Dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in environment)
        {
            if (v is null) psi.Environment.Remove(k);
            else psi.Environment[k] = v;
        }

        var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start the CLI");
        process.StandardInput.Close();
        return new CliProcess(process);
    }

    /// <summary>Starts any program (a shell running a job script) with <paramref name="environment"/> added to (or, if null, removed from) ours.</summary>
    public static CliProcess StartProgram(string program, IReadOnlyList<string> args, IReadOnlyDictionary<string, string?> environment)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in environment)
        {
            if (v is null) psi.Environment.Remove(k);
            else psi.Environment[k] = v;
        }
        var process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {program}");
        process.StandardInput.Close();
        return new CliProcess(process);
    }

    /// <summary>The dotnet host that runs the CLI.</summary>
    public static string DotnetPath => DotnetHost();

    /// <summary>Runs to the end (or <paramref name="timeout"/>, then kills it and fails).</summary>
    public static (int Exit, string Out, string Err) Run(IReadOnlyDictionary<string, string?> environment, TimeSpan timeout, params string[] args)
    {
        using var cli = Start(environment, args);
        var exit = cli.WaitForExit(timeout);
        return (exit, cli.Out, cli.Err);
    }

    /// <summary>Waits until a line of standard output or error satisfies <paramref name="condition"/>, or something else does.</summary>
    public bool WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (condition()) return true;
            if (_process.HasExited)
            {
                _process.WaitForExit(); // the readers may still hold the last lines
                return condition();
            }

            Thread.Sleep(20);
        }

        return false;
    }

    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the CLI did not exit within {timeout.TotalSeconds} s; stderr so far:\n{Err}");
        }

        _process.WaitForExit(); // drain the readers
        return _process.ExitCode;
    }

    /// <summary>Sends a POSIX signal (SIGINT, SIGTERM, SIGKILL) by name, as a shell's kill does.</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-s", name, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            UseShellExecute = false,
        })!;
        kill.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    /// <summary>The full path of the dotnet host, so a test may give the CLI a PATH without it.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) return host;
        if (Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, "dotnet")).FirstOrDefault(File.Exists) ?? "dotnet";
    }
}
