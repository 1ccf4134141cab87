namespace Renderer.Text;

/// <summary>A typesetter that can typeset many formulas at once, faster than one by one.</summary>
public interface IFormulaPrefetcher
{
    /// <exception cref="FormulaSetupException">Typesetting cannot go on for any formula of the scene.</exception>
    void Prefetch(IReadOnlyCollection<(string Tex, bool Display)> formulas);
}
