using Renderer.Kinds;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Scenes.Yaml;
using Renderer.Typesetting;

namespace Renderer.Language;

/// <summary>
/// Whole-scene checks that need the loaded scene rather than one YAML value: the <see cref="SceneLimits"/> on totals
/// (length, samples and quadrature work as each kind states them in <see cref="SimulationKind.Cost"/>, formulas), and
/// every piece of the scene's text that goes to TeX (<see cref="ElementKind.TexOf"/>) through
/// <see cref="TexSourceGuard"/> with the scene's own preamble. Running the TeX guard here makes <c>validate</c> refuse what <c>render</c> would refuse, at the
/// same place and in the same words as the compiler reports it.
/// </summary>
internal static class SceneChecks
{
    public static void Run(YamlContext context, SceneSpec scene, KindSet kinds)
    {
        CheckLength(context, scene);
        CheckWork(context, scene, kinds);
        CheckFormulas(context, scene, kinds);
    }

    private static void CheckLength(YamlContext context, SceneSpec scene)
    {
        var fps = scene.Video.Fps;
        var limit = (long)SceneLimits.MaxSeconds * fps;
        long frames = 0;
        foreach (var slide in scene.Slides)
        {
            frames += Math.Max(1, Math.Min(limit + 1, (long)Math.Round(slide.Duration.ToSeconds(fps) * fps)));
            if (frames <= limit) continue;
            context.Diagnostics.Error(slide.At, $"the video reaches {SceneLimits.MaxSeconds / 60} minutes at this slide; at most {SceneLimits.MaxSeconds / 60} minutes ({SceneLimits.Show(limit)} frames at {fps} fps)",
                "shorten the slides or split the scene");
            return;
        }
    }

    private static void CheckWork(YamlContext context, SceneSpec scene, KindSet kinds)
    {
        long samples = 0, quadrature = 0;
        foreach (var simulation in scene.Simulations.Values.OrderBy(s => s.At.Line).ThenBy(s => s.At.Column))
        {
            var cost = kinds.Simulation(simulation.Kind)?.Cost(simulation) ?? SimulationCost.None;
            samples += cost.Samples;
            if (samples > SceneLimits.MaxTotalSamples)
            {
                context.Diagnostics.Error(simulation.At, $"the simulations draw more than {SceneLimits.Show(SceneLimits.MaxTotalSamples)} samples in all (a sweep draws its samples at every step)",
                    "use fewer samples");
                samples = long.MinValue; // report once
            }

            quadrature += cost.QuadratureWork;
            if (quadrature > SceneLimits.MaxQuadratureWork)
            {
                context.Diagnostics.Error(simulation.At, $"the fits need more than {SceneLimits.Show(SceneLimits.MaxQuadratureWork)} evaluations in all (max-steps × grid points, plus landscape points × grid points)",
                    "use fewer grid points, steps or landscape points");
                quadrature = long.MinValue;
            }
        }
    }

    private static void CheckFormulas(YamlContext context, SceneSpec scene, KindSet kinds)
    {
        TexPreamble preamble;
        try
        {
            preamble = TexPreamble.Create(scene.Tex.Packages, scene.Tex.Macros);
        }
        catch (TexException)
        {
            return; // reported at the macro already; checking formulas against a broken preamble would only add noise
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var slide in scene.Slides)
        {
            if (slide.Title is not null)
                Text(slide.At, slide.Title, "fix the TeX in the slide title", "pair every '$' in the title");
            foreach (var element in slide.Elements)
            {
                foreach (var tex in kinds.Element(element.Kind)?.TexOf(element) ?? [])
                {
                    if (tex.IsFormula) Formula(element.Common.At, tex.Text, "fix the TeX in this element");
                    else Text(element.Common.At, tex.Text, "fix the TeX in this element", "pair every '$' or write '\\$' for a dollar sign");
                }
            }
        }

        void Text(SourcePosition at, string text, string fix, string pair)
        {
            var split = InlineMathParser.TrySplit(text);
            if (!split.IsSuccess)
            {
                context.Diagnostics.Error(at, split.Error!, pair);
                return;
            }

            foreach (var run in split.Runs.Where(r => r.IsMath)) Formula(at, run.Text, fix);
        }

        void Formula(SourcePosition at, string tex, string fix)
        {
            if (seen.Add(tex) && seen.Count == SceneLimits.MaxFormulas + 1)
                context.Diagnostics.Error(at, $"the scene has more than {SceneLimits.Show(SceneLimits.MaxFormulas)} different formulas", "use fewer");
            try
            {
                // Checked as TeX will get it: with the theme's colour roles written in (\P{…} becomes \textcolor[rgb]{…}{…}).
                TexSourceGuard.Validate(Themes.TexColorRoles.ForGuard(tex), TexSourceKind.Formula, preamble.Commands);
            }
            catch (TexException e)
            {
                // The compiler's words for the same refusal (TexFormulaService), so validate and render agree.
                context.Diagnostics.Error(at, $"TeX: {e.Message} in '{(tex.Length <= 200 ? tex : tex[..199] + "…")}'", fix);
            }
        }
    }
}
