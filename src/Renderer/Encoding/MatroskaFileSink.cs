namespace Renderer.Encoding;

/// <summary>
/// Writes frames with their times into a file, as the encoder's input stream (<see cref="MatroskaRawVideo"/>): a
/// held run is stored once. With <see cref="RawFileSink"/>, for measuring the encoder alone on exactly the stream a
/// render sends it (<c>ffmpeg -f matroska -i file</c>).
/// </summary>
public sealed class MatroskaFileSink : IFrameSink
{
    private readonly FileStream _file;
    private readonly EncoderSettings _settings;
    private readonly byte[] _prefix = new byte[MatroskaRawVideo.FramePrefixBytes];
    private int _lastOffset = -1;
    private bool _completed;

    public MatroskaFileSink(string path, EncoderSettings settings)
    {
        settings.Validate();
        _settings = settings;
        Path = path;
        _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 1 << 20,
            FileOptions.Asynchronous | FileOptions.SequentialScan);
        _file.Write(MatroskaRawVideo.Header(settings));
    }

    public RawPixelFormat PixelFormat => _settings.PixelInput;

    public string Path { get; }

    /// <summary>Frames stored (a held run counts once).</summary>
    public int FramesWritten { get; private set; }

    /// <summary>Frames of the grid the stream spans: the last frame's offset + 1.</summary>
    public int FrameCount => _lastOffset + 1;

    public bool StoresFrameTimes => true;

    public ValueTask WriteFrameAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken = default) =>
        WriteFrameAtAsync(frame, _lastOffset + 1, cancellationToken);

    public async ValueTask WriteFrameAtAsync(ReadOnlyMemory<byte> frame, int frameOffset, CancellationToken cancellationToken = default)
    {
        if (frameOffset <= _lastOffset)
            throw new ArgumentOutOfRangeException(nameof(frameOffset), frameOffset, $"Frames must come in time order; the previous one was at {_lastOffset}.");
        MatroskaRawVideo.WriteFramePrefix(_prefix, MatroskaRawVideo.TimestampNanoseconds(frameOffset, _settings.FramesPerSecond), frame.Length);
        await _file.WriteAsync(_prefix, cancellationToken).ConfigureAwait(false);
        await _file.WriteAsync(frame, cancellationToken).ConfigureAwait(false);
        _lastOffset = frameOffset;
        FramesWritten++;
    }

    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        await _file.FlushAsync(cancellationToken).ConfigureAwait(false);
        _completed = true;
    }

    public async ValueTask DisposeAsync()
    {
        await _file.DisposeAsync().ConfigureAwait(false);
        if (!_completed)
            File.Delete(Path);
    }
}
