using System.Text.Json.Serialization;

namespace Renderer.Output;

/// <summary>
/// Source-generated (de)serialization of <see cref="JoinKit"/>: the join reads one per run, and reflection-based
/// System.Text.Json spends ~0.1 s building and compiling its converters in a fresh process, a tenth of a join.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(JoinKit))]
internal sealed partial class JoinKitJson : JsonSerializerContext;
