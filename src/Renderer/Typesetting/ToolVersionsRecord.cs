namespace Renderer.Typesetting;

/// <summary>Cached result of the version probe for one set of tool binaries (see <see cref="TexCache"/>).</summary>
internal sealed record ToolVersionsRecord(string Stamp, TexToolVersions Versions);
