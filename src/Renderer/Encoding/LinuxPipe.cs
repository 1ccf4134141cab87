using System.Runtime.InteropServices;

namespace Renderer.Encoding;

/// <summary>
/// The few Linux calls the FIFO frame transport needs, with errno turned into <see cref="IOException"/>s.
/// Constants are the Linux values, which are the same on x64 and arm64.
/// </summary>
internal static partial class LinuxPipe
{
    private const int OWrOnly = 0x1;
    private const int ONonBlock = 0x800;
    private const int OCloExec = 0x80000;
    private const int FGetFl = 3;
    private const int FSetFl = 4;
    private const int FSetPipeSize = 1031;
    private const int FGetPipeSize = 1032;
    private const int EPerm = 1;
    private const int EIntr = 4;
    private const int ENoSys = 38;
    private const int ENxio = 6;

    /// <summary>Creates a FIFO readable and writable by this user only.</summary>
    public static void CreateFifo(string path)
    {
        if (MkFifo(path, Convert.ToInt32("600", 8)) != 0)
            throw Error($"Could not create the frame FIFO '{path}'");
    }

    /// <summary>
    /// Opens the FIFO for writing if a reader has it open; null if none has yet. Never blocks (a plain open would
    /// wait for a reader forever if ffmpeg died before opening its input). The descriptor is close-on-exec, so no
    /// other child process inherits the write end and keeps ffmpeg from seeing the end of the stream.
    /// </summary>
    public static int? TryOpenWriter(string path)
    {
        int fd = Open(path, OWrOnly | ONonBlock | OCloExec);
        if (fd >= 0)
        {
            // Blocking from now on: a full pipe should park the writer, not spin it.
            int flags = Fcntl(fd, FGetFl, 0);
            if (flags < 0 || Fcntl(fd, FSetFl, flags & ~ONonBlock) < 0)
            {
                var error = Error("Could not make the frame FIFO blocking");
                Close(fd);
                throw error;
            }
            return fd;
        }
        if (Marshal.GetLastPInvokeError() == ENxio) return null;
        throw Error($"Could not open the frame FIFO '{path}'");
    }

    /// <summary>Asks for a pipe buffer of <paramref name="bytes"/> (≤ 0: keep the default) and returns the size the kernel granted.</summary>
    /// <remarks>Unprivileged processes are capped by /proc/sys/fs/pipe-max-size (1 MiB by default); a refusal keeps the
    /// current size, which is then reported.</remarks>
    public static int ResizeBuffer(int fd, int bytes)
    {
        if (bytes > 0) Fcntl(fd, FSetPipeSize, bytes);
        int size = Fcntl(fd, FGetPipeSize, 0);
        return size > 0 ? size : throw Error("Could not read the frame FIFO's buffer size");
    }

    /// <summary>
    /// Hands the pages of <paramref name="bytes"/> to the pipe without copying them (vmsplice). The reader copies
    /// them out later, so the memory must stay unchanged until the reader has consumed it. Blocks while the pipe is full.
    /// Returns false, having written nothing, if the system refuses vmsplice (e.g. a sandbox's seccomp filter).
    /// </summary>
    public static bool TrySplice(int fd, ReadOnlySpan<byte> bytes) => TrySplice(fd, [], bytes);

    /// <summary>
    /// <see cref="TrySplice(int, ReadOnlySpan{byte})"/> of <paramref name="first"/> then <paramref name="second"/> in one
    /// call: a frame's framing and its pixels take the pipe's lock once instead of twice (the reader holds that lock
    /// while it copies, and a writer that wants it meanwhile spins). Both must stay unchanged until read.
    /// </summary>
    public static unsafe bool TrySplice(int fd, ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
    {
        fixed (byte* a = first)
        fixed (byte* b = second)
        {
            long total = (long)first.Length + second.Length, done = 0;
            var vectors = stackalloc IoVector[2];
            while (done < total)
            {
                nuint count;
                if (done < first.Length)
                {
                    vectors[0] = new IoVector { Base = a + done, Length = (nuint)(first.Length - done) };
                    vectors[1] = new IoVector { Base = b, Length = (nuint)second.Length };
                    count = second.Length > 0 ? 2u : 1u;
                }
                else
                {
                    vectors[0] = new IoVector { Base = b + (done - first.Length), Length = (nuint)(total - done) };
                    count = 1;
                }
                nint n = VmSplice(fd, vectors, count, 0);
                if (n > 0) done += n;
                else if (n < 0 && Marshal.GetLastPInvokeError() == EIntr) continue;
                else if (n < 0 && done == 0 && Marshal.GetLastPInvokeError() is ENoSys or EPerm) return false;
                else throw Error("ffmpeg stopped reading frames");
            }
        }
        return true;
    }

    /// <summary>Copies <paramref name="bytes"/> into the pipe. Blocks while the pipe is full.</summary>
    public static unsafe void Write(int fd, ReadOnlySpan<byte> bytes)
    {
        fixed (byte* start = bytes)
        {
            long done = 0;
            while (done < bytes.Length)
            {
                nint n = WriteBytes(fd, start + done, (nuint)(bytes.Length - done));
                if (n > 0) done += n;
                else if (n < 0 && Marshal.GetLastPInvokeError() == EIntr) continue;
                else throw Error("ffmpeg stopped reading frames");
            }
        }
    }

    public static void CloseQuietly(int fd) => Close(fd);

    /// <summary>Bytes in the pipe not yet read (<c>FIONREAD</c>, which a pipe answers from either end).</summary>
    public static unsafe int BytesQueued(int fd)
    {
        int queued;
        if (IoctlInt(fd, FionRead, &queued) < 0)
            throw Error("ioctl(FIONREAD) on the frame pipe failed");
        return queued;
    }

    private const nuint FionRead = 0x541B;

    private static IOException Error(string what)
    {
        int errno = Marshal.GetLastPInvokeError();
        return new IOException($"{what}: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno}).", errno);
    }

    [StructLayout(LayoutKind.Sequential)]
    private unsafe struct IoVector
    {
        public byte* Base;
        public nuint Length;
    }

    [LibraryImport("libc", EntryPoint = "mkfifo", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int MkFifo(string path, int mode);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static partial int Fcntl(int fd, int command, int argument);

    [LibraryImport("libc", EntryPoint = "vmsplice", SetLastError = true)]
    private static unsafe partial nint VmSplice(int fd, IoVector* vectors, nuint count, uint flags);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static unsafe partial nint WriteBytes(int fd, byte* bytes, nuint count);

    [LibraryImport("libc", EntryPoint = "ioctl", SetLastError = true)]
    private static unsafe partial int IoctlInt(int fd, nuint request, int* value);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
