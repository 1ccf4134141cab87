using System.CommandLine;
using Renderer.Drawing;
using Renderer.Typesetting;

namespace Renderer.Cli.Commands;

/// <summary>doctor: what the renderer needs from the machine, and what is missing.</summary>
public static class DoctorCommand
{
    public static Command Create(CliContext cli)
    {
        var command = new Command("doctor", "Report the versions of ffmpeg, ffprobe, latex, dvisvgm and espeak-ng (only voice: { speak } needs it), the TeX packages and fonts found, and what is missing (exit 1 if anything is).");
        command.SetAction((parse, cancel) => cli.Run(() =>
        {
            var report = ToolDoctor.Probe();
            foreach (var tool in report.Tools) cli.Out.WriteLine($"{tool.Name,-10} {tool.Display}{(tool.Path is null ? "" : $"  ({tool.Path})")}");
            foreach (var package in report.TexPackages) cli.Out.WriteLine($"{package.Package + ".sty",-14} {(package.IsPresent ? package.Path : "missing")}");
            var fontsOk = true;
            try
            {
                using var fonts = FontLibrary.Load();
                cli.Out.WriteLine($"fonts      Inter in {fonts.Directory}, DejaVu Sans Mono (code) in {fonts.MonoDirectory}");
            }
            catch (FontMissingException e)
            {
                fontsOk = false;
                cli.Out.WriteLine($"fonts      missing: {e.Message}");
            }
            var healthy = report.IsHealthy && fontsOk;
            cli.Out.WriteLine(healthy ? "everything needed is present" : "something is missing: run tools/setup.sh");
            return Task.FromResult(healthy ? ExitCodes.Success : ExitCodes.Failure);
        }, cancel));
        return command;
    }
}
