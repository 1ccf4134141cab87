using System.CommandLine;
using Renderer.Scenes.Model;

namespace Renderer.Cli.Commands;

/// <summary>
/// --size WxH and --aspect W:H: lay a scene out at another frame shape than its <c>video:</c> says, without a second
/// YAML file. Shared by render, still and validate so the three read alike.
/// </summary>
public sealed class FrameShapeOptions
{
    private readonly Option<string?> _size = new("--size")
    {
        Description = "Lay the scene out at this frame size instead of its video: size, e.g. 1080x1920 (portrait) or 1080x1080",
        HelpName = "WxH",
    };

    private readonly Option<string?> _aspect = new("--aspect")
    {
        Description = "Lay the scene out at this shape, keeping its short side (a 1920x1080 scene at 9:16 is 1080x1920): 9:16 | 1:1 | 16:9 | any W:H",
        HelpName = "W:H",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_size);
        command.Options.Add(_aspect);
    }

    /// <summary>The shape asked for, or null for the scene's own.</summary>
    /// <exception cref="UsageException">A size or aspect that is not one, or both given.</exception>
    public FrameShape? Resolve(ParseResult parse)
    {
        var size = parse.GetValue(_size);
        var aspect = parse.GetValue(_aspect);
        if (size is not null && aspect is not null) throw new UsageException("give --size or --aspect, not both");
        string? error;
        if (size is not null) return FrameShape.ParseSize(size, out error) ?? throw new UsageException($"--size {error}");
        if (aspect is not null) return FrameShape.ParseAspect(aspect, out error) ?? throw new UsageException($"--aspect {error}");
        return null;
    }
}
