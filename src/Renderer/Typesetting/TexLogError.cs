namespace Renderer.Typesetting;

/// <summary>TeX's first error from a log: the <c>! …</c> line and, when TeX gave one, the <c>l.N</c> context.</summary>
/// <param name="Message">The error line without "! ", e.g. "Undefined control sequence."</param>
/// <param name="Line">N of <c>l.N</c>: the .tex line where TeX was reading.</param>
/// <param name="Before">That line up to the point of the error.</param>
/// <param name="After">The rest of that line, not yet read.</param>
internal sealed record TexLogError(string Message, int? Line, string Before, string After);
