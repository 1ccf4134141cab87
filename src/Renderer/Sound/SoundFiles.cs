namespace Renderer.Sound;

/// <summary>
/// Where a scene's sound file may be: a relative path that stays inside the scene's folder (after following
/// symbolic links), to a regular, non-empty, readable file of a known audio type, at most <see cref="MaxBytes"/>.
/// Scene files are untrusted: a voice path must not read anything outside the scene's folder.
/// </summary>
public static class SoundFiles
{
    /// <summary>File types a scene may name, with the ffmpeg demuxer that reads each: forcing it keeps ffmpeg from
    /// guessing a playlist or other format that could open further files or URLs.</summary>
    public static readonly IReadOnlyDictionary<string, string> Demuxers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".wav"] = "wav", [".mp3"] = "mp3", [".ogg"] = "ogg", [".oga"] = "ogg", [".opus"] = "ogg", [".flac"] = "flac",
    };

    /// <summary>256 MiB: an hour of 16-bit stereo WAV at 48 kHz is 660 MB, but narration is minutes and music compressed.</summary>
    public const long MaxBytes = 256L << 20;

    /// <summary>The file's full path, or the problem and what to do.</summary>
    public static (string? Path, string? Problem, string? Hint) Resolve(string sceneFile, string relative)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(sceneFile))!;
        var extension = Path.GetExtension(relative);
        if (!Demuxers.ContainsKey(extension))
            return (null, $"'{relative}' is not a sound file this renderer reads", "use a .wav, .mp3, .ogg, .opus or .flac file");
        if (Path.IsPathRooted(relative) || relative.Contains('\\'))
            return (null, $"sound file '{relative}' must be a path relative to the scene's folder", "put the file beside the scene (or in a folder under it) and name it relative to the scene");
        var full = Path.GetFullPath(Path.Combine(folder, relative));
        if (!Inside(folder, full))
            return (null, $"sound file '{relative}' is outside the scene's folder", "copy it into the scene's folder; scenes may not read files elsewhere");
        var info = new FileInfo(full);
        if (!info.Exists)
            return (null, $"sound file '{relative}' does not exist", $"looked for {full}");
        // A link may point anywhere: where it ends must be inside the folder too.
        var target = info.ResolveLinkTarget(returnFinalTarget: true);
        if (target is not null && !Inside(Path.GetFullPath(folder), Path.GetFullPath(target.FullName)))
            return (null, $"sound file '{relative}' links to a file outside the scene's folder", "copy the file itself into the scene's folder");
        var real = target is FileInfo f ? f : info;
        if ((real.Attributes & (FileAttributes.Device | FileAttributes.Directory)) != 0 || real.Length == 0)
            return (null, $"sound file '{relative}' is empty or not a regular file", "name a recorded .wav, .mp3, .ogg, .opus or .flac file");
        if (real.Length > MaxBytes)
            return (null, $"sound file '{relative}' is {real.Length / (1 << 20)} MiB; at most {MaxBytes >> 20} MiB", "compress it (e.g. to .ogg or .mp3)");
        try
        {
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None);
            stream.ReadByte();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"sound file '{relative}' cannot be read: {e.Message}", "check its permissions");
        }
        return (full, null, null);
    }

    private static bool Inside(string folder, string path)
    {
        var prefix = folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal);
    }
}
