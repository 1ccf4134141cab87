using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Renderer.Studio.Engine;
using Renderer.Studio.Hosting;

namespace Renderer.Cli.Commands;

/// <summary>list: a scene's slides with their numbers, start times, lengths, titles and captions.</summary>
public static class ListCommand
{
    private const int CaptionWidth = 64;
    private const int TitleWidth = 40;

    public static Command Create(CliContext cli)
    {
        var scene = new Argument<string>("scene") { Description = "Scene file (.yaml)" };
        var json = new Option<bool>("--json") { Description = "Print the outline as JSON (full titles and captions; frames 0-based, slides from 1)" };
        var command = new Command("list", """
            List a scene's slides: number (what --slide and --slides take), start time and frame, length in frames,
            title and caption. Validates the scene but runs no simulation and no TeX, so it is quick.

            Examples:
              renderer list scenes/kl.yaml
              renderer list scenes/kl.yaml --json
            """)
        {
            scene, json,
        };
        command.SetAction((parse, cancel) => cli.Run(() =>
        {
            var file = SceneArguments.Expand([parse.GetValue(scene)!]).Single();
            var outline = EngineAdapter.ReadOutline(file);
            if (parse.GetValue(json)) cli.Out.WriteLine(JsonSerializer.Serialize(outline, StudioJson.Default.SceneOutline));
            else Print(outline, cli.Out);
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    private static void Print(SceneOutline outline, TextWriter output)
    {
        output.WriteLine($"{outline.File}: {outline.Title}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{outline.Width}x{outline.Height}, {outline.Fps} fps, {Clock(outline.Seconds)} ({outline.FrameCount} frames), {outline.Slides.Count} slide{(outline.Slides.Count == 1 ? "" : "s")}"));
        output.WriteLine();
        var titles = outline.Slides.Select(s => Cut(s.Title ?? "-", TitleWidth)).ToList();
        var titleWidth = Math.Max("title".Length, titles.Max(t => t.Length));
        output.WriteLine($"{"#",3}  {"start",-8}  {"frame",6}  {"frames",6}  {"title".PadRight(titleWidth)}  caption");
        foreach (var slide in outline.Slides)
        {
            var start = Clock((double)slide.StartFrame / outline.Fps);
            var line = $"{slide.Number,3}  {start,-8}  {slide.StartFrame,6}  {slide.FrameCount,6}  {titles[slide.Number - 1].PadRight(titleWidth)}  {Cut(slide.Caption ?? "-", CaptionWidth)}";
            output.WriteLine(line.TrimEnd());
        }
    }

    /// <summary>m:ss.ss, as the studio's timeline shows it.</summary>
    internal static string Clock(double seconds)
    {
        var minutes = (int)(seconds / 60);
        return string.Create(CultureInfo.InvariantCulture, $"{minutes}:{seconds - minutes * 60:00.00}");
    }

    private static string Cut(string text, int width)
    {
        var oneLine = text.ReplaceLineEndings(" ");
        return oneLine.Length <= width ? oneLine : oneLine[..(width - 1)].TrimEnd() + "…";
    }
}
