using System.Collections.Concurrent;
using System.Diagnostics;
using FFMpegCore;
using FFMpegCore.Enums;
using Renderer.Processes;

namespace Renderer.Encoding;

/// <summary>
/// One ffmpeg (libx264) process fed with timestamped raw frames (<see cref="MatroskaRawVideo"/>) through a
/// <see cref="FrameTransport"/> (on Linux a spliced FIFO, elsewhere FFMpegCore's pipe input). A held run arrives as
/// one frame and is stored as one longer frame, or repeated by ffmpeg at a constant rate
/// (<see cref="EncoderSettings.FrameRateMode"/>). Output goes to a temporary
/// file beside the target (<c>.&lt;name&gt;.tmp-&lt;pid&gt;.mp4</c>) that replaces the target only when ffmpeg
/// succeeded, so a failed or interrupted render never leaves a broken file where a good one was.
/// </summary>
/// <remarks>
/// Usage: <c>await using var encoder = VideoEncoder.Start(path, settings);</c> then <see cref="WriteFrameAsync"/> per
/// frame and <see cref="CompleteAsync"/>. Disposing without completing aborts: ffmpeg is killed and the temporary
/// file deleted. ffmpeg failures surface as <see cref="EncodingException"/> with ffmpeg's last stderr lines;
/// cancellation as <see cref="OperationCanceledException"/> (after the same clean-up).
/// </remarks>
public sealed class VideoEncoder : IFrameSink, IDisposable
{
    private const int ErrorTailLines = 20;

    // Temporary files of encoders alive in this process: two encoders must not share one (same target, same pid).
    private static readonly ConcurrentDictionary<string, byte> ActiveTemporaryFiles = new();

    private readonly IFrameChannel _channel;
    private readonly LineTail _stderr = new(ErrorTailLines);
    private readonly CancellationTokenSource _kill = new();
    private readonly Task<FFMpegResult> _ffmpeg;
    private readonly byte[] _streamHeader;
    private State _state = State.Running;
    private int _framesWritten;
    private int _lastOffset = -1;
    private bool _completing;

    private VideoEncoder(string outputPath, EncoderSettings settings, FrameTransport transport, EncoderOutput output)
    {
        OutputPath = outputPath;
        Settings = settings;
        Output = output;
        TemporaryPath = output.InPlace ? outputPath : TemporaryPathFor(outputPath, Environment.ProcessId);
        _channel = transport.Open(settings);
        _streamHeader = MatroskaRawVideo.Header(settings);

        FFMpegArgumentProcessor processor = _channel.Input()
            .OutputToFile(TemporaryPath, overwrite: true, options => options.WithCustomArgument(output.Arguments(settings)))
            .WithLogLevel(FFMpegLogLevel.Error)
            .NotifyOnStandardError(_stderr.Add)
            // Abort kills at once: a partial file is deleted anyway, so there is nothing to finish gracefully.
            .CancellableThrough(_kill.Token, TimeSpan.Zero);
        CommandLine = processor.Arguments;
        _ffmpeg = RunAsync(processor);
    }

    /// <summary>Where the finished video goes.</summary>
    public string OutputPath { get; }

    /// <summary>Where ffmpeg writes until it succeeded.</summary>
    public string TemporaryPath { get; }

    public EncoderSettings Settings { get; }

    /// <summary>What ffmpeg makes of the frames: H.264 MP4 unless <see cref="Start"/> was given another output.</summary>
    public EncoderOutput Output { get; }

    /// <summary>The ffmpeg arguments FFMpegCore runs (for logs and bug reports).</summary>
    public string CommandLine { get; }

    public RawPixelFormat PixelFormat => Settings.PixelInput;

    /// <summary>Frames sent to ffmpeg (a held run counts once).</summary>
    public int FramesWritten => _framesWritten;

    /// <summary>Frames of the grid the video spans so far: the last frame's offset + 1.</summary>
    public int FrameCount => _lastOffset + 1;

    /// <summary>Frames stored in the video: <see cref="FramesWritten"/>, or every frame of the grid at a constant rate.</summary>
    public int EncodedFrames => Settings.FrameRateMode == FrameRateMode.Constant ? FrameCount : FramesWritten;

    /// <inheritdoc />
    public bool StoresFrameTimes => true;

    /// <summary>
    /// Three: x264 delays decoding times by up to two frames for B-frames (one more with B-pyramid), and gives the
    /// k-th frame in decoding order the time of the (k − 2)-th frame shown. An MP4's length as Chromium reads it is the
    /// sum of its decoding-time steps; it equals the frames' span only if the first three and the last three frames
    /// are equally spaced. A held run at either end of a render stored as one frame made a 20 s video 19.57 s long
    /// there (the edit list said 20 s). So the first and last three frames of a range are always sent.
    /// </summary>
    public int FramesWrittenAtEachEnd => EdgeFrames;

    /// <summary>See <see cref="FramesWrittenAtEachEnd"/>.</summary>
    public const int EdgeFrames = 3;

    /// <summary>The transport as the kernel granted it once ffmpeg connected, e.g. "FIFO, 1024 KiB pipe, spliced".</summary>
    public string Transport => _channel.Description;

    /// <inheritdoc />
    public int FramesRetained => _channel.FramesRetained;

    /// <summary>The FIFO frames go through, with the FIFO transport (for tests: it must not outlive the encoder).</summary>
    internal string? FifoPath => OperatingSystem.IsLinux() ? (_channel as FifoFrameChannel)?.Path : null;

    /// <summary>What installs ffmpeg, for the error that says it is missing.</summary>
    public const string SetupHint = "run tools/setup.sh to install it (Debian: apt-get install ffmpeg)";

    /// <summary>Starts ffmpeg. The output directory is created if needed.</summary>
    /// <param name="transport">How frames reach ffmpeg; <see cref="FrameTransport.Default"/> if null.</param>
    /// <param name="output">The format ffmpeg writes (<see cref="EncoderOutput.Mp4"/> if null).</param>
    /// <exception cref="ToolMissingException">ffmpeg is not installed (checked before anything is started).</exception>
    public static VideoEncoder Start(string outputPath, EncoderSettings settings, FrameTransport? transport = null, EncoderOutput? output = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        settings.Validate();
        RequireFfmpeg();
        string fullPath = Path.GetFullPath(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        DeleteStaleTemporaryFiles(fullPath);

        string temporary = TemporaryPathFor(fullPath, Environment.ProcessId);
        if (!ActiveTemporaryFiles.TryAdd(temporary, 0))
            throw new InvalidOperationException($"'{fullPath}' is already being encoded by this process.");
        try
        {
            return new VideoEncoder(fullPath, settings, transport ?? FrameTransport.Default, output ?? EncoderOutput.Mp4);
        }
        catch
        {
            ActiveTemporaryFiles.TryRemove(temporary, out _);
            throw;
        }
    }

    /// <summary>
    /// Fails with a clear <see cref="ToolMissingException"/> when FFMpegCore's ffmpeg cannot be found; without this
    /// check a missing ffmpeg surfaced as "ffmpeg stopped reading frames … The channel has been closed".
    /// </summary>
    public static void RequireFfmpeg()
    {
        var binary = GlobalFFOptions.GetFFMpegBinaryPath();
        if (Executables.Find(binary) is null)
            throw new ToolMissingException("ffmpeg", binary.Contains('/') ? $"no executable file at {binary}" : $"'{binary}' is not on PATH", SetupHint);
    }

    /// <summary><c>dir/.name.tmp-PID.ext</c> for <c>dir/name.ext</c>: hidden, beside the target (same file system, so the
    /// final rename is atomic), and traceable to the process that wrote it.</summary>
    public static string TemporaryPathFor(string outputPath, int processId)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(outputPath))!;
        string extension = Path.GetExtension(outputPath) is { Length: > 0 } ext ? ext : ".mp4";
        return Path.Combine(directory, $".{Path.GetFileNameWithoutExtension(outputPath)}.tmp-{processId}{extension}");
    }

    /// <summary>Sends the frame that follows the previous one (the first at offset 0).</summary>
    public ValueTask WriteFrameAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken = default) =>
        WriteFrameAtAsync(frame, _lastOffset + 1, cancellationToken);

    /// <summary>Sends a frame shown from <paramref name="frameOffset"/> frames after the first until the next one sent.</summary>
    public async ValueTask WriteFrameAtAsync(ReadOnlyMemory<byte> frame, int frameOffset, CancellationToken cancellationToken = default)
    {
        if (_state != State.Running)
            throw new InvalidOperationException($"The encoder is {_state.ToString().ToLowerInvariant()}; no more frames can be written.");
        if (frame.Length != Settings.FrameByteCount)
            throw new ArgumentException(
                $"A {Settings.Width}x{Settings.Height} {Settings.PixelInput} frame has {Settings.FrameByteCount} bytes, not {frame.Length}.", nameof(frame));
        if (frameOffset <= _lastOffset)
            throw new ArgumentOutOfRangeException(nameof(frameOffset), frameOffset, $"Frames must come in time order; the previous one was at {_lastOffset}.");

        // The stream's header goes out in front of its first frame.
        int headerBytes = _framesWritten == 0 ? _streamHeader.Length : 0;
        byte[] prefix = new byte[headerBytes + MatroskaRawVideo.FramePrefixBytes];
        _streamHeader.AsSpan(0, headerBytes).CopyTo(prefix);
        MatroskaRawVideo.WriteFramePrefix(prefix.AsSpan(headerBytes), MatroskaRawVideo.TimestampNanoseconds(frameOffset, Settings.FramesPerSecond), frame.Length);
        try
        {
            await _channel.EnqueueAsync(prefix, frame, cancellationToken).ConfigureAwait(false);
            _framesWritten++;
            _lastOffset = frameOffset;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await AbortAsync().ConfigureAwait(false);
            throw;
        }
        catch (Exception exception)
        {
            // The pipe broke: ffmpeg died or rejected the stream. Its exit code and stderr say why.
            throw await FailAsync("ffmpeg stopped reading frames", exception).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Ends the stream and waits only until ffmpeg has read all of it: every frame's memory may be reused from then on,
    /// while ffmpeg still encodes its last frames and writes the file. <see cref="CompleteAsync"/> then waits for that.
    /// A segment's encoder ends its input this way so that the next segment is drawn while this one is finished.
    /// </summary>
    public async Task EndInputAsync(CancellationToken cancellationToken = default)
    {
        if (_state != State.Running)
            throw new InvalidOperationException($"The encoder is {_state.ToString().ToLowerInvariant()}.");
        _state = State.Finishing;
        _channel.Complete();
        try
        {
            await _channel.InputConsumed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await AbortAsync().ConfigureAwait(false);
            throw;
        }
        catch (Exception exception)
        {
            throw await FailAsync("ffmpeg stopped reading frames", exception).ConfigureAwait(false);
        }
    }

    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        if (_state == State.Running)
        {
            _state = State.Finishing;
            _channel.Complete();
        }
        else if (_state != State.Finishing || _completing)
            throw new InvalidOperationException($"The encoder is {_state.ToString().ToLowerInvariant()}.");
        _completing = true;

        FFMpegResult result;
        try
        {
            result = await _ffmpeg.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await AbortAsync().ConfigureAwait(false);
            throw;
        }
        catch (Exception exception)
        {
            throw await FailAsync("ffmpeg failed", exception).ConfigureAwait(false);
        }

        if (result.ExitCode != 0)
            throw await FailAsync("ffmpeg failed", null).ConfigureAwait(false);
        if (!Output.InPlace && (!File.Exists(TemporaryPath) || new FileInfo(TemporaryPath).Length == 0))
            throw await FailAsync("ffmpeg exited without writing the video", null).ConfigureAwait(false);

        if (!Output.InPlace)
            File.Move(TemporaryPath, OutputPath, overwrite: true);
        _state = State.Completed;
        ActiveTemporaryFiles.TryRemove(TemporaryPath, out _);
        _channel.Dispose();
    }

    /// <summary>Aborts unless <see cref="CompleteAsync"/> succeeded: ffmpeg is killed, the temporary file deleted.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_state is State.Running or State.Finishing)
            await AbortAsync().ConfigureAwait(false);
        _channel.Dispose();
        _kill.Dispose();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task<FFMpegResult> RunAsync(FFMpegArgumentProcessor processor)
    {
        try
        {
            return await processor.ProcessAsynchronously(throwOnError: false).ConfigureAwait(false);
        }
        finally
        {
            // Whatever ended ffmpeg, frames still waiting for the pipe will never be read.
            _channel.Fail(new IOException("ffmpeg is no longer running."));
        }
    }

    private async Task AbortAsync()
    {
        if (_state is State.Aborted or State.Completed)
            return;
        _state = State.Aborted;
        _channel.Fail(new OperationCanceledException("Encoding was aborted."));
        await _kill.CancelAsync().ConfigureAwait(false);
        await WaitForExitQuietlyAsync().ConfigureAwait(false);
        DeleteTemporaryFile();
        // FFMpegCore's task can finish a moment before the killed ffmpeg is really gone; under load a dying ffmpeg
        // has been seen to leave its output file behind after our delete. Make sure nothing reappears.
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await Task.Delay(50).ConfigureAwait(false);
            if (File.Exists(TemporaryPath)) DeleteTemporaryFile();
        }
    }

    private async Task<EncodingException> FailAsync(string message, Exception? cause)
    {
        _state = State.Aborted;
        _channel.Fail(cause ?? new IOException(message));
        // ffmpeg usually exits on its own once the stream breaks; give it a moment to say why before killing it.
        FFMpegResult? result = await WaitForExitQuietlyAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        if (result is null)
        {
            await _kill.CancelAsync().ConfigureAwait(false);
            result = await WaitForExitQuietlyAsync().ConfigureAwait(false);
        }

        DeleteTemporaryFile();
        IReadOnlyList<string> tail = _stderr.Snapshot();
        if (tail.Count == 0 && result is not null)
            tail = result.StandardError.TakeLast(ErrorTailLines).ToArray();
        if (tail.Count == 0 && (cause ?? _ffmpeg.Exception?.GetBaseException()) is { } reason)
            tail = [reason.Message]; // e.g. ffmpeg could not be started at all
        return new EncodingException($"{message} while encoding '{OutputPath}'", tail, result?.ExitCode, cause);
    }

    private async Task<FFMpegResult?> WaitForExitQuietlyAsync(TimeSpan? timeout = null)
    {
        try
        {
            return timeout is { } limit
                ? await _ffmpeg.WaitAsync(limit).ConfigureAwait(false)
                : await _ffmpeg.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            Debug.WriteLine($"ffmpeg ended with {exception.GetType().Name}: {exception.Message}");
            return null;
        }
    }

    private void DeleteTemporaryFile()
    {
        try
        {
            // An in-place output (a numbered image sequence) is written into a staging folder its owner removes.
            if (!Output.InPlace)
                File.Delete(TemporaryPath);
        }
        catch (IOException exception)
        {
            Debug.WriteLine($"Could not delete '{TemporaryPath}': {exception.Message}");
        }
        finally
        {
            ActiveTemporaryFiles.TryRemove(TemporaryPath, out _);
        }
    }

    /// <summary>Removes temporary files of this target left by processes that no longer run (e.g. killed with -9).</summary>
    private static void DeleteStaleTemporaryFiles(string outputPath)
    {
        string directory = Path.GetDirectoryName(outputPath)!;
        string prefix = $".{Path.GetFileNameWithoutExtension(outputPath)}.tmp-";
        if (!Directory.Exists(directory))
            return;
        foreach (string file in Directory.EnumerateFiles(directory, prefix + "*"))
        {
            string name = Path.GetFileNameWithoutExtension(file);
            if (name.Length > prefix.Length && int.TryParse(name.AsSpan(prefix.Length), out int pid) && pid != Environment.ProcessId && !IsRunning(pid))
            {
                try { File.Delete(file); }
                catch (IOException) { /* another process may be cleaning up too */ }
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private enum State
    {
        Running,
        Finishing,
        Completed,
        Aborted,
    }
}
