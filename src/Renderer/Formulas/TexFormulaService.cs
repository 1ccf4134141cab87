using System.Collections.Concurrent;
using Renderer.Drawing;
using Renderer.Frames;
using Renderer.Text;
using Renderer.Typesetting;
using SkiaSharp;

namespace Renderer.Formulas;

/// <summary>
/// Connects TeX to the engine: typesets formulas for compilation (metrics and a key), and draws them for
/// the renderer. One instance per render; formulas are parsed once and shared by all workers.
/// </summary>
public sealed class TexFormulaService(TexTypesetter typesetter, TexPreamble preamble) : IFormulaTypesetter, IFormulaPainter, IFormulaPrefetcher
{
    /// <summary>After this many formulas with TeX errors, the rest are not tried one batch at a time any more.</summary>
    private const int MaxBatchRetries = 10;

    private readonly ConcurrentDictionary<string, TypesetFormula> _formulas = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TexException> _failed = new(StringComparer.Ordinal);
    private readonly FormulaPictureCache _pictures = new(FormulaPictureCache.DirectoryIn(typesetter.Cache.Directory));

    public TexTypesetter Typesetter => typesetter;

    public Formula Typeset(string tex, bool display)
    {
        var key = Key(tex, display);
        if (!_formulas.TryGetValue(key, out var formula))
        {
            try
            {
                // A formula whose error is known already is not run through TeX again.
                formula = _failed.TryGetValue(key, out var known)
                    ? throw known
                    : new TypesetFormula(typesetter.Typeset(tex, display ? TexMode.Display : TexMode.Inline, preamble), _pictures);
            }
            catch (TexToolMissingException)
            {
                throw;
            }
            catch (TexException e)
            {
                throw new FormulaException($"TeX: {e.TexMessage ?? e.Message} in '{Shorten(tex)}'", e);
            }
            _formulas[key] = formula;
        }
        return new Formula(key, formula.Width, formula.Height, formula.Depth);
    }

    /// <summary>
    /// Typesets many formulas in one LaTeX run (a cold scene needs one process, not one per formula). A formula with
    /// a TeX error is set aside (its element reports it later, without running TeX again) and the rest are run again
    /// as one batch. A failing preamble, or a formula that runs TeX into a limit, stops everything at once.
    /// </summary>
    /// <exception cref="FormulaSetupException">The preamble fails, or TeX was stopped at a limit.</exception>
    public void Prefetch(IReadOnlyCollection<(string Tex, bool Display)> formulas)
    {
        var missing = formulas.Distinct().Where(f => !_formulas.ContainsKey(Key(f.Tex, f.Display)) && !_failed.ContainsKey(Key(f.Tex, f.Display))).ToList();
        var retries = 0;
        while (missing.Count > 0)
        {
            try
            {
                var typeset = typesetter.TypesetAll(missing.Select(f => new TexRequest(f.Tex, f.Display ? TexMode.Display : TexMode.Inline)).ToList(), preamble);
                for (var i = 0; i < missing.Count; i++) _formulas[Key(missing[i].Tex, missing[i].Display)] = new TypesetFormula(typeset[i], _pictures);
                return;
            }
            catch (TexToolMissingException)
            {
                throw;
            }
            catch (TexPreambleException e)
            {
                throw new FormulaSetupException($"TeX: {e.Message}", "fix this entry of tex.macros; no formula can be typeset until it works",
                    macroIndex: e.MacroIndex, inner: e);
            }
            catch (TexLimitException e)
            {
                throw new FormulaSetupException($"TeX: {e.Message}", "simplify the formula or the macros it uses; TeX runs with time and memory limits",
                    formula: e.Formula, inner: e);
            }
            catch (TexException e) when (e.Formula is { } bad && missing.Any(f => f.Tex == bad) && ++retries <= MaxBatchRetries)
            {
                foreach (var f in missing.Where(f => f.Tex == bad)) _failed[Key(f.Tex, f.Display)] = e;
                missing.RemoveAll(f => f.Tex == bad);
            }
            catch (TexException)
            {
                // Not traceable to one formula (or too many errors): each element typesets its own and reports it.
                return;
            }
        }
    }

    public void Draw(SKCanvas canvas, Formula formula, float x, float baseline, float scale, SKColor color) =>
        _formulas[formula.Key].Draw(canvas, x, baseline, scale, color);

    /// <summary>The SVG a typeset formula is drawn from: what its key stands for (segment keys hash it).</summary>
    public string Svg(Formula formula) => _formulas[formula.Key].Tex.Svg;

    /// <summary>Every formula typeset so far, by key, with its SVG.</summary>
    public IReadOnlyList<(string Key, string Svg)> TypesetSoFar() => [.. _formulas.Select(f => (f.Key, f.Value.Tex.Svg))];

    public SKRect InkBounds(Formula formula) => _formulas[formula.Key].InkBounds;

    public void Prepare(Formula formula, SKColor color) => _formulas[formula.Key].Prepare(color);

    private static string Key(string tex, bool display) => (display ? "D:" : "I:") + tex;

    private static string Shorten(string s) => s.Length <= 200 ? s : s[..199] + "…";
}
