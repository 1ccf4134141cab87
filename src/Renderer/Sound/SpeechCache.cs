using System.Security.Cryptography;
using System.Text;

namespace Renderer.Sound;

/// <summary>
/// Content-addressed folder of spoken clips, like the TeX cache: each clip is <c>&lt;key&gt;.wav</c>, the key the
/// SHA-256 of (format, text, espeak-ng voice and speed, espeak-ng's version line and a stamp of its binary), so
/// re-renders, <c>validate</c> and <c>duration: voice</c> speak a text once, and an upgraded espeak-ng speaks it again.
/// Clips are written to a partial file beside their entry and renamed into place, so concurrent renders only ever
/// see whole clips.
/// </summary>
public sealed class SpeechCache(string? directory = null)
{
    /// <summary>Overrides the default folder.</summary>
    public const string EnvironmentVariable = "RENDERER_VOICE_CACHE";

    /// <summary>Bump when the way a clip is made changes what it sounds like.</summary>
    internal const int FormatVersion = 1;

    public string Directory { get; } = Path.GetFullPath(directory ?? DefaultDirectory());

    /// <summary><c>$RENDERER_VOICE_CACHE</c>, else <c>$XDG_CACHE_HOME/renderer/voice</c>, else <c>~/.cache/renderer/voice</c>.</summary>
    public static string DefaultDirectory()
    {
        var explicitDir = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(explicitDir)) return explicitDir;
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = !string.IsNullOrWhiteSpace(xdg) ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "renderer", "voice");
    }

    /// <summary>The content key. Fields are length-prefixed so no two inputs can run together into the same text.</summary>
    public static string Key(string text, string voice, int wordsPerMinute, string toolVersion)
    {
        var sb = new StringBuilder();
        void Field(string v) => sb.Append(v.Length).Append(':').Append(v).Append('\n');
        Field($"renderer-voice/{FormatVersion}");
        Field(text);
        Field(voice);
        Field(wordsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field(toolVersion);
        return Hex(sb.ToString());
    }

    public string EntryPath(string key) => Path.Combine(Directory, key + ".wav");

    /// <summary>Where the version line of the espeak-ng with this stamp is kept, so a warm load starts no process.</summary>
    public string ToolVersionPath(string stamp) => Path.Combine(Directory, $"espeak-ng-{Hex(stamp)[..16]}.version");

    internal static string Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
