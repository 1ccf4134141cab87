using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Renderer.Cli.Tests;

public sealed class StudioCommandTests
{
    [Fact]
    public async Task It_prints_a_loopback_url_serves_the_page_and_stops_on_cancel()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("s.yaml"), TestScenes.ThreeSlides);
        using var cancel = new CancellationTokenSource();
        var (exit, output, _) = CliRunner.Start(cancel.Token, "studio", dir.File("s.yaml"), "--port", "0", "-o", dir.File("out"));

        // The address comes first, then the first compile.
        await output.WaitFor(o => o.Contains("compiled s.yaml"), "the first compile", exit);
        var text = output.ToString();
        var url = Regex.Match(text, @"studio: (http://127\.0\.0\.1:\d+/)").Groups[1].Value;
        Assert.NotEmpty(url);
        Assert.True(text.IndexOf("studio: http://", StringComparison.Ordinal) < text.IndexOf("compiled s.yaml", StringComparison.Ordinal), text);
        using (var http = new HttpClient())
        {
            Assert.Contains("Renderer Studio", await http.GetStringAsync(url));
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(url + "api/frame/0?width=160")).StatusCode);
        }

        cancel.Cancel();
        Assert.Equal(ExitCodes.Success, await exit.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("studio stopped", output.ToString());
    }

    [Fact]
    public async Task A_taken_port_is_a_runtime_failure_with_a_hint()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("s.yaml"), TestScenes.ThreeSlides);
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (exit, _, err) = await CliRunner.Run("studio", dir.File("s.yaml"), "--port", port.ToString());

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.Contains($"port {port} is taken", err);
    }

    [Theory]
    [InlineData("--host", "example.org", "is not an IP address")]
    [InlineData("--port", "70000", "--port must be from 0 to 65535")]
    public async Task Bad_addresses_are_invalid_input(string option, string value, string message)
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.File("s.yaml"), TestScenes.ThreeSlides);

        var (exit, _, err) = await CliRunner.Run("studio", dir.File("s.yaml"), option, value);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains(message, err);
    }
}
