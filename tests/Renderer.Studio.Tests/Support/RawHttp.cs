using System.Net.Sockets;

namespace Renderer.Studio.Tests.Support;

/// <summary>
/// Sends a request line exactly as written. HttpClient (through System.Uri) removes "../" segments before sending,
/// so it cannot ask a server for /../../etc/passwd; an attacker's tool can.
/// </summary>
internal static class RawHttp
{
    public static async Task<(int Status, string Response)> Get(Uri server, string rawPath, string? host = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        await using var stream = client.GetStream();
        var request = $"GET {rawPath} HTTP/1.1\r\nHost: {host ?? server.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(20));
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }
}
