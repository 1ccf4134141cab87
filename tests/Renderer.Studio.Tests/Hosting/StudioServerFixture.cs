using Renderer.Studio.Hosting;
using Renderer.Studio.Tests.Support;

namespace Renderer.Studio.Tests.Hosting;

/// <summary>A studio on a small scene, shared by the HTTP tests of a class.</summary>
public sealed class StudioServerFixture : IAsyncLifetime
{
    private readonly TestFolder _folder = new();
    private readonly TestFolder _output = new();

    public StudioServer Server { get; private set; } = null!;
    public string ScenePath => _folder.File("scene.yaml");
    public string SceneFolder => _folder.Path;
    public string OutputFolder => _output.Path;
    public LogWriter Log { get; } = new();
    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        File.WriteAllText(ScenePath, TestScenes.TwoSlides);
        Server = await StudioServer.StartAsync(new StudioOptions(ScenePath) { Port = 0, OutputDirectory = _output.Path }, Log);
        Http = new HttpClient { BaseAddress = Server.Url, Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        _folder.Dispose();
        _output.Dispose();
    }
}
