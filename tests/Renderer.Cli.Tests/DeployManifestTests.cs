using YamlDotNet.RepresentationModel;

namespace Renderer.Cli.Tests;

/// <summary>
/// The shipped job definitions run as the engines would run them, where the engine itself cannot run here: the
/// Kubernetes Indexed Job's container arguments with <c>JOB_COMPLETION_INDEX</c> set, the GitHub Actions matrix's
/// commands with each matrix value and the artifacts merged as the join job downloads them, and the Slurm script's
/// task side with <c>SLURM_ARRAY_TASK_ID</c> set. Each ends with a joined video.
/// </summary>
public sealed class DeployManifestTests
{
    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Renderer.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("no Renderer.sln above the test assembly");
    }

    private static readonly Dictionary<string, string?> Clean = new()
    {
        ["JOB_COMPLETION_INDEX"] = null, ["SLURM_ARRAY_TASK_ID"] = null, ["SLURM_ARRAY_TASK_MIN"] = null, ["AWS_BATCH_JOB_ARRAY_INDEX"] = null,
        ["SLURM_JOB_ID"] = null,
    };

    private static void AllSucceed(IEnumerable<CliProcess> processes)
    {
        foreach (var p in processes.ToList())
            using (p)
                Assert.True(p.WaitForExit(TimeSpan.FromMinutes(4)) == ExitCodes.Success, p.Err);
    }

    [Fact]
    public void The_kubernetes_indexed_job_and_its_join_render_the_scene()
    {
        using var dir = new TempDir();
        var work = dir.File("work");
        Directory.CreateDirectory(work);
        File.WriteAllText(Path.Combine(work, "scene.yaml"), TestScenes.ThreeSlides);

        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Root, "deploy/k8s/render-job.yaml"))));
        var jobs = stream.Documents.Select(d => (YamlMappingNode)d.RootNode).Where(n => ((YamlScalarNode)n["kind"]).Value == "Job").ToList();
        var chunks = jobs.Single(j => ((YamlMappingNode)j["spec"]).Children.TryGetValue(new YamlScalarNode("completionMode"), out var mode) && ((YamlScalarNode)mode).Value == "Indexed");
        var join = jobs.Single(j => j != chunks);
        var completions = int.Parse(((YamlScalarNode)chunks["spec"]["completions"]).Value!);

        (string[] Args, Dictionary<string, string?> Env) Container(YamlMappingNode job)
        {
            var container = (YamlMappingNode)((YamlSequenceNode)job["spec"]["template"]["spec"]["containers"])[0];
            var args = ((YamlSequenceNode)container["args"]).Select(a => ((YamlScalarNode)a).Value!.Replace("/work", work, StringComparison.Ordinal)).ToArray();
            var env = new Dictionary<string, string?>(Clean);
            foreach (YamlMappingNode e in (YamlSequenceNode)container["env"])
                env[((YamlScalarNode)e["name"]).Value!] = ((YamlScalarNode)e["value"]).Value!.Replace("/work", work, StringComparison.Ordinal);
            return (args, env);
        }

        var (chunkArgs, chunkEnv) = Container(chunks);
        Assert.Contains("auto/" + completions, chunkArgs);
        AllSucceed(Enumerable.Range(0, completions).Select(i => CliProcess.Start(new Dictionary<string, string?>(chunkEnv) { ["JOB_COMPLETION_INDEX"] = $"{i}" }, chunkArgs)));
        var (joinArgs, joinEnv) = Container(join);
        var joined = CliProcess.Run(joinEnv, TimeSpan.FromMinutes(2), joinArgs);
        Assert.True(joined.Exit == ExitCodes.Success, joined.Err);
        Assert.True(new FileInfo(Path.Combine(work, "output", "scene.mp4")).Length > 0);
    }

    [Fact]
    public void The_github_actions_matrix_and_join_render_the_scene_from_merged_artifacts()
    {
        using var dir = new TempDir();
        var workflow = new YamlStream();
        workflow.Load(new StringReader(File.ReadAllText(Path.Combine(Root, ".github/workflows/render.yml"))));
        var root = (YamlMappingNode)workflow.Documents[0].RootNode;
        var chunks = int.Parse(((YamlScalarNode)root["env"]["CHUNKS"]).Value!);
        var jobs = (YamlMappingNode)root["jobs"];
        var matrix = ((YamlSequenceNode)jobs["chunk"]["strategy"]["matrix"]["chunk"]).Select(v => ((YamlScalarNode)v).Value!).ToList();
        Assert.Equal(Enumerable.Range(0, chunks).Select(i => $"{i}"), matrix);

        string Run(string job, string name) => ((YamlScalarNode)((YamlSequenceNode)jobs[job]["steps"]).Cast<YamlMappingNode>()
            .Single(s => s.Children.TryGetValue(new YamlScalarNode("name"), out var n) && ((YamlScalarNode)n).Value!.StartsWith(name, StringComparison.Ordinal))["run"]).Value!;
        // The workflow runs the published CLI as `dotnet renderer/Renderer.Cli.dll`; here it is the CLI these tests built.
        string Local(string command, string matrixValue) => command
            .Replace("dotnet renderer/Renderer.Cli.dll", "\"$DOTNET\" \"$CLI\"", StringComparison.Ordinal)
            .Replace("${{ matrix.chunk }}", matrixValue, StringComparison.Ordinal);
        var env = new Dictionary<string, string?>(Clean) { ["SCENE"] = "s.yaml", ["QUALITY"] = "preview", ["CHUNKS"] = $"{chunks}", ["CLI"] = CliProcess.Dll };

        // Each runner has its own checkout and its own segments folder, uploaded as an artifact.
        var runners = matrix.Select(m => Path.Combine(dir.Path, "runner-" + m)).ToList();
        foreach (var r in runners)
        {
            Directory.CreateDirectory(r);
            File.WriteAllText(Path.Combine(r, "s.yaml"), TestScenes.ThreeSlides);
        }
        AllSucceed(matrix.Select((m, i) => Bash(runners[i], Local(Run("chunk", "Render chunk"), m), env)));

        // download-artifact with merge-multiple: every runner's segments (not .tmp) in one folder.
        var joinRunner = Path.Combine(dir.Path, "join");
        Directory.CreateDirectory(joinRunner);
        File.WriteAllText(Path.Combine(joinRunner, "s.yaml"), TestScenes.ThreeSlides);
        foreach (var r in runners.Where(r => Directory.Exists(Path.Combine(r, "segments")))) // a chunk with no segments uploads nothing
            foreach (var file in Directory.GetFiles(Path.Combine(r, "segments"), "*", SearchOption.AllDirectories).Where(f => !f.Contains("/.tmp/", StringComparison.Ordinal)))
            {
                var target = Path.Combine(joinRunner, "segments", Path.GetRelativePath(Path.Combine(r, "segments"), file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
            }
        AllSucceed([Bash(joinRunner, Local(Run("join", "Join"), ""), env)]);
        Assert.True(new FileInfo(Path.Combine(joinRunner, "output", "s.mp4")).Length > 0);
    }

    [Fact]
    public void The_slurm_script_renders_its_array_task_and_joins()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("s.yaml"), TestScenes.ThreeSlides);
        var script = Path.Combine(Root, "deploy/slurm/render.sbatch");
        var env = new Dictionary<string, string?>(Clean)
        {
            ["SLURM_JOB_ID"] = "7", ["SLURM_SUBMIT_DIR"] = dir.Path, ["RENDERER"] = $"{DotnetHost()} {CliProcess.Dll}",
        };
        AllSucceed(Enumerable.Range(0, 2).Select(i => Bash(dir.Path, $"bash '{script}' chunk s.yaml 2 -q preview",
            new Dictionary<string, string?>(env) { ["SLURM_ARRAY_TASK_ID"] = $"{i + 1}", ["SLURM_ARRAY_TASK_MIN"] = "1" })));
        using var join = Bash(dir.Path, $"bash '{script}' join s.yaml 2 -q preview", env);
        Assert.True(join.WaitForExit(TimeSpan.FromMinutes(2)) == ExitCodes.Success, join.Err);
        Assert.Contains("join process:", join.Out);
        Assert.True(new FileInfo(dir.File("output/s.mp4")).Length > 0);
    }

    /// <summary>Runs a shell command line in <paramref name="folder"/> through the CLI process helper's environment handling.</summary>
    private static CliProcess Bash(string folder, string command, IReadOnlyDictionary<string, string?> env) =>
        CliProcess.StartProgram("bash", ["-c", $"cd '{folder}' && {command}"], new Dictionary<string, string?>(env) { ["CLI"] = CliProcess.Dll, ["DOTNET"] = DotnetHost() });

    private static string DotnetHost() => CliProcess.DotnetPath;
}
