using System.Globalization;

namespace Renderer.Segments;

/// <summary>
/// Which share of a scene's segments one process renders: chunk <see cref="Index"/> (0-based) of <see cref="Count"/>.
/// Written <c>I/N</c>, or <c>auto/N</c> to take I from the job-array engine the process runs in.
/// </summary>
public sealed record ChunkSelection(int Index, int Count)
{
    /// <summary>Where job-array engines put the task's index, in the order they are looked at.</summary>
    public static IReadOnlyList<string> IndexVariables { get; } = ["JOB_COMPLETION_INDEX", "SLURM_ARRAY_TASK_ID", "AWS_BATCH_JOB_ARRAY_INDEX"];

    /// <summary>Parses <c>I/N</c> or <c>auto/N</c>; <paramref name="environment"/> reads a variable (null: unset).</summary>
    /// <exception cref="FormatException">The text or the engine's variable is not usable; the message says what to write.</exception>
    public static ChunkSelection Parse(string text, Func<string, string?> environment)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
            throw new FormatException($"--chunk '{text}' is not I/N or auto/N (N chunks, I from 0 to N-1), e.g. 0/4 or auto/4");
        var index = parts[0] == "auto" ? FromEnvironment(count, environment)
            : int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i
            : throw new FormatException($"--chunk '{text}': '{parts[0]}' is not a chunk number (0 to {count - 1}) or 'auto'");
        if (index >= count)
            throw new FormatException($"--chunk {text}: chunk {index} does not exist; chunks are numbered 0 to {count - 1}");
        return new ChunkSelection(index, count);
    }

    private static int FromEnvironment(int count, Func<string, string?> environment)
    {
        foreach (var name in IndexVariables)
        {
            if (environment(name) is not { Length: > 0 } value) continue;
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                throw new FormatException($"--chunk auto/{count}: ${name} is '{value}', not a number");
            // Slurm arrays may start anywhere (--array=1-4); the chunk is the offset from the array's first task.
            if (name == "SLURM_ARRAY_TASK_ID" && environment("SLURM_ARRAY_TASK_MIN") is { Length: > 0 } min
                && int.TryParse(min, NumberStyles.None, CultureInfo.InvariantCulture, out var first))
                index -= first;
            return index;
        }
        throw new FormatException($"--chunk auto/{count}: none of {string.Join(", ", IndexVariables.Select(v => "$" + v))} is set; " +
            "run it as a task of a job array (Kubernetes Indexed Job, Slurm --array, AWS Batch array job) or give the chunk: --chunk I/N");
    }

    public override string ToString() => $"{Index}/{Count}";
}
