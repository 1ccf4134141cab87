using Renderer.Formulas;
using System.Diagnostics;
using Renderer.Compilation;
using Renderer.Drawing;
using Renderer.Scenes.Model;
using Renderer.Language;
using Renderer.Linting;
using Renderer.Typesetting;

namespace Renderer.Rendering;

/// <summary>A scene loaded, validated and compiled, with the fonts and formulas its frames are drawn with.</summary>
public sealed class PreparedScene : IDisposable
{
    private PreparedScene(string path, string sha256, SceneSpec spec, CompiledScene compiled, FontLibrary fonts, TexFormulaService tex, TimeSpan load, TimeSpan compile)
    {
        ScenePath = path;
        SceneSha256 = sha256;
        Spec = spec;
        Compiled = compiled;
        Fonts = fonts;
        Tex = tex;
        Sprites = new FormulaSprites(tex);
        LoadTime = load;
        CompileTime = compile;
    }

    public string ScenePath { get; }
    public string SceneSha256 { get; }
    public SceneSpec Spec { get; }
    public CompiledScene Compiled { get; }
    public FontLibrary Fonts { get; }
    public TexFormulaService Tex { get; }

    /// <summary>Formula sprites shared by everything that draws this scene (render workers, poster, stills).</summary>
    public FormulaSprites Sprites { get; }
    public TimeSpan LoadTime { get; }
    public TimeSpan CompileTime { get; }

    /// <exception cref="Scenes.Diagnostics.SceneValidationException">The scene is invalid (including TeX errors).</exception>
    /// <exception cref="FontMissingException">A font file is missing.</exception>
    /// <exception cref="TexToolMissingException">latex or dvisvgm is missing.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> stopped a TeX run (its processes are killed).</exception>
    public static PreparedScene Load(string path, string? theme = null, string? texCacheDirectory = null, CancellationToken cancellation = default) =>
        Load(path, new PrepareOptions(theme, texCacheDirectory), cancellation);

    /// <summary>Loads and compiles a scene as <see cref="Load(string, PrepareOptions, CancellationToken)"/> does, then
    /// runs the layout lint on it: what <c>validate</c> and <c>render</c> both check before a pixel is drawn, so a scene
    /// that validates renders clean.</summary>
    /// <exception cref="Scenes.Diagnostics.SceneValidationException">The scene is invalid, or its layout is faulty (every finding, by position).</exception>
    public static PreparedScene LoadChecked(string path, PrepareOptions options, CancellationToken cancellation = default)
    {
        var scene = Load(path, options, cancellation);
        try
        {
            var findings = LayoutLint.Check(scene.Compiled, scene.Compiled.Measurer);
            if (findings.Count > 0)
                throw new Scenes.Diagnostics.SceneValidationException(findings.OrderBy(d => d.Position.Line).ThenBy(d => d.Position.Column).ToList());
            PhaseTimings.Mark("layout lint");
            return scene;
        }
        catch
        {
            scene.Dispose();
            throw;
        }
    }

    /// <summary>Loads, validates and compiles a scene: simulations run, formulas typeset through the TeX cache.</summary>
    public static PreparedScene Load(string path, PrepareOptions options, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var (spec, sha) = SceneLoader.LoadFileWithHash(path, cancellation: cancellation);
        if (options.Shape?.For(spec.Video) is { } size) spec = spec with { Video = spec.Video with { Width = size.Width, Height = size.Height } };
        var load = clock.Elapsed;
        PhaseTimings.Mark("load YAML");
        var fonts = FontLibrary.Load();
        try
        {
            var typesetter = new TexTypesetter(new TexOptions { CacheDirectory = options.TexCacheDirectory }, cancellation);
            var tex = new TexFormulaService(typesetter, TexPreamble.Create(spec.Tex.Packages, spec.Tex.Macros));
            var compiled = SceneCompiler.Compile(spec, BuiltInKinds.All, new SkiaTextMeasurer(fonts), tex, options.Theme, images: new SkiaImageDecoder());
            PhaseTimings.Mark("compile (simulations, TeX)");
            return new PreparedScene(path, sha, spec, compiled, fonts, tex, load, clock.Elapsed - load);
        }
        catch
        {
            fonts.Dispose();
            throw;
        }
    }

    /// <summary>
    /// What the frames read besides the scene file and the formulas, one line each: every file the scene names, by
    /// SHA-256 as loaded; the theme (its colours are code, in the build); the video's size and rate and the design size.
    /// Part of a stored segment plan's fingerprint (Segments/PlanFingerprint).
    /// </summary>
    public string FrameInputs()
    {
        var text = new System.Text.StringBuilder();
        foreach (var file in Spec.InputFiles)
            text.Append("file ").Append(file.Sha256).Append(' ').Append(file.Name.Length).Append(' ').Append(file.Name).Append('\n');
        var video = Compiled.Spec.Video;
        text.Append(System.Globalization.CultureInfo.InvariantCulture,
            $"theme {Compiled.Theme.Name}\nvideo {video.Width}x{video.Height} {video.Fps} design {Compiled.DesignWidth:R}x{Compiled.DesignHeight:R}\n");
        return text.ToString();
    }

    public SceneFrameSource FrameSource(int width, int height, bool transparent = false) => new(Compiled, Fonts, Tex, width, height, transparent, Sprites);

    /// <summary>One frame as PNG bytes, drawn exactly as the video draws it.</summary>
    public byte[] StillPng(int frame, int width, int height)
    {
        using var renderer = new SkiaFrameRenderer(Fonts, Tex, width, height, Sprites);
        return renderer.Png(Evaluation.FrameEvaluator.Evaluate(Compiled, frame));
    }

    public void Dispose()
    {
        Sprites.Dispose();
        Fonts.Dispose();
    }
}
