using System.Globalization;
using System.Text.Json;
using Renderer.Compilation;

namespace Renderer.Output;

/// <summary>
/// Each simulation's results in a few lines — every readout at the end of the run (what <c>value: ce.mean</c> shows
/// on its last frame) and the single numbers of the manifest (final estimate, standard error, loss, fitted mean and
/// sd) — so an author can write captions that quote them before rendering. Long traces are left to the manifest.
/// </summary>
public static class SimulationSummary
{
    private static readonly JsonSerializerOptions Options = new()
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static IReadOnlyList<string> Lines(CompiledScene scene)
    {
        var lines = new List<string>();
        foreach (var (name, run) in scene.Simulations)
        {
            var spec = scene.Spec.Simulations[name];
            var kind = scene.Kinds.Simulation(spec.Kind)!;
            lines.Add($"{name} ({kind.Name}, {run.StepCount.ToString("N0", CultureInfo.InvariantCulture)} steps):");
            foreach (var readout in kind.Readouts)
            {
                var value = readout.Value(run, run.StepCount);
                var text = readout.IsCount ? value.ToString("N0", CultureInfo.InvariantCulture) : Number(value);
                if (readout.Error?.Invoke(run, run.StepCount) is { } error && double.IsFinite(error)) text += $" ± {Number(error)}";
                lines.Add($"  {name}.{readout.Name} = {text}");
            }
            var manifest = JsonSerializer.SerializeToElement(kind.Manifest(run), Options);
            foreach (var (key, value) in Scalars(manifest, ""))
                lines.Add($"  manifest {key}: {value}");
        }
        return lines;
    }

    /// <summary>The manifest's single values, nested objects' as dotted names; lists (traces) are left out.</summary>
    private static IEnumerable<(string Key, string Value)> Scalars(JsonElement element, string prefix)
    {
        if (element.ValueKind != JsonValueKind.Object) yield break;
        foreach (var property in element.EnumerateObject())
        {
            var key = prefix + property.Name;
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Number:
                    yield return (key, Number(property.Value.GetDouble()));
                    break;
                case JsonValueKind.String or JsonValueKind.True or JsonValueKind.False:
                    if (property.Name != "kind") yield return (key, property.Value.ToString());
                    break;
                case JsonValueKind.Object:
                    foreach (var inner in Scalars(property.Value, key + ".")) yield return inner;
                    break;
            }
        }
    }

    private static string Number(double v) => double.IsNaN(v) ? "undefined" : v.ToString("0.######", CultureInfo.InvariantCulture);
}
