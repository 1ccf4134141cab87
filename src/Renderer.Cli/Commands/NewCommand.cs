using System.CommandLine;
using Renderer.Language;

namespace Renderer.Cli.Commands;

/// <summary>new: a commented starter scene that validates and renders as it is, and the schema editors check it with.</summary>
public static class NewCommand
{
    public static Command Create(CliContext cli)
    {
        var name = new Argument<string>("name") { Description = "The new scene: a name (my-intro) or a path (scenes/my-intro.yaml)" };
        var command = new Command("new", """
            Write a commented starter scene, ready to validate, preview and render, and scene.schema.json beside it
            (for editor completion) if the folder has none. Never overwrites a file.

            Examples:
              renderer new my-intro              writes my-intro.yaml (and scene.schema.json)
              renderer new scenes/entropy.yaml
            """)
        {
            name,
        };
        command.SetAction((parse, cancel) => cli.Run(() =>
        {
            var given = parse.GetValue(name)!;
            var path = Path.GetExtension(given) is ".yaml" or ".yml" ? given : given + ".yaml";
            var stem = Path.GetFileNameWithoutExtension(path);
            if (stem.Length == 0 || stem.StartsWith('.')) throw new UsageException($"'{given}' is not a usable scene name; try e.g. my-intro");
            if (File.Exists(path) || Directory.Exists(path))
                throw new UsageException($"{path} already exists; choose another name ('renderer new' never overwrites)");

            var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
            Directory.CreateDirectory(directory);
            var text = Template().Replace("{{title}}", Title(stem).Replace("'", "''"), StringComparison.Ordinal)
                .Replace("{{file}}", path, StringComparison.Ordinal);
            if (!CreateNew(path, text))
                throw new UsageException($"{path} already exists; choose another name ('renderer new' never overwrites)");
            cli.Out.WriteLine($"wrote {path}");

            var schema = Path.Combine(directory, "scene.schema.json");
            if (CreateNew(schema, SceneSchema.Json()))
                cli.Out.WriteLine($"wrote {Path.Combine(Path.GetDirectoryName(path) ?? "", "scene.schema.json")} (editors complete and check keys with it)");
            cli.Out.WriteLine($"next: renderer studio {path}");
            return Task.FromResult(ExitCodes.Success);
        }));
        return command;
    }

    /// <summary>"my-first_scene" → "My first scene".</summary>
    internal static string Title(string stem)
    {
        var words = stem.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? "New scene" : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>
    /// Writes <paramref name="path"/> whole (a temporary file renamed into place) unless it exists; false if it does.
    /// The no-overwrite move is a hard link on Linux, so a file that appears meanwhile is not overwritten either.
    /// </summary>
    private static bool CreateNew(string path, string text)
    {
        if (File.Exists(path)) return false;
        var temp = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllText(temp, text);
            File.Move(temp, path, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static string Template()
    {
        using var stream = typeof(NewCommand).Assembly.GetManifestResourceStream("templates/starter.yaml")
            ?? throw new InvalidOperationException("the starter scene is missing from the CLI assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
