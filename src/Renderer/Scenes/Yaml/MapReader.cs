using System.Globalization;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Timeline;
using YamlDotNet.RepresentationModel;

namespace Renderer.Scenes.Yaml;

/// <summary>
/// Reads one YAML mapping with typed getters. Unknown keys are reported up front with a "did you mean"
/// hint; every getter reports a wrong type at the value's own line and column and returns null, so the
/// loader carries on and finds the next problem too.
/// </summary>
public sealed class MapReader
{
    private readonly YamlMappingNode _node;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    public MapReader(YamlContext context, YamlMappingNode node, string what, IReadOnlyCollection<string> allowedKeys)
    {
        Context = context;
        _node = node;
        foreach (var (keyNode, value) in node.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } scalarKey)
            {
                context.Error(keyNode, $"{what}: keys must be plain names");
                continue;
            }
            if (!allowedKeys.Contains(key))
            {
                context.Error(keyNode, $"unknown key '{key}' in {what}", Suggestions.Hint(key, allowedKeys));
                continue;
            }
            if (!_entries.TryAdd(key, (scalarKey, value)))
                context.Error(keyNode, $"duplicate key '{key}' in {what}", "each key may appear once");
        }
    }

    public YamlContext Context { get; }
    public SourcePosition Position => Context.At(_node);
    public YamlMappingNode Node => _node;

    public bool Has(string key) => _entries.ContainsKey(key);

    public YamlNode? Value(string key) => _entries.TryGetValue(key, out var e) ? e.Value : null;

    public SourcePosition PositionOf(string key) => _entries.TryGetValue(key, out var e) ? Context.At(e.Value) : Position;

    public void Require(string key, string what, string hint)
    {
        if (!Has(key)) Context.Diagnostics.Error(Position, $"{what} needs '{key}'", hint);
    }

    public string? String(string key, bool required = false, string? hint = null)
    {
        var node = Value(key);
        if (node is null)
        {
            if (required) Context.Diagnostics.Error(Position, $"missing required key '{key}'", hint);
            return null;
        }
        return ScalarString(node, key);
    }

    public string? ScalarString(YamlNode node, string key)
    {
        if (node is YamlScalarNode { Value: { } s }) return s;
        Context.Error(node, $"'{key}' must be a single value, not a {Describe(node)}");
        return null;
    }

    public double? Double(string key, double min = double.NegativeInfinity, double max = double.PositiveInfinity)
    {
        var node = Value(key);
        return node is null ? null : ParseDouble(node, key, min, max);
    }

    public double? ParseDouble(YamlNode node, string key, double min = double.NegativeInfinity, double max = double.PositiveInfinity)
    {
        if (node is not YamlScalarNode { Value: { } s } || !double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || double.IsNaN(v))
        {
            Context.Error(node, $"'{key}' must be a number", $"got {Show(node)}");
            return null;
        }
        if (!double.IsFinite(v))
        {
            // "1e999" is a number, just not one a double can hold.
            Context.Error(node, $"'{key}' is {s}, out of range", RangeHint(min, max));
            return null;
        }
        if (v < min || v > max)
        {
            Context.Error(node, $"'{key}' is {s}, outside the allowed range", RangeHint(min, max));
            return null;
        }
        return v;
    }

    public int? Int(string key, int min = int.MinValue, int max = int.MaxValue)
    {
        var node = Value(key);
        if (node is null) return null;
        if (node is not YamlScalarNode { Value: { } s } || !int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
        {
            // A whole number too large for an int is out of range, not "not a whole number".
            if (node is YamlScalarNode { Value: { } big } && System.Numerics.BigInteger.TryParse(big, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
                Context.Error(node, $"'{key}' is {big}, out of range", RangeHint(min, max));
            else
                Context.Error(node, $"'{key}' must be a whole number", $"got {Show(node)}");
            return null;
        }
        if (v < min || v > max)
        {
            Context.Error(node, $"'{key}' is {v}, outside the allowed range", RangeHint(min, max));
            return null;
        }
        return v;
    }

    public bool? Bool(string key)
    {
        var node = Value(key);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: "true" or "yes" or "on" }) return true;
        if (node is YamlScalarNode { Value: "false" or "no" or "off" }) return false;
        Context.Error(node, $"'{key}' must be true or false", $"got {Show(node)}");
        return null;
    }

    public Duration? Duration(string key, bool allowZero = true)
    {
        var node = Value(key);
        return node is null ? null : ParseDuration(node, key, allowZero);
    }

    public Duration? ParseDuration(YamlNode node, string key, bool allowZero = true)
    {
        if (node is not YamlScalarNode { Value: { } s } || !Timeline.Duration.TryParse(s, out var d))
        {
            Context.Error(node, $"'{key}' must be a duration", $"write e.g. 3s, 1.5s, 500ms or 45f; got {Show(node)}");
            return null;
        }
        // No duration can be longer than a whole video may be: its frame count then always fits an int.
        if (d.Amount > (d.Unit == DurationUnit.Frames ? (double)SceneLimits.MaxSeconds * MaxFps : SceneLimits.MaxSeconds))
        {
            Context.Error(node, $"'{key}' is {s}, out of range", $"a duration is at most {SceneLimits.MaxSeconds}s ({SceneLimits.MaxSeconds / 60} minutes)");
            return null;
        }
        if (!allowZero && d.Amount <= 0)
        {
            Context.Error(node, $"'{key}' must be longer than zero", "give a positive duration such as 2s");
            return null;
        }
        return d;
    }

    public T? Enum<T>(string key, IReadOnlyDictionary<string, T> names) where T : struct
    {
        var node = Value(key);
        if (node is null) return null;
        var s = ScalarString(node, key);
        if (s is null) return null;
        if (names.TryGetValue(s, out var v)) return v;
        Context.Error(node, $"'{s}' is not a valid {key}", Suggestions.Hint(s, names.Keys.ToList()));
        return null;
    }

    public YamlSequenceNode? Sequence(string key)
    {
        var node = Value(key);
        if (node is null) return null;
        if (node is YamlSequenceNode seq) return seq;
        Context.Error(node, $"'{key}' must be a list", $"got {Describe(node)}; write [a, b] or one '- item' per line");
        return null;
    }

    public YamlMappingNode? Mapping(string key)
    {
        var node = Value(key);
        if (node is null) return null;
        if (node is YamlMappingNode map) return map;
        Context.Error(node, $"'{key}' must be a mapping of names to values", $"got {Describe(node)}");
        return null;
    }

    public IReadOnlyList<string>? StringList(string key)
    {
        var node = Value(key);
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } single }) return [single];
        if (node is not YamlSequenceNode seq)
        {
            Context.Error(node, $"'{key}' must be a list of names", $"got {Describe(node)}");
            return null;
        }
        var result = new List<string>();
        foreach (var item in seq)
            if (ScalarString(item, key) is { } s) result.Add(s);
        return result;
    }

    public IReadOnlyList<double>? DoubleList(string key, double min = double.NegativeInfinity, double max = double.PositiveInfinity)
    {
        var seq = Sequence(key);
        if (seq is null) return null;
        var result = new List<double>();
        var ok = true;
        foreach (var item in seq)
        {
            if (ParseDouble(item, key, min, max) is { } v) result.Add(v);
            else ok = false;
        }
        return ok ? result : null;
    }

    /// <summary>The highest frame rate a scene may ask for (video.fps); bounds durations given in frames.</summary>
    internal const int MaxFps = 240;

    internal static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "value",
    };

    private static string Show(YamlNode node) => node is YamlScalarNode { Value: { } s } ? $"'{s}'" : $"a {Describe(node)}";

    private static string RangeHint(double min, double max) => (double.IsInfinity(min), double.IsInfinity(max)) switch
    {
        (false, false) => $"use a value from {Fmt(min)} to {Fmt(max)}",
        (false, true) => $"use a value of at least {Fmt(min)}",
        (true, false) => $"use a value of at most {Fmt(max)}",
        _ => "use a finite number",
    };

    private static string Fmt(double v) => v.ToString(CultureInfo.InvariantCulture);
}
