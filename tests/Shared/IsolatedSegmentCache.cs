using System.Runtime.CompilerServices;
using Renderer.Segments;

namespace Renderer.Tests.Shared;

/// <summary>
/// Points the default segment cache of this test run, and of the CLI processes it starts, at a fresh folder, so a
/// test never reuses segments a previous run (or the developer's own renders) left in ~/.cache, and never fills it.
/// </summary>
internal static class IsolatedSegmentCache
{
#pragma warning disable CA2255 // A test assembly's one-time set-up: xunit has no assembly-wide fixture that runs before in-process CLI runs.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Initialize()
    {
        var folder = Directory.CreateTempSubdirectory("renderer-test-segments-").FullName;
        Environment.SetEnvironmentVariable(SegmentCache.EnvironmentVariable, folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { /* a process still writing; the temp folder is the system's to clean */ }
        };
    }
}
