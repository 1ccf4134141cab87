using System.Diagnostics;

namespace Renderer.Typesetting;

/// <summary>
/// Runs an external tool with a timeout. Arguments go through <see cref="ProcessStartInfo.ArgumentList"/>
/// (no shell, no quoting bugs); stdin is closed at once so nothing can wait for a terminal;
/// on timeout the whole process tree is killed (kpathsea may have spawned mktextfm and friends).
/// </summary>
internal static class ProcessRunner
{
    public static ProcessResult Run(
        string executable,
        IEnumerable<string> arguments,
        TimeSpan timeout,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null,
        Action? onStarted = null)
    {
        var psi = new ProcessStartInfo(executable)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        if (workingDirectory is not null) psi.WorkingDirectory = workingDirectory;
        if (environment is not null)
            foreach (var (k, v) in environment) psi.Environment[k] = v;

        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = psi };
        process.Start();
        onStarted?.Invoke();
        process.StandardInput.Close();
        // Drain both pipes concurrently: a full pipe would block the child and look like a hang.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();

        var timedOut = !process.WaitForExit(timeout);
        if (timedOut)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited between the timeout and the kill.
            }

            process.WaitForExit();
        }
        else
        {
            process.WaitForExit(); // flushes the async readers
        }

        return new ProcessResult(
            timedOut ? -1 : process.ExitCode,
            stdout.GetAwaiter().GetResult(),
            stderr.GetAwaiter().GetResult(),
            timedOut,
            clock.Elapsed);
    }
}
