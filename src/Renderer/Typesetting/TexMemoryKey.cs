namespace Renderer.Typesetting;

/// <summary>Identity of a formula within one <see cref="TexTypesetter"/>: tool versions cannot change under a running process, so they are left out.</summary>
internal readonly record struct TexMemoryKey(string Tex, TexMode Mode, string Preamble);
