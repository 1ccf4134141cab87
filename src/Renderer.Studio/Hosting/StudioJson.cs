using System.Text.Json;
using System.Text.Json.Serialization;
using Renderer.Studio.Engine;

namespace Renderer.Studio.Hosting;

/// <summary>The JSON the page and `renderer list --json` read: camelCase, enums as strings, nulls left out.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false)]
[JsonSerializable(typeof(StudioState))]
[JsonSerializable(typeof(RenderJobState))]
[JsonSerializable(typeof(RenderStart))]
[JsonSerializable(typeof(SceneOutline))]
[JsonSerializable(typeof(ErrorBody))]
public sealed partial class StudioJson : JsonSerializerContext;

/// <summary>The body of POST /api/render.</summary>
public sealed record RenderStart(string? Quality);

/// <summary>A refusal the page shows as is.</summary>
public sealed record ErrorBody(string Error);
