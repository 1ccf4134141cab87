using System.CommandLine;
using Renderer.Language;
using Renderer.Output;
using Renderer.Processes;

namespace Renderer.Cli.Commands;

/// <summary>schema: the scene format's JSON Schema, for editors (yaml-language-server) and other tools.</summary>
public static class SchemaCommand
{
    public static Command Create(CliContext cli)
    {
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output", HelpName = "file" };
        var command = new Command("schema", """
            Print the JSON Schema of scene files. Scenes that start with
              # yaml-language-server: $schema=scene.schema.json
            get completion and checking in editors.

            Example:
              renderer schema -o scenes/scene.schema.json
            """)
        {
            output,
        };
        command.SetAction((parse, cancel) => cli.Run(() =>
        {
            var json = SceneSchema.Json();
            if (parse.GetValue(output) is { } path) AtomicFile.WriteAllText(path, json);
            else cli.Out.Write(json);
            return Task.FromResult(ExitCodes.Success);
        }, cancel));
        return command;
    }
}
