namespace Renderer.Studio.Hosting;

/// <summary>How `renderer studio` was asked to run.</summary>
public sealed record StudioOptions(string ScenePath)
{
    /// <summary>The first port tried when none is given; the next ones up to <see cref="PortsTried"/> follow if it is taken.</summary>
    public const int DefaultPort = 4700;

    public const int PortsTried = 20;

    /// <summary>Address to listen on; loopback unless the author opens it up on purpose.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>Port to listen on; null = <see cref="DefaultPort"/> or the next free one; 0 = any free port.</summary>
    public int? Port { get; init; }

    /// <summary>Folder the "Render" button writes into (as `renderer render -o`).</summary>
    public string OutputDirectory { get; init; } = "output";

    public string? Theme { get; init; }

    public string? TexCacheDirectory { get; init; }
}
