using System.Text.RegularExpressions;
using Renderer.Scenes.Model;
using YamlDotNet.RepresentationModel;

namespace Renderer.Scenes.Yaml;

/// <summary>
/// Reads an anchor: <c>id.name(.name)*</c>, the last name optionally called with comma-separated arguments, each a
/// number or an expression of the parameters. Which names an element offers is checked when the slide compiles.
/// </summary>
public static partial class AnchorReader
{
    /// <summary>Whether a value is written as an anchor (a name, a dot, more) rather than a named area or a number.</summary>
    public static bool LooksLikeAnchor(string text) => Shape().IsMatch(text) || Unquoted().IsMatch(text);

    public static AnchorSpec? Read(YamlContext context, YamlNode node, string key, IReadOnlyList<string> parameters)
    {
        if (node is YamlScalarNode { Value: { } cut } && Unquoted().IsMatch(cut) && !cut.EndsWith(')'))
        {
            context.Error(node, $"'{cut}' is cut short at a comma", "quote an anchor that has arguments: 'plot.data(1, 2)' (in a { } mapping, YAML splits at commas)");
            return null;
        }
        if (node is not YamlScalarNode { Value: { } text } scalar || !Shape().IsMatch(text))
        {
            context.Error(node, $"'{key}' must name a place on another element: id.anchor", "e.g. plot.data(0.25, 2.5), bars.P.A, eq.term(2) or box.top");
            return null;
        }
        var open = text.IndexOf('(');
        var path = open < 0 ? text : text[..open];
        var parts = path.Split('.');
        IReadOnlyList<ExpressionSpec>? arguments = null;
        if (open >= 0)
        {
            if (!text.EndsWith(')'))
            {
                context.Diagnostics.Error(ExpressionReader.Column(context.At(node), scalar, text.Length), $"'{text}' does not close its '('", "e.g. plot.data(0.25, 2.5)");
                return null;
            }
            var list = new List<ExpressionSpec>();
            var start = open + 1;
            var depth = 0;
            for (var i = start; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '(') depth++;
                else if ((c == ')' && depth-- == 0) || (c == ',' && depth == 0))
                {
                    var argument = text[start..i];
                    if (argument.Trim().Length > 0 || c == ',')
                    {
                        var read = ExpressionReader.ReadText(context, node, argument, start, key, parameters);
                        if (read is null) return null;
                        list.Add(read);
                    }
                    start = i + 1;
                }
            }
            arguments = list;
        }
        return new AnchorSpec(context.At(node), text, parts[0], parts[1..], arguments);
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)+(\(.*\))?$")]
    private static partial Regex Shape();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)+\(")]
    private static partial Regex Unquoted();
}
