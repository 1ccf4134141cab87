namespace Renderer.Text;

/// <summary>A typesetter that can typeset many formulas at once, faster than one by one.</summary>
public interface IFormulaPrefetcher
{
    void Prefetch(IReadOnlyCollection<(string Tex, bool Display)> formulas);
}
