using System.Text.Json;

namespace Renderer.Cli.Tests;

/// <summary>`still --slide N [--at ...]` and `render --slides A..B`: slides numbered from 1, as `list` prints them.</summary>
public sealed class SlideOptionTests
{
    [Theory]
    [InlineData(new[] { "--slide", "3" }, 60)]                  // the middle of slide 3 (frames 45..74)
    [InlineData(new[] { "--slide", "3", "--at", "70%" }, 66)]   // 45 + floor(0.7 * 30)
    [InlineData(new[] { "--slide", "3", "--at", "100%" }, 74)]  // the slide's last frame
    [InlineData(new[] { "--slide", "2", "--at", "0.2s" }, 36)]  // 30 + 6
    [InlineData(new[] { "--slide", "2", "--at", "3f" }, 33)]
    [InlineData(new[] { "--at", "50%" }, 37)]                   // a share of the whole scene
    public async Task Still_picks_the_frame_within_the_slide(string[] options, int frame)
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("s.yaml"), TestScenes.ThreeSlides);

        var (exit, output, err) = await CliRunner.Run(["still", dir.File("s.yaml"), .. options, "--width", "160", "-o", dir.File("a.png")]);
        Assert.True(exit == ExitCodes.Success, err);
        Assert.Contains($"frame {frame}, 160x90", output);

        // The same picture as asking for that frame by number.
        var byFrame = await CliRunner.Run("still", dir.File("s.yaml"), "--frame", frame.ToString(), "--width", "160", "-o", dir.File("b.png"));
        Assert.Equal(ExitCodes.Success, byFrame.Exit);
        Assert.Equal(File.ReadAllBytes(dir.File("b.png")), File.ReadAllBytes(dir.File("a.png")));
    }

    [Theory]
    [InlineData(new[] { "--slide", "4" }, "the scene has slides 1..3")]
    [InlineData(new[] { "--slide", "0" }, "the scene has slides 1..3")]
    [InlineData(new[] { "--slide", "2", "--at", "0.5s" }, "past the end of slide 2")]
    [InlineData(new[] { "--slide", "2", "--at", "120%" }, "not a percentage")]
    [InlineData(new[] { "--slide", "2", "--frame", "3" }, "not both")]
    public async Task Still_rejects_slides_and_times_that_do_not_exist(string[] options, string message)
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("s.yaml"), TestScenes.ThreeSlides);

        var (exit, _, err) = await CliRunner.Run(["still", dir.File("s.yaml"), .. options, "-o", dir.File("x.png")]);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains(message, err);
        Assert.False(File.Exists(dir.File("x.png")));
    }

    [Theory]
    [InlineData("2..3", 30, 74)]
    [InlineData("2", 30, 44)]
    [InlineData("1..1", 0, 29)]
    public async Task Render_of_slides_renders_exactly_their_frames(string slides, int first, int last)
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("s.yaml"), TestScenes.ThreeSlides);

        var (exit, output, err) = await CliRunner.Run("render", dir.File("s.yaml"), "--slides", slides, "-q", "preview", "-o", dir.File("out"));

        Assert.True(exit == ExitCodes.Success, err);
        Assert.Contains($"({last - first + 1} frames,", output);
        var stem = dir.File($"out/s.frames-{first}-{last}");
        Assert.True(new FileInfo(stem + ".mp4").Length > 500);
        using var manifest = JsonDocument.Parse(File.ReadAllText(stem + ".json"));
        var frames = manifest.RootElement.GetProperty("settings").GetProperty("frames");
        Assert.Equal((first, last), (frames.GetProperty("first").GetInt32(), frames.GetProperty("last").GetInt32()));
        Assert.Equal(last - first + 1, manifest.RootElement.GetProperty("output").GetProperty("frameCount").GetInt32());
    }

    [Theory]
    [InlineData(new[] { "--slides", "3..2" }, "not a slide range")]
    [InlineData(new[] { "--slides", "0..1" }, "not a slide range")]
    [InlineData(new[] { "--slides", "two" }, "not a slide range")]
    [InlineData(new[] { "--slides", "2..4" }, "the scene has slides 1..3")]
    [InlineData(new[] { "--slides", "2", "--frames", "0..3" }, "not both")]
    public async Task Render_rejects_slide_ranges_that_do_not_exist(string[] options, string message)
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("s.yaml"), TestScenes.ThreeSlides);

        var (exit, _, err) = await CliRunner.Run(["render", dir.File("s.yaml"), .. options, "-o", dir.File("out")]);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains(message, err);
        Assert.False(Directory.Exists(dir.File("out")) && Directory.EnumerateFiles(dir.File("out")).Any());
    }
}
