namespace Renderer.Processes;

/// <summary>Writes a file beside its target and renames it into place, so a crash never leaves half a file.</summary>
public static class AtomicFile
{
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        // Named after this process: one killed mid-write leaves a file the next run's sweep recognises as stale.
        var temp = TemporaryFiles.PartialFileFor(path);
        try
        {
            using (var stream = File.Create(temp)) stream.Write(bytes);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    public static void WriteAllText(string path, string text) => WriteAllBytes(path, System.Text.Encoding.UTF8.GetBytes(text));
}
