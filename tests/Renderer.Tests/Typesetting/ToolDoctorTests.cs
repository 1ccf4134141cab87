using Renderer.Typesetting;

namespace Renderer.Tests.Typesetting;

public class ToolDoctorTests
{
    [Fact]
    public void Reports_tools_and_packages()
    {
        var report = ToolDoctor.Probe();

        Assert.Equal(["ffmpeg", "ffprobe", "latex", "dvisvgm", "espeak-ng"], report.Tools.Select(t => t.Name));
        Assert.Contains(report.TexPackages, p => p.Package == "xcolor");
        // This machine is set up for rendering (tools/setup.sh); the renderer's own needs must be met.
        Assert.True(report.IsHealthy, string.Join("; ", report.Tools.Select(t => $"{t.Name}: {t.Display}")));
        Assert.StartsWith("dvisvgm ", report.Tools.Single(t => t.Name == "dvisvgm").Version);
        Assert.DoesNotContain("Copyright", report.Tools.Single(t => t.Name == "ffmpeg").Version);
        // tools/setup.sh installs espeak-ng too, for voice: { speak: caption }.
        Assert.StartsWith("eSpeak NG ", report.Tools.Single(t => t.Name == "espeak-ng").Version);
    }

    [Fact]
    public void A_missing_espeak_ng_is_optional_and_says_what_needs_it()
    {
        var report = new DoctorReport([new ToolStatus("ffmpeg", "/usr/bin/ffmpeg", "ffmpeg version 5"), new ToolStatus("espeak-ng", null, null, "voice: { speak }")], []);
        Assert.True(report.AllToolsPresent);
        Assert.Equal("missing (only voice: { speak } needs it)", report.Tools[1].Display);
        Assert.False((report with { Tools = [new ToolStatus("ffmpeg", null, null)] }).AllToolsPresent);
    }
}
