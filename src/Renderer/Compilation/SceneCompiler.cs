using Renderer.Frames;
using Renderer.Kinds;
using Renderer.Runs.Playback;
using Renderer.Runs;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Text;
using Renderer.Themes;
using Renderer.Timeline;

namespace Renderer.Compilation;

/// <summary>
/// Turns a validated scene into a <see cref="CompiledScene"/>: runs the simulations once, lays out the
/// timeline, typesets formulas and compiles elements. Problems found here (a TeX error in a formula)
/// are reported at the element's file position like validation errors.
/// </summary>
public static class SceneCompiler
{
    /// <param name="runs">Traces of this scene's simulations from an earlier compile, when the caller knows its
    /// distributions, simulations and seed are unchanged (the studio, recompiling after an edit elsewhere); they
    /// are pure functions of those, so reusing them gives the same scene without running them again.</param>
    public static CompiledScene Compile(SceneSpec spec, KindSet kinds, ITextMeasurer measurer, IFormulaTypesetter typesetter, string? themeOverride = null,
        IReadOnlyDictionary<string, SimulationRun>? runs = null, IImageDecoder? images = null)
    {
        var theme = Theme.ByName(themeOverride ?? spec.Theme);
        var (designWidth, designHeight) = FrameState.DesignSize(spec.Video.Width, spec.Video.Height);
        runs ??= SimulationRunner.RunAll(spec, kinds);
        var timeline = new SceneTimeline(spec.Video.Fps, spec.Slides.Select(s => Math.Max(1, s.Duration.ToFrames(spec.Video.Fps))).ToList());
        var parameterDiagnostics = new DiagnosticBag();
        var parameters = ParameterTimelines.Build(spec, timeline, parameterDiagnostics);
        parameterDiagnostics.ThrowIfAny();
        if (typesetter is IFormulaPrefetcher prefetcher)
        {
            var collector = new CollectingTypesetter();
            CompileSlides(spec, kinds, theme, designWidth, designHeight, timeline, parameters, runs, measurer, collector, images, new DiagnosticBag());
            try
            {
                prefetcher.Prefetch(collector.Requests);
            }
            catch (FormulaSetupException e)
            {
                // One report for the whole scene: at the macro, or at the element TeX was stopped on.
                var at = (e.Formula is { } f ? collector.SubjectOf(f) : null)
                         ?? spec.Tex.PositionOf(e.MacroIndex)
                         ?? new SourcePosition(spec.SourceFile, 1, 1);
                throw SceneValidationException.Single(at, e.Message, e.Hint);
            }
        }
        var diagnostics = new DiagnosticBag();
        var slides = CompileSlides(spec, kinds, theme, designWidth, designHeight, timeline, parameters, runs, measurer, typesetter, images, diagnostics);
        diagnostics.ThrowIfAny();
        return new CompiledScene(spec, kinds, theme, designWidth, timeline, runs, slides, measurer);
    }

    private static List<CompiledSlide> CompileSlides(SceneSpec spec, KindSet kinds, Theme theme, double designWidth, double designHeight, SceneTimeline timeline,
        IReadOnlyList<ParameterTimeline> parameters, IReadOnlyDictionary<string, SimulationRun> runs, ITextMeasurer measurer, IFormulaTypesetter typesetter,
        IImageDecoder? images, DiagnosticBag diagnostics)
    {
        var carried = runs.ToDictionary(r => r.Key, r => (double?)null);
        var slides = new List<CompiledSlide>();
        var colored = new RoleColoredTypesetter(typesetter, theme);

        for (var i = 0; i < spec.Slides.Count; i++)
        {
            var slide = spec.Slides[i];
            var seconds = (double)timeline.FrameCounts[i] / spec.Video.Fps;
            RichText? title = null;
            if (slide.Title is not null)
            {
                (typesetter as CollectingTypesetter)?.Subject = slide.At;
                try
                {
                    title = SlideTitle(slide.Title, designWidth, designHeight, measurer, colored);
                    var most = SlideLayout.MaxTitleLines(designWidth, designHeight);
                    if (title.Lines.Count > most)
                        diagnostics.Error(slide.At, most == 1
                            ? $"the slide title '{slide.Title}' does not fit on one line"
                            : $"the slide title '{slide.Title}' needs {title.Lines.Count} lines at the smallest title size; at most {most} fit in a {Shape(spec)} frame",
                            "shorten it");
                }
                catch (FormulaException e)
                {
                    diagnostics.Error(slide.At, e.Message, "fix the TeX in the slide title");
                }
                catch (Typesetting.InlineMathException e)
                {
                    diagnostics.Error(slide.At, e.Message, "pair every '$' in the title");
                }
            }
            RichText? caption = null;
            if (slide.Caption is not null)
            {
                (typesetter as CollectingTypesetter)?.Subject = slide.At;
                try
                {
                    // Captions are rendered text, so they typeset inline maths like every other text; the .vtt gets
                    // a plain-text version (PlainMath).
                    caption = RichText.Layout(slide.Caption, Typography.Caption, SlideLayout.CaptionWidth(designWidth), measurer, colored);
                    var most = SlideLayout.MaxCaptionLines(designWidth, designHeight);
                    if (spec.BurnInCaptions && caption.Lines.Count > most)
                        diagnostics.Error(slide.At, $"the caption needs {caption.Lines.Count} lines on screen; at most {most} fit in a {Shape(spec)} frame",
                            "shorten the caption or split the slide");
                }
                catch (FormulaException e)
                {
                    diagnostics.Error(slide.At, e.Message, "fix the TeX in the caption");
                }
                catch (Typesetting.InlineMathException e)
                {
                    diagnostics.Error(slide.At, e.Message, "pair every '$' in the caption or write '\\$' for a dollar sign");
                }
            }
            var content = SlideLayout.Content(designWidth, designHeight, title, spec.BurnInCaptions ? caption : null, spec.BurnInCaptions);
            var cursors = Cursors(slide, seconds, spec.Video.Fps, runs, carried);
            var elements = new List<ISlideElement>();
            var earlier = new Dictionary<string, (ISlideElement, Box)>(StringComparer.Ordinal);
            foreach (var element in slide.Elements)
            {
                (typesetter as CollectingTypesetter)?.Subject = element.Common.At;
                var context = new ElementCompileContext(spec, kinds, theme, runs, measurer, colored, SlideLayout.Place(content, element.Common.Layout))
                {
                    Parameters = parameters[i], SlideFrames = timeline.FrameCounts[i], Fps = spec.Video.Fps, Earlier = earlier, Images = images ?? ElementCompileContext.NoImageDecoder,
                };
                try
                {
                    var compiled = kinds.Element(element.Kind)!.Compile(element, context);
                    elements.Add(compiled);
                    if (element.Common.Id is { } id) earlier[id] = (compiled, context.Box);
                }
                catch (FormulaException e)
                {
                    diagnostics.Error(element.Common.At, e.Message, "fix the TeX in this element");
                }
                catch (Typesetting.InlineMathException e)
                {
                    diagnostics.Error(element.Common.At, e.Message, "pair every '$' or write '\\$' for a dollar sign");
                }
                catch (ElementValueException e)
                {
                    diagnostics.Error(e.At, e.Message, e.Hint);
                }
                catch (ElementLayoutException e)
                {
                    diagnostics.Error(element.Common.At, e.Message, e.Hint ?? "give the element a bigger box, or show fewer labels");
                }
            }
            slides.Add(new CompiledSlide(slide, i, seconds, title, content, elements, cursors, caption) { Parameters = parameters[i] });
        }
        return slides;
    }

    /// <summary>A slide title at its full size, else at smaller sizes down to the smallest, on as few lines as fit.</summary>
    private static RichText SlideTitle(string text, double designWidth, double designHeight, ITextMeasurer measurer, IFormulaTypesetter typesetter)
    {
        var width = SlideLayout.TitleWidth(designWidth);
        var most = SlideLayout.MaxTitleLines(designWidth, designHeight);
        RichText? best = null;
        foreach (var size in SlideLayout.TitleSizes(designWidth, designHeight))
        {
            best = RichText.Layout(text, Typography.SlideTitle with { Size = size }, width, measurer, typesetter, boldMath: true);
            if (best.Lines.Count == 1) return best;
        }
        // Nothing fits on one line: the largest size that fits the lines allowed, else the smallest size (an error).
        foreach (var size in SlideLayout.TitleSizes(designWidth, designHeight))
        {
            var wrapped = RichText.Layout(text, Typography.SlideTitle with { Size = size }, width, measurer, typesetter, boldMath: true);
            if (wrapped.Lines.Count <= most) return wrapped;
        }
        return best!;
    }

    private static string Shape(SceneSpec spec) => $"{spec.Video.Width}x{spec.Video.Height}";

    private static Dictionary<string, SimulationCursor> Cursors(SlideSpec slide, double seconds, int fps,
        IReadOnlyDictionary<string, SimulationRun> runs, Dictionary<string, double?> carried)
    {
        var cursors = new Dictionary<string, SimulationCursor>(StringComparer.Ordinal);
        foreach (var (name, run) in runs)
        {
            var play = slide.Plays.FirstOrDefault(p => p.Simulation == name);
            if (play is null)
            {
                // Never played yet: show the finished trace (a conclusion slide reads final numbers).
                cursors[name] = new FixedCursor(carried[name] ?? run.StepCount);
                continue;
            }
            var to = Math.Min(play.To ?? run.StepCount, run.StepCount);
            var from = Math.Min(play.From, to);
            var start = play.Start.ToSeconds(fps);
            // By default the trace finishes with a short hold so the viewer sees the final state.
            var end = play.End?.ToSeconds(fps) ?? Math.Max(start + 0.5, seconds - Math.Min(1.5, seconds * 0.15));
            cursors[name] = new PlayCursor(play.Pace, from, to, start, Math.Min(end, seconds), play.OneByOne, play.StepTime.ToSeconds(fps));
            carried[name] = to;
        }
        return cursors;
    }
}
