using System.Text.Json;
using System.Text.Json.Nodes;
using Renderer.Rendering;

namespace Renderer.Output;

/// <summary>
/// What the files beside a video take from the compiled scene: its identity and title for the manifest and the
/// page, the captions as WebVTT and SRT, and the manifest's slide and simulation records. Plain data, so a chunk can
/// store it in the segment cache and the join write the same files without loading or compiling the scene
/// (<see cref="Segments.JoinKit"/>).
/// </summary>
/// <param name="Slides">The manifest's <c>slides</c> array.</param>
/// <param name="Simulations">The manifest's <c>simulations</c> object: every run's inputs and trace.</param>
/// <param name="WebVtt">The captions as WebVTT; null when no slide has a caption.</param>
public sealed record SceneOutputs(
    string ScenePath,
    string SceneSha256,
    string Title,
    ulong Seed,
    double Fps,
    int FrameCount,
    string Theme,
    bool HasSound,
    string? WebVtt,
    string? Srt,
    JsonNode Slides,
    JsonNode Simulations,
    double LoadSeconds,
    double CompileSeconds)
{
    public static SceneOutputs From(PreparedScene scene, FrameRange range)
    {
        var compiled = scene.Compiled;
        var captioned = scene.Spec.Slides.Any(s => s.Caption is not null);
        var slides = compiled.Slides.Select(s => new
        {
            title = s.Spec.Title,
            startFrame = compiled.Timeline.StartFrame(s.Index),
            frames = compiled.Timeline.FrameCounts[s.Index],
            caption = s.Spec.Caption,
            voice = s.Spec.Voice is { } v ? new
            {
                // A recorded file by its name in the scene's folder; spoken words by the words (the clip is in the voice cache).
                file = v.Spoken is null ? Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(scene.ScenePath))!, v.File) : null,
                spoken = v.Spoken,
                seconds = v.Seconds,
            } : null,
        });
        var simulations = compiled.Simulations.ToDictionary(kv => kv.Key, kv => compiled.Kinds.Simulation(compiled.Spec.Simulations[kv.Key].Kind)!.Manifest(kv.Value));
        return new SceneOutputs(scene.ScenePath, scene.SceneSha256, scene.Spec.Title, scene.Spec.Seed, compiled.Fps, compiled.FrameCount, compiled.Theme.Name, scene.Spec.HasSound,
            captioned ? WebVttWriter.Write(compiled, range.First) : null,
            captioned ? SrtWriter.Write(compiled, range.First, range.Last + 1) : null,
            JsonSerializer.SerializeToNode(slides, RenderManifest.Options)!, JsonSerializer.SerializeToNode(simulations, RenderManifest.Options)!,
            scene.LoadTime.TotalSeconds, scene.CompileTime.TotalSeconds);
    }
}
