namespace Renderer.Cli;

/// <summary>Expands command-line scene arguments: files as given, folders to their *.yaml files in name order.</summary>
public static class SceneArguments
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> arguments)
    {
        var files = new List<string>();
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                var found = Directory.EnumerateFiles(argument, "*.yaml").Concat(Directory.EnumerateFiles(argument, "*.yml"))
                    .Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0) throw new UsageException($"no .yaml scene files in folder '{argument}'");
                files.AddRange(found);
            }
            else if (File.Exists(argument)) files.Add(argument);
            else throw new UsageException($"scene file or folder not found: '{argument}'");
        }
        return files;
    }
}
