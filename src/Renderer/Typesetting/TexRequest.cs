namespace Renderer.Typesetting;

/// <summary>One formula to typeset: its TeX source (math mode, without <c>$</c>) and its style.</summary>
public readonly record struct TexRequest(string Tex, TexMode Mode = TexMode.Display);
