namespace Renderer.Tests;

/// <summary>
/// A fact that runs only when RENDERER_BENCH=1: measurements take minutes and need a quiet machine, so they are
/// not part of the test suite. Run: <c>RENDERER_BENCH=1 dotnet test tests/Renderer.Tests -c Release --filter Category=Benchmark --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("RENDERER_BENCH") != "1")
            Skip = "Benchmark: set RENDERER_BENCH=1 to run.";
    }
}
