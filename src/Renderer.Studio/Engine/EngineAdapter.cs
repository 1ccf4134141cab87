using Renderer.Output;
using Renderer.Segments;
using Renderer.Formulas;
using Renderer.Compilation;
using Renderer.Drawing;
using Renderer.Encoding;
using Renderer.Frames;
using Renderer.Rendering;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Language;
using Renderer.Linting;
using Renderer.Runs;
using Renderer.Typesetting;

namespace Renderer.Studio.Engine;

/// <summary>
/// The studio's one door into the engine: load and compile a scene, its outline (frames, slides), draw a frame,
/// render a video, and turn the engine's exceptions into <see cref="SceneProblem"/>s. Everything else in the studio
/// and in the CLI's everyday commands works with the engine-free types of this folder, so when the engine's APIs
/// move only this class (and <see cref="CompiledPreview"/>) has to follow.
/// </summary>
/// <remarks>
/// An instance keeps what a recompile can reuse: the fonts, the text measurer's memo, and the TeX service with the
/// formulas it has parsed (per preamble), so saving a scene re-reads no formula from the TeX cache and re-parses no
/// SVG. Compile from one thread at a time; the previews it returns draw from any thread.
/// </remarks>
public sealed class EngineAdapter : IDisposable
{
    private readonly FontLibrary _fonts;
    private readonly SkiaTextMeasurer _measurer;
    private readonly string? _theme;
    private readonly string? _texCacheDirectory;
    private (string Preamble, TexFormulaService Service)? _tex;
    private (string Fingerprint, IReadOnlyDictionary<string, SimulationRun> Runs)? _runs;

    /// <exception cref="FontMissingException">A font file is missing.</exception>
    public EngineAdapter(string? theme = null, string? texCacheDirectory = null)
    {
        _fonts = FontLibrary.Load();
        _measurer = new SkiaTextMeasurer(_fonts);
        _theme = theme;
        _texCacheDirectory = texCacheDirectory;
    }

    /// <summary>Loads, validates and compiles a scene file (simulations run, formulas typeset).</summary>
    /// <exception cref="SceneValidationException">The scene is invalid (<see cref="Problems"/> lists why).</exception>
    /// <remarks>
    /// When the scene's seed, distributions and simulations read the same as at the last good compile
    /// (<see cref="SimulationInputs"/>), their traces are reused instead of run again: a caption edit in a scene with
    /// heavy simulations recompiles in tens of milliseconds instead of hundreds.
    /// </remarks>
    public CompiledPreview Compile(string scenePath)
    {
        string yaml;
        try
        {
            yaml = File.ReadAllText(scenePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw SceneValidationException.Single(new SourcePosition(scenePath, 1, 1), $"cannot read scene file: {e.Message}", "check the path");
        }
        // One read: the fingerprint and the spec come from the same text, even if the file changes meanwhile.
        var spec = SceneLoader.Load(yaml, scenePath);
        var tex = TexFor(spec);
        var fingerprint = SimulationInputs.Fingerprint(yaml);
        var reuse = fingerprint is not null && _runs is { } kept && kept.Fingerprint == fingerprint ? kept.Runs : null;
        var compiled = SceneCompiler.Compile(spec, BuiltInKinds.All, _measurer, tex, _theme, reuse, new Renderer.Drawing.SkiaImageDecoder());
        _runs = fingerprint is null ? null : (fingerprint, compiled.Simulations);
        return new CompiledPreview(compiled, Outline(spec, compiled.Timeline.FrameCounts), _fonts, tex);
    }

    /// <summary>The outline of a scene file, validated but not compiled: no simulation runs and no TeX, so it is quick.</summary>
    /// <exception cref="SceneValidationException">The scene is invalid.</exception>
    public static SceneOutline ReadOutline(string scenePath)
    {
        var spec = SceneLoader.LoadFile(scenePath);
        // The compiler's rule (SceneCompiler): whole frames, at least one per slide. A test holds the two equal.
        return Outline(spec, spec.Slides.Select(s => Math.Max(1, s.Duration.ToFrames(spec.Video.Fps))).ToList());
    }

    /// <summary>The outline of a scene the CLI has already prepared.</summary>
    public static SceneOutline Outline(PreparedScene scene) => Outline(scene.Spec, scene.Compiled.Timeline.FrameCounts);

    /// <summary>
    /// The files whose change should recompile the scene: the scene file, and (once scenes can use them) the images
    /// and data files it names.
    /// </summary>
    public static IReadOnlyList<string> FilesUsed(string scenePath) => [Path.GetFullPath(scenePath)];

    /// <summary>
    /// The real render, as `renderer render` makes it (MP4 through the segment cache, poster, captions, page and
    /// manifest in the output folder): after an edit only the segments whose frames changed are drawn again. The one
    /// place the studio and `renderer watch` render.
    /// </summary>
    /// <exception cref="SceneValidationException">The scene is invalid.</exception>
    public static async Task<RenderOutcome> RenderAsync(RenderRequest request, IProgress<RenderProgress>? progress, CancellationToken cancellationToken)
    {
        using var scene = PreparedScene.LoadChecked(request.ScenePath, new PrepareOptions(request.Theme, request.TexCacheDirectory));
        var settings = RenderSettings.Resolve(scene, request.Quality, range: null, request.Jobs);
        var stem = SceneRenderer.OutputStem(scene, settings, request.Theme);
        if (!SceneRenderer.CanUseSegments(scene, settings, DeliveryOptions.Default))
        {
            var whole = await SceneRenderer.RenderAsync(scene, settings, request.OutputDirectory, stem, progress, cancellationToken).ConfigureAwait(false);
            return new RenderOutcome(whole.VideoPath, whole.Frames, settings.Width, settings.Height, whole.RenderTime);
        }
        var cache = new SegmentCache(request.SegmentCacheDirectory);
        var segmented = await SceneRenderer.RenderSegmentedAsync(scene, settings, cache, request.OutputDirectory, stem, progress: progress, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        var result = segmented.Result;
        return new RenderOutcome(result.VideoPath, result.Frames, settings.Width, settings.Height, result.RenderTime, segmented.Segments.Count, segmented.Reused);
    }

    /// <summary>
    /// The layout lint's findings on a compiled version (ink outside the frame or its safe area, elements' ink
    /// overlapping, labels on their own curves, text too small), as warnings: the frame still draws. Each carries the
    /// boxes involved, the slide they are on and the frame they were seen at. Takes 0.1-0.4 s on a shipped scene, so
    /// the studio runs it after the new frame is out.
    /// </summary>
    public IReadOnlyList<SceneProblem> Lint(CompiledPreview preview)
    {
        var outline = preview.Outline;
        return LayoutLint.Check(preview.Compiled, _measurer).Select(d =>
        {
            // The lint names the element; the slide is the one whose YAML the element's line falls in.
            var slide = outline.Slides.LastOrDefault(s => s.Line <= d.Position.Line) ?? outline.Slides[0];
            int? frame = d.Areas.Count == 0 ? null
                : Math.Clamp(slide.StartFrame + (int)Math.Round(d.Areas[0].Seconds * outline.Fps), slide.StartFrame, slide.LastFrame);
            return new SceneProblem(ProblemSeverity.Warning, d.Message, d.Hint, d.Position.File, d.Position.Line, d.Position.Column)
            {
                Boxes = d.Areas.Select(a => new ProblemBox(a.X, a.Y, a.Width, a.Height)).ToList(),
                Slide = slide.Number,
                Frame = frame,
            };
        }).ToList();
    }

    /// <summary>The qualities <see cref="RenderRequest.Quality"/> accepts, cheapest first.</summary>
    public static IReadOnlyList<string> Qualities => RenderSettings.Qualities;

    /// <summary>
    /// What an exception from loading, compiling or rendering means to the author, or null if it is not the author's
    /// doing (a bug: the caller reports it as such).
    /// </summary>
    public static IReadOnlyList<SceneProblem>? Problems(Exception e) => e switch
    {
        SceneValidationException v => v.Diagnostics
            .Select(d => new SceneProblem(ProblemSeverity.Error, d.Message, d.Hint, d.Position.File, d.Position.Line, d.Position.Column))
            .ToList(),
        FontMissingException or TexToolMissingException or TexException or EncodingException or IOException or UnauthorizedAccessException =>
            [new SceneProblem(ProblemSeverity.Error, e.Message)],
        _ => null,
    };

    private static SceneOutline Outline(SceneSpec spec, IReadOnlyList<int> frameCounts)
    {
        var video = spec.Video;
        var slides = new List<SlideOutline>(spec.Slides.Count);
        var start = 0;
        for (var i = 0; i < spec.Slides.Count; i++)
        {
            var slide = spec.Slides[i];
            slides.Add(new SlideOutline(i + 1, slide.Title, slide.Caption, start, frameCounts[i], slide.At.Line));
            start += frameCounts[i];
        }
        var (designWidth, designHeight) = FrameState.DesignSize(video.Width, video.Height);
        return new SceneOutline(spec.SourceFile, spec.Title, video.Width, video.Height, video.Fps, start,
            designWidth, designHeight, slides);
    }

    private TexFormulaService TexFor(SceneSpec spec)
    {
        var preamble = TexPreamble.Create(spec.Tex.Packages, spec.Tex.Macros);
        if (_tex is { } kept && kept.Preamble == preamble.Text) return kept.Service;
        var service = new TexFormulaService(new TexTypesetter(new TexOptions { CacheDirectory = _texCacheDirectory }), preamble);
        _tex = (preamble.Text, service);
        return service;
    }

    public void Dispose() => _fonts.Dispose();
}
