using System.CommandLine;
using Renderer.Language;
using Renderer.Output;
using Renderer.Processes;

namespace Renderer.Cli.Commands;

/// <summary>reference: the scene reference in Markdown, generated from the kinds the renderer knows.</summary>
public static class ReferenceCommand
{
    public static Command Create(CliContext cli)
    {
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output", HelpName = "file" };
        var command = new Command("reference", """
            Print the scene reference (every element and simulation kind with its keys, defaults, readouts and an
            example) as Markdown.

            Example:
              renderer reference -o docs/scene-reference.md
            """)
        {
            output,
        };
        command.SetAction((parse, cancel) => cli.Run(() =>
        {
            var markdown = SceneReference.Markdown();
            if (parse.GetValue(output) is { } path) AtomicFile.WriteAllText(path, markdown);
            else cli.Out.Write(markdown);
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }
}
