using System.IO.Pipes;
using System.Runtime.InteropServices;

namespace Renderer.Encoding;

/// <summary>
/// Enlarges the kernel send buffer of the Unix socket FFMpegCore streams frames through (its
/// <see cref="NamedPipeServerStream"/> is an AF_UNIX socket on Linux). With the default ~208 KiB a 3–8 MB frame
/// needs dozens of wake-ups of writer and reader; with a buffer of a frame or more the writer hands over a whole
/// frame per call and never waits on ffmpeg mid-frame.
/// </summary>
internal static partial class SocketSendBuffer
{
    private const int SolSocket = 1;
    private const int SoSndBuf = 7;
    private const int SoSndBufForce = 32;

    /// <summary>
    /// Asks for <paramref name="bytes"/> of send buffer (SO_SNDBUFFORCE when privileged, else SO_SNDBUF, which the
    /// kernel caps at net.core.wmem_max). Returns the size the kernel reports afterwards, or null when the stream is
    /// not a Unix socket (Windows named pipes), the call fails, or <paramref name="bytes"/> ≤ 0 (leave the default):
    /// the buffer is an optimisation, never a requirement.
    /// </summary>
    public static int? TryEnlarge(Stream stream, int bytes)
    {
        if (bytes <= 0 || !OperatingSystem.IsLinux() || stream is not PipeStream pipe)
            return null;
        try
        {
            int fd = (int)pipe.SafePipeHandle.DangerousGetHandle();
            if (SetSockOpt(fd, SolSocket, SoSndBufForce, ref bytes, sizeof(int)) != 0)
                SetSockOpt(fd, SolSocket, SoSndBuf, ref bytes, sizeof(int));
            int actual = 0;
            int length = sizeof(int);
            return GetSockOpt(fd, SolSocket, SoSndBuf, ref actual, ref length) == 0 ? actual : null;
        }
        catch (Exception exception) when (exception is ObjectDisposedException or InvalidOperationException or DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libc", EntryPoint = "setsockopt", SetLastError = true)]
    private static partial int SetSockOpt(int socket, int level, int name, ref int value, int length);

    [LibraryImport("libc", EntryPoint = "getsockopt", SetLastError = true)]
    private static partial int GetSockOpt(int socket, int level, int name, ref int value, ref int length);
}
