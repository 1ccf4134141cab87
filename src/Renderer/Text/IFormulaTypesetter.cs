using Renderer.Frames;

namespace Renderer.Text;

/// <summary>Typesets TeX maths at compile time; the result carries only metrics and a key.</summary>
public interface IFormulaTypesetter
{
    /// <param name="tex">TeX maths source without delimiters.</param>
    /// <param name="display">Display style (\displaystyle) or inline (text) style.</param>
    Formula Typeset(string tex, bool display);
}
