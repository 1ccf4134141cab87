using System.Globalization;
using Renderer.Kinds;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Scenes.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Renderer.Language;

/// <summary>
/// Loads a scene file into an immutable <see cref="SceneSpec"/>. Reports every problem it finds as
/// file:line:column diagnostics (via <see cref="SceneValidationException"/>), never a stack trace.
/// </summary>
public static class SceneLoader
{
    internal static readonly string[] TopLevelKeys =
        ["title", "video", "theme", "seed", "captions", "tex", "parameters", "poster", "audio", "distributions", "simulations", "slides"];

    public static readonly string[] Themes = ["dark", "light"];

    public static SceneSpec LoadFile(string path, KindSet? kinds = null, CancellationToken cancellation = default) =>
        Load(SceneFile.Read(path), path, kinds, cancellation);

    /// <summary>Loads a scene file and returns the SHA-256 (hex) of exactly the bytes that were loaded.</summary>
    public static (SceneSpec Spec, string Sha256) LoadFileWithHash(string path, KindSet? kinds = null, CancellationToken cancellation = default)
    {
        var bytes = SceneFile.ReadBytes(path);
        return (Load(SceneFile.Text(bytes), path, kinds, cancellation), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
    }

    /// <param name="kinds">The kinds the scene may use; the built-in ones by default.</param>
    /// <param name="cancellation">Stops what loading runs: espeak-ng, for a slide that speaks its caption.</param>
    public static SceneSpec Load(string yaml, string file, KindSet? kinds = null, CancellationToken cancellation = default)
    {
        if (yaml.Length > SceneLimits.MaxFileBytes)
            throw SceneValidationException.Single(new SourcePosition(file, 1, 1),
                $"the scene is {SceneLimits.Show(yaml.Length)} characters long; at most {SceneLimits.Show(SceneLimits.MaxFileBytes)}", "split it into several scenes");
        var diagnostics = new DiagnosticBag();
        var context = new YamlContext(file, diagnostics) { Cancellation = cancellation };
        var stream = new YamlStream();
        var parser = new TrackingParser(new Parser(new StringReader(yaml)));
        try
        {
            stream.Load(parser);
        }
        catch (TrackingParser.TooDeepException e)
        {
            throw SceneValidationException.Single(new SourcePosition(file, (int)e.Start.Line, (int)e.Start.Column),
                $"YAML nested more than {SceneLimits.MaxDepth} levels deep", "a scene needs a handful of levels; check the brackets");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's node builder throws these without a position for structures left open or unfinished at
            // the end of the file (found by the fuzz test: a flow mapping cut off after "of: ").
            throw SceneValidationException.Single(
                new SourcePosition(file, Math.Max(1, (int)parser.LastEnd.Line), Math.Max(1, (int)parser.LastEnd.Column)),
                "YAML syntax: the file ends inside an open list, mapping or quote",
                "close every '[', '{' and quote that is opened after this point");
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            // YamlDotNet prefixes its messages with "(Line: .., Col: ..)"; we print our own position.
            var close = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(Line", StringComparison.Ordinal) && close > 0) message = message[(close + 3)..];
            throw SceneValidationException.Single(
                new SourcePosition(file, (int)e.Start.Line, (int)e.Start.Column), $"YAML syntax: {message}",
                "check indentation, colons and quotes; quote TeX with single quotes");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw SceneValidationException.Single(new SourcePosition(file, 1, 1), "a scene file must be a YAML mapping",
                "start with 'title:', 'video:', 'distributions:', 'simulations:' and 'slides:'");

        // Limits first: the readers below may then trust sizes, lengths and counts.
        YamlLimits.Check(context, root);
        diagnostics.ThrowIfAny();

        kinds ??= BuiltInKinds.All;
        var scene = ReadScene(context, root, kinds);
        if (scene is not null) SceneChecks.Run(context, scene, kinds);
        diagnostics.ThrowIfAny();
        return scene! with { InputFiles = [.. context.Files] };
    }

    private static SceneSpec? ReadScene(YamlContext context, YamlMappingNode root, KindSet kinds)
    {
        var map = new MapReader(context, root, "the scene", TopLevelKeys);
        var title = map.String("title", required: true, hint: "give the video a title, e.g. title: Cross entropy") ?? "";
        var video = ReadVideo(map);
        var theme = map.String("theme") ?? "dark";
        if (map.Has("theme") && !Themes.Contains(theme))
            context.Error(map.Value("theme")!, $"unknown theme '{theme}'", Suggestions.Hint(theme, Themes));
        var seed = ReadSeed(map);
        var captions = map.String("captions") ?? "burn-in";
        if (captions is not ("burn-in" or "none"))
            context.Error(map.Value("captions")!, $"unknown captions mode '{captions}'", "use 'burn-in' (drawn on screen and exported as .vtt) or 'none' (.vtt only)");
        var tex = ReadTex(map);

        // Names declared but invalid are still "known": their own error is enough, references to them stay quiet.
        var declared = new DeclaredNames(Keys(map.Value("distributions")), Keys(map.Value("simulations")));
        var distributions = DistributionReader.ReadAll(map);
        var simulations = SimulationReader.ReadAll(map, kinds, distributions, seed, declared);
        var parameters = ParameterReader.ReadAll(map);
        var slides = SlideReader.ReadAll(map, new References(context, kinds, distributions, simulations, declared) { Parameters = parameters });

        return new SceneSpec(context.File, title, video, theme, seed, captions == "burn-in", distributions, simulations, slides, tex)
        {
            Parameters = parameters,
            Poster = DeliveryReader.ReadPoster(map, slides.Count),
            Audio = DeliveryReader.ReadAudio(map),
        };
    }

    private static IReadOnlySet<string> Keys(YamlNode? section) =>
        section is YamlMappingNode m ? m.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").ToHashSet() : new HashSet<string>();

    private static TexSettings ReadTex(MapReader scene)
    {
        var node = scene.Mapping("tex");
        if (node is null) return TexSettings.None;
        var map = new MapReader(scene.Context, node, "tex", ["packages", "macros"]);
        var macroNodes = map.Value("macros") switch
        {
            YamlSequenceNode seq => seq.Children.ToList(),
            YamlScalarNode one => [one],
            _ => [],
        };
        var settings = new TexSettings(map.StringList("packages") ?? [], map.StringList("macros") ?? [])
        {
            At = scene.Context.At(node),
            MacroPositions = macroNodes.Select(scene.Context.At).ToList(),
        };
        try
        {
            Typesetting.TexPreamble.Create(settings.Packages, settings.Macros);
        }
        catch (Typesetting.TexException e) when (e.MacroIndex is { } i && i < macroNodes.Count)
        {
            scene.Context.Error(macroNodes[i], "TeX: " + e.Message, "see the README's TeX section for what tex.macros may hold");
        }
        catch (Typesetting.TexException e)
        {
            scene.Context.Error(map.Value("packages") ?? node, "TeX: " + e.Message, "see the README's TeX section for what the preamble may hold");
        }
        return settings;
    }

    private static VideoSpec ReadVideo(MapReader scene)
    {
        var node = scene.Mapping("video");
        if (node is null) return VideoSpec.Default;
        var map = new MapReader(scene.Context, node, "video", ["width", "height", "fps"]);
        var width = map.Int("width", 16, 7680) ?? VideoSpec.Default.Width;
        var height = map.Int("height", 16, 4320) ?? VideoSpec.Default.Height;
        var fps = map.Int("fps", 1, MapReader.MaxFps) ?? VideoSpec.Default.Fps;
        // yuv420p halves chroma in both directions: odd sizes cannot be encoded.
        if (width % 2 != 0) scene.Context.Error(map.Value("width")!, $"video width {width} is odd", "H.264 with yuv420p needs even sizes; use an even width");
        if (height % 2 != 0) scene.Context.Error(map.Value("height")!, $"video height {height} is odd", "H.264 with yuv420p needs even sizes; use an even height");
        return new VideoSpec(width, height, fps);
    }

    private static ulong ReadSeed(MapReader map)
    {
        var node = map.Value("seed");
        if (node is null) return 1;
        if (node is YamlScalarNode { Value: { } s } && ulong.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed))
            return seed;
        map.Context.Error(node, "'seed' must be a whole number from 0 to 18446744073709551615", "e.g. seed: 7");
        return 1;
    }
}
