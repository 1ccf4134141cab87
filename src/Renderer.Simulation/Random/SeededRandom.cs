namespace Renderer.Simulation.Random;

/// <summary>
/// A small, fully specified pseudo-random generator: xoshiro256** (Blackman and Vigna, 2018) whose 256-bit
/// state is filled by four outputs of SplitMix64 started at the seed, exactly as the authors recommend.
/// </summary>
/// <remarks>
/// <see cref="System.Random"/> is avoided on purpose: its algorithm is an implementation detail that has
/// changed between .NET versions, and every video must be reproducible from its seed forever. This class
/// uses only 64-bit integer arithmetic, so its stream is identical on every machine and runtime.
/// Not thread-safe; not for cryptography.
/// </remarks>
public sealed class SeededRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Starts the stream for <paramref name="seed"/>; any seed (including 0) is valid.</summary>
    public SeededRandom(ulong seed)
    {
        ulong splitMixState = seed;
        _s0 = SplitMix64(ref splitMixState);
        _s1 = SplitMix64(ref splitMixState);
        _s2 = SplitMix64(ref splitMixState);
        _s3 = SplitMix64(ref splitMixState);
    }

    /// <summary>The next 64 uniformly distributed bits.</summary>
    public ulong NextUInt64()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>
    /// A uniform double in [0, 1): the top 53 bits of <see cref="NextUInt64"/> times 2^-53, so every value
    /// is an exact multiple of 2^-53 and 1 is never returned.
    /// </summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>One step of SplitMix64 (Steele, Lea and Flood, 2014), used only to expand the seed.</summary>
    internal static ulong SplitMix64(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
