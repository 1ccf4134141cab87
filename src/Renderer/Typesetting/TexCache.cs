using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml;
using Renderer.Processes;

namespace Renderer.Typesetting;

/// <summary>
/// Content-addressed disk cache of typeset formulas.
/// </summary>
/// <remarks>
/// Key: SHA-256 of (cache format, TeX source, mode, preamble text, latex version line, dvisvgm version line),
/// as the design asks. Each entry is one <c>&lt;key&gt;.json</c> holding metrics and SVG, written to a temp file in
/// the same directory and renamed over the target: rename is atomic, so concurrent renders (threads or
/// processes) can only ever see a complete entry, and identical racing writers are harmless.
///
/// The versions are needed for the key, but running <c>latex --version</c> on every render would start a
/// process even when everything is cached. So the version lines are themselves cached, in
/// <c>tools-&lt;hash&gt;.json</c>, keyed by a stamp of the binaries (resolved path, size, mtime; see
/// <see cref="ToolLocator.Stamp"/>) that costs two <c>stat</c> calls. Upgrading TeX changes the stamp, which
/// re-probes the versions, which changes every key: stale formulas are never served.
/// </remarks>
public sealed class TexCache
{
    /// <summary>Overrides the default directory.</summary>
    public const string EnvironmentVariable = "RENDERER_TEX_CACHE";

    /// <summary>Bump when the entry layout or the generated document changes in a way that changes output.</summary>
    internal const int FormatVersion = 1;

    public TexCache(string? directory = null)
    {
        Directory = Path.GetFullPath(directory ?? DefaultDirectory());
    }

    public string Directory { get; }

    /// <summary><c>$RENDERER_TEX_CACHE</c>, else <c>$XDG_CACHE_HOME/renderer/tex</c>, else <c>~/.cache/renderer/tex</c>.</summary>
    public static string DefaultDirectory()
    {
        var explicitDir = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(explicitDir)) return explicitDir;
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = !string.IsNullOrWhiteSpace(xdg)
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "renderer", "tex");
    }

    internal static string Sha256Hex(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    /// <summary>The content key. Fields are length-prefixed so no two inputs can run together into the same text.</summary>
    internal static string Key(string source, TexMode mode, string preambleText, TexToolVersions versions)
    {
        var sb = new StringBuilder();
        void Field(string v) => sb.Append(v.Length).Append(':').Append(v).Append('\n');
        Field($"renderer-tex/{FormatVersion}");
        Field(source);
        Field(mode.ToString());
        Field(preambleText);
        Field(versions.Latex);
        Field(versions.Dvisvgm);
        return Sha256Hex(sb.ToString());
    }

    internal string EntryPath(string key) => Path.Combine(Directory, key + ".json");

    /// <summary>The entry for <paramref name="key"/> if present, readable and made from exactly these inputs.</summary>
    internal TexCacheEntry? TryLoad(string key, string source, TexMode mode, string preambleText, TexToolVersions versions)
    {
        var entry = TryRead(EntryPath(key), ReadEntry);
        return entry is not null
               && entry.Format == FormatVersion
               && entry.Source == source
               && entry.Mode == mode
               && entry.PreambleSha256 == Sha256Hex(preambleText)
               && entry.LatexVersion == versions.Latex
               && entry.DvisvgmVersion == versions.Dvisvgm
               && IsUsable(entry)
            ? entry
            : null;
    }

    /// <summary>
    /// Whether a stored entry can be drawn: finite metrics and a well-formed SVG whose root has a readable viewBox.
    /// Anything else (a half-written file from an old version, a disk error, a hand edit) is a miss: the formula is
    /// typeset again and the entry replaced, never blamed on the scene.
    /// </summary>
    internal static bool IsUsable(TexCacheEntry entry)
    {
        if (!double.IsFinite(entry.Width) || !double.IsFinite(entry.Height) || !double.IsFinite(entry.Depth) || entry.Svg.Length == 0)
            return false;
        try
        {
            var (_, _, w, h) = FormulaSvg.ViewBox(entry.Svg);
            if (!double.IsFinite(w) || !double.IsFinite(h) || w < 0 || h < 0) return false;
            using var reader = XmlReader.Create(new StringReader(entry.Svg), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "svg") return false;
            while (reader.Read())
            {
                // Reading to the end is the well-formedness check.
            }

            return true;
        }
        catch (Exception e) when (e is TexException or XmlException or FormatException or OverflowException)
        {
            return false;
        }
    }

    /// <summary>
    /// Tool versions this cache has seen, newest first. With <c>latex</c> not installed, a render whose formulas are
    /// all cached under one of them still needs no TeX at all.
    /// </summary>
    internal IReadOnlyList<TexToolVersions> KnownToolVersions()
    {
        try
        {
            return new DirectoryInfo(Directory).EnumerateFiles("tools-*.json")
                .OrderByDescending(f => f.LastWriteTimeUtc)
                .Select(f => TryRead(f.FullName, ReadToolsRecord)?.Versions)
                .OfType<TexToolVersions>()
                .Distinct()
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    internal void Store(string key, TexCacheEntry entry) => WriteAtomically(EntryPath(key), json =>
    {
        json.WriteNumber(nameof(TexCacheEntry.Format), entry.Format);
        json.WriteString(nameof(TexCacheEntry.Source), entry.Source);
        json.WriteNumber(nameof(TexCacheEntry.Mode), (int)entry.Mode);
        json.WriteString(nameof(TexCacheEntry.PreambleSha256), entry.PreambleSha256);
        json.WriteString(nameof(TexCacheEntry.LatexVersion), entry.LatexVersion);
        json.WriteString(nameof(TexCacheEntry.DvisvgmVersion), entry.DvisvgmVersion);
        json.WriteNumber(nameof(TexCacheEntry.Width), entry.Width);
        json.WriteNumber(nameof(TexCacheEntry.Height), entry.Height);
        json.WriteNumber(nameof(TexCacheEntry.Depth), entry.Depth);
        json.WriteString(nameof(TexCacheEntry.Svg), entry.Svg);
    });

    private static TexCacheEntry ReadEntry(JsonElement e) => new(
        e.GetProperty(nameof(TexCacheEntry.Format)).GetInt32(),
        e.GetProperty(nameof(TexCacheEntry.Source)).GetString()!,
        (TexMode)e.GetProperty(nameof(TexCacheEntry.Mode)).GetInt32(),
        e.GetProperty(nameof(TexCacheEntry.PreambleSha256)).GetString()!,
        e.GetProperty(nameof(TexCacheEntry.LatexVersion)).GetString()!,
        e.GetProperty(nameof(TexCacheEntry.DvisvgmVersion)).GetString()!,
        e.GetProperty(nameof(TexCacheEntry.Width)).GetDouble(),
        e.GetProperty(nameof(TexCacheEntry.Height)).GetDouble(),
        e.GetProperty(nameof(TexCacheEntry.Depth)).GetDouble(),
        e.GetProperty(nameof(TexCacheEntry.Svg)).GetString()!);

    private string ToolsPath(string stamp) => Path.Combine(Directory, $"tools-{Sha256Hex(stamp)[..16]}.json");

    internal bool HasToolVersions(string stamp) => File.Exists(ToolsPath(stamp));

    internal TexToolVersions? TryLoadToolVersions(string stamp)
    {
        var record = TryRead(ToolsPath(stamp), ReadToolsRecord);
        return record is not null && record.Stamp == stamp ? record.Versions : null;
    }

    private static ToolVersionsRecord ReadToolsRecord(JsonElement e) => new(
        e.GetProperty(nameof(ToolVersionsRecord.Stamp)).GetString()!,
        new TexToolVersions(
            e.GetProperty(nameof(ToolVersionsRecord.Versions)).GetProperty(nameof(TexToolVersions.Latex)).GetString()!,
            e.GetProperty(nameof(ToolVersionsRecord.Versions)).GetProperty(nameof(TexToolVersions.Dvisvgm)).GetString()!));

    internal void StoreToolVersions(string stamp, TexToolVersions versions) => WriteAtomically(ToolsPath(stamp), json =>
    {
        json.WriteString(nameof(ToolVersionsRecord.Stamp), stamp);
        json.WriteStartObject(nameof(ToolVersionsRecord.Versions));
        json.WriteString(nameof(TexToolVersions.Latex), versions.Latex);
        json.WriteString(nameof(TexToolVersions.Dvisvgm), versions.Dvisvgm);
        json.WriteEndObject();
    });

    // Cache files are read and written field by field with JsonDocument and Utf8JsonWriter rather than by
    // JsonSerializer: the serializer's one-time set-up (~40 ms) was a visible part of a cold `still`.
    private static T? TryRead<T>(string path, Func<JsonElement, T> read)
        where T : class
    {
        try
        {
            if (!File.Exists(path)) return null;
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            return read(document.RootElement);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException
                                      or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null; // unreadable, damaged or of another layout: a miss; the next store replaces it
        }
    }

    private void WriteAtomically(string path, Action<Utf8JsonWriter> writeFields)
    {
        System.IO.Directory.CreateDirectory(Directory);
        // Named after this process: one killed mid-write leaves a file the next run's sweep recognises as stale.
        var temp = TemporaryFiles.PartialFileFor(path);
        try
        {
            using (var stream = File.Create(temp))
            using (var json = new Utf8JsonWriter(stream))
            {
                json.WriteStartObject();
                writeFields(json);
                json.WriteEndObject();
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
