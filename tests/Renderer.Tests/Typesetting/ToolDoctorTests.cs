using Renderer.Typesetting;

namespace Renderer.Tests.Typesetting;

public class ToolDoctorTests
{
    [Fact]
    public void Reports_tools_and_packages()
    {
        var report = ToolDoctor.Probe();

        Assert.Equal(["ffmpeg", "ffprobe", "latex", "dvisvgm"], report.Tools.Select(t => t.Name));
        Assert.Contains(report.TexPackages, p => p.Package == "xcolor");
        // This machine is set up for rendering (tools/setup.sh); the renderer's own needs must be met.
        Assert.True(report.IsHealthy, string.Join("; ", report.Tools.Select(t => $"{t.Name}: {t.Display}")));
        Assert.StartsWith("dvisvgm ", report.Tools.Single(t => t.Name == "dvisvgm").Version);
        Assert.DoesNotContain("Copyright", report.Tools.Single(t => t.Name == "ffmpeg").Version);
    }
}
