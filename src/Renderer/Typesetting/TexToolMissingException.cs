namespace Renderer.Typesetting;

/// <summary>
/// <c>latex</c> or <c>dvisvgm</c> (or another external tool) is not installed. Separate from
/// <see cref="TexException"/> because the fix is on the machine, not in the scene.
/// </summary>
public sealed class TexToolMissingException : TexException
{
    public const string SetupHint = "run tools/setup.sh to install TeX Live (texlive-latex-base) and dvisvgm";

    public TexToolMissingException(string tool, string searched)
        : base($"'{tool}' was not found ({searched}); {SetupHint}.")
    {
        Tool = tool;
    }

    public string Tool { get; }
}
