using System.Collections.Concurrent;
using Renderer.Drawing;
using Renderer.Frames;
using Renderer.Text;
using SkiaSharp;

namespace Renderer.Typesetting;

/// <summary>
/// Connects TeX to the engine: typesets formulas for compilation (metrics and a key), and draws them for
/// the renderer. One instance per render; formulas are parsed once and shared by all workers.
/// </summary>
public sealed class TexFormulaService(TexTypesetter typesetter, TexPreamble preamble) : IFormulaTypesetter, IFormulaPainter, IFormulaPrefetcher
{
    private readonly ConcurrentDictionary<string, TypesetFormula> _formulas = new(StringComparer.Ordinal);

    public TexTypesetter Typesetter => typesetter;

    public Formula Typeset(string tex, bool display)
    {
        var key = Key(tex, display);
        if (!_formulas.TryGetValue(key, out var formula))
        {
            try
            {
                formula = typesetter.Typeset(tex, display ? TexMode.Display : TexMode.Inline, preamble);
            }
            catch (TexToolMissingException)
            {
                throw;
            }
            catch (TexException e)
            {
                throw new FormulaException($"TeX: {e.TexMessage ?? e.Message} in '{tex}'", e);
            }
            _formulas[key] = formula;
        }
        return new Formula(key, formula.Width, formula.Height, formula.Depth);
    }

    /// <summary>
    /// Typesets many formulas in one LaTeX run (a cold scene needs one process, not one per formula). If the
    /// batch fails, nothing is cached and each formula is retried alone later so the error names its element.
    /// </summary>
    public void Prefetch(IReadOnlyCollection<(string Tex, bool Display)> formulas)
    {
        var missing = formulas.Distinct().Where(f => !_formulas.ContainsKey(Key(f.Tex, f.Display))).ToList();
        if (missing.Count == 0) return;
        try
        {
            var typeset = typesetter.TypesetAll(missing.Select(f => new TexRequest(f.Tex, f.Display ? TexMode.Display : TexMode.Inline)).ToList(), preamble);
            for (var i = 0; i < missing.Count; i++) _formulas[Key(missing[i].Tex, missing[i].Display)] = typeset[i];
        }
        catch (TexToolMissingException)
        {
            throw;
        }
        catch (TexException)
        {
            // Fall through: the per-element pass reports the offending formula with its file position.
        }
    }

    public void Draw(SKCanvas canvas, Formula formula, float x, float baseline, float scale, SKColor color) =>
        _formulas[formula.Key].Draw(canvas, x, baseline, scale, color);

    public SKRect InkBounds(Formula formula) => _formulas[formula.Key].InkBounds;

    public void Prepare(Formula formula, SKColor color) => _formulas[formula.Key].Prepare(color);

    private static string Key(string tex, bool display) => (display ? "D:" : "I:") + tex;
}
