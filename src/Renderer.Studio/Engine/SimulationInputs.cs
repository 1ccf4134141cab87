using System.Text;
using YamlDotNet.RepresentationModel;

namespace Renderer.Studio.Engine;

/// <summary>
/// A fingerprint of what a scene's simulations are computed from: its <c>seed</c>, <c>distributions</c> and
/// <c>simulations</c>, as parsed YAML (values, not layout: comments, spacing and line numbers do not count). Two
/// texts with the same fingerprint have the same simulation traces, so an edit elsewhere (a caption, an element)
/// recompiles without running them again. Anything unexpected gives no fingerprint: the simulations then run.
/// </summary>
public static class SimulationInputs
{
    private static readonly string[] Keys = ["seed", "distributions", "simulations"];

    public static string? Fingerprint(string yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root) return null;
            var text = new StringBuilder();
            foreach (var key in Keys)
            {
                text.Append(key).Append('=');
                if (root.Children.TryGetValue(new YamlScalarNode(key), out var node)) Append(node, text);
                text.Append(';');
            }
            return text.ToString();
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return null;
        }
    }

    private static void Append(YamlNode node, StringBuilder text)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                // Length-prefixed, with tag and style (a quoted '1' and a plain 1 may read differently).
                var value = scalar.Value ?? "";
                text.Append('s').Append(scalar.Tag.IsEmpty ? "" : scalar.Tag.Value).Append('|').Append((int)scalar.Style).Append('|')
                    .Append(value.Length).Append(':').Append(value);
                break;
            case YamlSequenceNode sequence:
                text.Append('[');
                foreach (var item in sequence.Children) Append(item, text);
                text.Append(']');
                break;
            case YamlMappingNode mapping:
                text.Append('{');
                foreach (var (key, item) in mapping.Children)
                {
                    Append(key, text);
                    Append(item, text);
                }
                text.Append('}');
                break;
            default:
                text.Append('?');
                break;
        }
    }
}
