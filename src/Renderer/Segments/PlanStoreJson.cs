using System.Text.Json.Serialization;

namespace Renderer.Segments;

/// <summary>
/// Source-generated serialization of stored plans: a join reads one per run, and reflection-based System.Text.Json
/// would build and compile its converters in that fresh process first.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PlanStore.StoredPlan))]
internal sealed partial class PlanStoreJson : JsonSerializerContext;
