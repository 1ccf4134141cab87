using Microsoft.Playwright;

namespace Renderer.Studio.Tests.Browser;

/// <summary>One chromium for the browser tests of a class (launching it is most of a test's fixed cost).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync() => (_playwright, Browser) = await HeadlessChromium.LaunchAsync();

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
