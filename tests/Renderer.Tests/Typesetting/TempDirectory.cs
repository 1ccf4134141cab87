namespace Renderer.Tests.Typesetting;

/// <summary>A fresh directory under the system temp dir, deleted on dispose; each test gets its own cache.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Path = Directory.CreateTempSubdirectory("renderer-tex-test-").FullName;

    public string Path { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
