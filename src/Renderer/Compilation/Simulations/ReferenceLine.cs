namespace Renderer.Compilation.Simulations;

/// <summary>
/// An exact value a running mean is drawn against: its name in YAML ("exact", "entropy", "expected-depth"),
/// the value, its symbol in TeX ("H(P,Q)", "L_{Q}") and the theme colour role it is drawn in.
/// </summary>
public sealed record ReferenceLine(string Name, double Value, string SymbolTex, string ColorRole);
