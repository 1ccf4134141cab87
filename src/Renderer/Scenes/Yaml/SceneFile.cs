using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;

namespace Renderer.Scenes.Yaml;

/// <summary>
/// Reads a scene file without trusting it: nothing larger than <see cref="SceneLimits.MaxFileBytes"/> is read past
/// that size, and a file that reports no size is not opened at all. That is what a FIFO, a device such as
/// <c>/dev/zero</c> or a <c>/proc</c> file reports, and opening or reading those could block or never end; an empty
/// regular file loses nothing by it.
/// </summary>
internal static class SceneFile
{
    /// <summary>The scene's text (UTF-8, without a byte-order mark).</summary>
    public static string Read(string path) => Text(ReadBytes(path));

    /// <summary>Decodes what <see cref="ReadBytes"/> returned.</summary>
    public static string Text(byte[] bytes) =>
        new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(bytes).TrimStart('\uFEFF');

    /// <summary>The scene file's bytes, read within the limits above.</summary>
    public static byte[] ReadBytes(string path)
    {
        var at = new SourcePosition(path, 1, 1);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                throw SceneValidationException.Single(at, "cannot read scene file: it does not exist", "check the path");
            if (info.Length == 0) return [];
            if (info.Length > SceneLimits.MaxFileBytes) throw TooLarge(at, info.Length);

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            var buffer = new byte[Math.Min(info.Length, SceneLimits.MaxFileBytes) + 1];
            var read = 0;
            int n;
            while (read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0) read += n;
            if (read > SceneLimits.MaxFileBytes) throw TooLarge(at, read);
            // The file may have grown since its size was taken: what was read is what is loaded, never more.
            return buffer[..Math.Min(read, (int)info.Length)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw SceneValidationException.Single(at, $"cannot read scene file: {e.Message}", "check the path");
        }
    }

    private static SceneValidationException TooLarge(SourcePosition at, long bytes) =>
        SceneValidationException.Single(at, $"the scene file is {SceneLimits.Show(bytes)} bytes; at most {SceneLimits.Show(SceneLimits.MaxFileBytes)}",
            "split it into several scenes");
}
