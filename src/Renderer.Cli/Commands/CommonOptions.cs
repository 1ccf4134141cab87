using System.CommandLine;
using Renderer.Language;

namespace Renderer.Cli.Commands;

/// <summary>Options shared by several commands, defined once so they read the same everywhere.</summary>
public static class CommonOptions
{
    public static Option<string?> Theme() => new Option<string?>("--theme")
    {
        Description = $"Override the scene's theme ({string.Join(" | ", SceneLoader.Themes)}); output names get a -<theme> suffix",
        HelpName = "name",
    }.AcceptOnlyFromAmong(SceneLoader.Themes);

    public static Option<string?> TexCache() => new Option<string?>("--tex-cache")
    {
        Description = "Folder for typeset formulas (default: $RENDERER_TEX_CACHE, else $XDG_CACHE_HOME/renderer/tex)",
        HelpName = "dir",
    };
}
