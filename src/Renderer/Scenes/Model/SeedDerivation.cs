namespace Renderer.Scenes.Model;

/// <summary>
/// Each simulation gets its own seed from the scene seed and its name, so adding or reordering
/// simulations never changes the samples of another one.
/// </summary>
public static class SeedDerivation
{
    public static ulong For(ulong sceneSeed, string simulationName)
    {
        // FNV-1a over UTF-16 code units: stable across machines and .NET versions (string.GetHashCode is not).
        var hash = 14695981039346656037UL;
        foreach (var c in simulationName)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return Mix(sceneSeed ^ hash);
    }

    // SplitMix64 finaliser: spreads nearby inputs over the whole range.
    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
