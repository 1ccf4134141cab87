namespace Renderer.Tests;

/// <summary>BGRA test images.</summary>
internal static class TestImages
{
    public static byte[] Solid(int width, int height, byte r, byte g, byte b)
    {
        byte[] bgra = new byte[width * height * 4];
        for (int i = 0; i < bgra.Length; i += 4)
        {
            bgra[i] = b;
            bgra[i + 1] = g;
            bgra[i + 2] = r;
            bgra[i + 3] = 255;
        }

        return bgra;
    }

    /// <summary>Noise mixed with flat runs and full-scale values, so both smooth and extreme blocks occur.</summary>
    public static byte[] Random(int width, int height, int seed)
    {
        var random = new Random(seed);
        byte[] bgra = new byte[width * height * 4];
        random.NextBytes(bgra);
        for (int i = 0; i < bgra.Length; i += 4)
        {
            switch (random.Next(6))
            {
                case 0: bgra[i] = bgra[i + 1] = bgra[i + 2] = 255; break;
                case 1: bgra[i] = bgra[i + 1] = bgra[i + 2] = 0; break;
                case 2: bgra[i + 2] = 255; bgra[i] = bgra[i + 1] = 0; break;
            }

            bgra[i + 3] = 255;
        }

        return bgra;
    }
}
