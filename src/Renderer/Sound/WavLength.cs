using System.Buffers.Binary;

namespace Renderer.Sound;

/// <summary>
/// The length of a PCM WAV file read from its header (the <c>fmt </c> chunk's byte rate and the <c>data</c> chunk's
/// size), without starting ffprobe: a cached spoken clip is measured on every load, and a warm load should start no
/// process. Only used on files this renderer wrote (espeak-ng's output), never on a scene's own sound files.
/// </summary>
public static class WavLength
{
    /// <summary>The clip's length in seconds, or null if the file is not a whole, non-empty PCM WAV (truncated, a
    /// streamed header with no sizes, not RIFF).</summary>
    public static double? Seconds(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            Span<byte> header = stackalloc byte[12];
            if (stream.ReadAtLeast(header, 12, throwOnEndOfStream: false) < 12
                || !header[..4].SequenceEqual("RIFF"u8) || !header[8..12].SequenceEqual("WAVE"u8))
                return null;
            int byteRate = 0;
            Span<byte> chunk = stackalloc byte[8];
            Span<byte> format = stackalloc byte[16];
            while (stream.ReadAtLeast(chunk, 8, throwOnEndOfStream: false) == 8)
            {
                long size = BinaryPrimitives.ReadUInt32LittleEndian(chunk[4..]);
                if (chunk[..4].SequenceEqual("fmt "u8))
                {
                    if (size < 16) return null;
                    if (stream.ReadAtLeast(format, 16, throwOnEndOfStream: false) < 16) return null;
                    byteRate = BinaryPrimitives.ReadInt32LittleEndian(format[8..]);
                    stream.Seek(size - 16 + (size & 1), SeekOrigin.Current);
                }
                else if (chunk[..4].SequenceEqual("data"u8))
                {
                    // A size larger than what is left is a truncated file (or a streamed header): not a whole clip.
                    if (byteRate <= 0 || size == 0 || size > stream.Length - stream.Position) return null;
                    return (double)size / byteRate;
                }
                else stream.Seek(size + (size & 1), SeekOrigin.Current);
            }
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
