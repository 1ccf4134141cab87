using System.Security.Cryptography;

namespace Renderer.Output;

/// <summary>A file's length and SHA-256 (hex), to tell a whole, unchanged file from a damaged or replaced one.</summary>
public static class FileDigest
{
    public static async Task<(long Bytes, string Sha256)> ComputeAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16, useAsync: true);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        return (stream.Length, Convert.ToHexStringLower(hash));
    }
}
