using System.Diagnostics;

namespace Renderer.Processes;

/// <summary>
/// Runs an external tool with a timeout, optional <see cref="ResourceLimits"/> and a cancellation token.
/// Arguments go through <see cref="ProcessStartInfo.ArgumentList"/> (no shell parsing, no quoting bugs); stdin gets
/// <c>standardInput</c> (text that must never be read as an option, such as the words espeak-ng speaks) and is then
/// closed, so nothing can wait for a terminal; on timeout or cancellation the whole process tree is killed (kpathsea
/// may have spawned mktextfm and friends).
/// </summary>
internal static class ProcessRunner
{
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled; the tree is killed first.</exception>
    public static ProcessResult Run(
        string executable,
        IEnumerable<string> arguments,
        TimeSpan timeout,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string>? environment = null,
        Action? onStarted = null,
        ResourceLimits? limits = null,
        CancellationToken cancellationToken = default,
        string? standardInput = null)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (program, args) = limits is null ? (executable, arguments.ToList()) : limits.Wrap(executable, arguments);
        var psi = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        if (workingDirectory is not null) psi.WorkingDirectory = workingDirectory;
        if (environment is not null)
            foreach (var (k, v) in environment) psi.Environment[k] = v;

        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = psi };
        process.Start();
        onStarted?.Invoke();
        using var cancel = cancellationToken.Register(() => KillTree(process));
        // Drain both pipes concurrently: a full pipe would block the child and look like a hang.
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var stdin = Task.Run(() =>
        {
            try
            {
                // UTF-8 without a byte-order mark: the child reads plain text.
                using var input = new StreamWriter(process.StandardInput.BaseStream, new System.Text.UTF8Encoding(false));
                if (standardInput is not null) input.Write(standardInput);
            }
            catch (IOException)
            {
                // The child exited (or was killed) before reading everything: its exit code says what happened.
            }
        }, CancellationToken.None);

        var timedOut = !process.WaitForExit(timeout);
        if (timedOut) KillTree(process);
        process.WaitForExit(); // also flushes the async readers
        stdin.GetAwaiter().GetResult();
        cancellationToken.ThrowIfCancellationRequested();

        return new ProcessResult(
            timedOut ? -1 : process.ExitCode,
            stdout.GetAwaiter().GetResult(),
            stderr.GetAwaiter().GetResult(),
            timedOut,
            clock.Elapsed);
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
    }
}
