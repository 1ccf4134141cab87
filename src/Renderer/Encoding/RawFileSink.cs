namespace Renderer.Encoding;

/// <summary>
/// Writes the raw frames back to back into a file (what <c>ffmpeg -f rawvideo -i file</c> reads). Used to measure
/// the encoder alone on exactly the frames the pipeline produces.
/// </summary>
public sealed class RawFileSink : IFrameSink
{
    private readonly FileStream _file;
    private bool _completed;

    public RawFileSink(string path, RawPixelFormat pixelFormat)
    {
        PixelFormat = pixelFormat;
        Path = path;
        _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 1 << 20,
            FileOptions.Asynchronous | FileOptions.SequentialScan);
    }

    public RawPixelFormat PixelFormat { get; }

    public string Path { get; }

    public long BytesWritten { get; private set; }

    public async ValueTask WriteFrameAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken = default)
    {
        await _file.WriteAsync(frame, cancellationToken).ConfigureAwait(false);
        BytesWritten += frame.Length;
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
