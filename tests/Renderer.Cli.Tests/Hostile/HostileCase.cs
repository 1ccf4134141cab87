using System.Text.RegularExpressions;

namespace Renderer.Cli.Tests.Hostile;

/// <summary>
/// One case of the hostile corpus: a scene file (Cases/*.yaml) whose first three lines say what it tries, the exit
/// code expected, and the start of the first error line after "file:" (or "(none)"); an optional fourth line gives
/// extra command-line arguments for both validate and render (a layout case checked at another shape).
/// <code>
/// # hostile: TeX: the reported bypass: \^^69nput is \input
/// # exit: 2
/// # first: 14:9: error: TeX: a backslash followed by '^^' is not allowed in formulas: …
/// # args: --aspect 9:16
/// </code>
/// "# exit: 2 (validate --quick: 0; …)" marks a problem only TeX or the layout lint can find: <c>validate --quick</c>
/// passes it, while plain <c>validate</c> must agree with <c>render</c>.
/// </summary>
public sealed partial record HostileCase(string Name, string Path, string Category, string What, int Exit, int QuickExit, string First, IReadOnlyList<string> Args)
{
    public static string Folder => System.IO.Path.Combine(AppContext.BaseDirectory, "Hostile", "Cases");

    public static HostileCase Load(string path)
    {
        var lines = File.ReadAllText(path).TrimStart('\uFEFF').Split('\n', 5);
        var header = Header().Match(lines[0]);
        var exit = ExitLine().Match(lines[1]);
        if (!header.Success || !exit.Success || !lines[2].StartsWith("# first: ", StringComparison.Ordinal))
            throw new FormatException($"{path}: the first three lines must be '# hostile: …', '# exit: N' and '# first: …'");
        var code = int.Parse(exit.Groups["exit"].Value);
        var quick = exit.Groups["quick"].Success ? int.Parse(exit.Groups["quick"].Value) : code;
        var args = lines.Length > 3 && lines[3].StartsWith("# args: ", StringComparison.Ordinal)
            ? lines[3]["# args: ".Length..].TrimEnd('\r').Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : [];
        return new HostileCase(System.IO.Path.GetFileNameWithoutExtension(path), path, header.Groups["category"].Value, header.Groups["what"].Value,
            code, quick, lines[2]["# first: ".Length..].TrimEnd('\r'), args);
    }

    public static IEnumerable<HostileCase> All() =>
        Directory.EnumerateFiles(Folder, "*.yaml").Order(StringComparer.Ordinal).Select(Load);

    public override string ToString() => Name;

    [GeneratedRegex(@"^\uFEFF?# hostile: (?<category>[A-Za-z]+): (?<what>.+)$")]
    private static partial Regex Header();

    [GeneratedRegex(@"^# exit: (?<exit>\d+)( \(validate --quick: (?<quick>\d+).*\))?\s*$")]
    private static partial Regex ExitLine();
}
