using Renderer.Studio.Hosting;
using Renderer.Studio.Tests.Support;

namespace Renderer.Studio.Tests.Hosting;

public sealed class SceneFolderFilesTests : IDisposable
{
    private readonly TestFolder _outside = new();
    private readonly TestFolder _folder = new();
    private readonly SceneFolderFiles _files;

    public SceneFolderFilesTests()
    {
        File.WriteAllText(_folder.File("scene.yaml"), "title: x");
        Directory.CreateDirectory(_folder.File("data"));
        File.WriteAllText(_folder.File("data/points.csv"), "1,2");
        File.WriteAllText(_folder.File(".hidden"), "secret");
        File.WriteAllText(_outside.File("secret.txt"), "secret");
        File.CreateSymbolicLink(_folder.File("link.txt"), _outside.File("secret.txt"));
        Directory.CreateSymbolicLink(_folder.File("linked-dir"), _outside.Path);
        _files = new SceneFolderFiles(_folder.Path);
    }

    [Theory]
    [InlineData("scene.yaml", "scene.yaml")]
    [InlineData("data/points.csv", "data/points.csv")]
    [InlineData("data%2Fpoints.csv", "data/points.csv")]
    public void Files_of_the_folder_are_found(string request, string expected) =>
        Assert.Equal(Path.Combine(_folder.Path, expected), _files.Resolve(request));

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("..%2f..%2fetc%2fpasswd")]
    [InlineData("%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("%2e%2e%2f%2e%2e%2fetc%2fpasswd")]
    [InlineData("%252e%252e%252fetc%252fpasswd")]
    [InlineData("/etc/passwd")]
    [InlineData("%2fetc%2fpasswd")]
    [InlineData("data/../../etc/passwd")]
    [InlineData("..\\..\\etc\\passwd")]
    [InlineData("./scene.yaml")]
    [InlineData("data//points.csv")]
    [InlineData(".hidden")]
    [InlineData("link.txt")]
    [InlineData("linked-dir/secret.txt")]
    [InlineData("data")]
    [InlineData("missing.yaml")]
    [InlineData("scene.yaml%00.png")]
    [InlineData("")]
    public void Anything_else_is_not_found(string request) => Assert.Null(_files.Resolve(request));

    [Fact]
    public void The_outside_file_the_links_point_at_exists()
    {
        // Otherwise the link cases above would pass for the wrong reason.
        Assert.True(File.Exists(Path.Combine(_folder.Path, "linked-dir", "secret.txt")));
        Assert.Equal("secret", File.ReadAllText(_folder.File("link.txt")));
    }

    [Theory]
    [InlineData("scene.yaml", "text/plain; charset=utf-8", true)]
    [InlineData("frame.png", "image/png", true)]
    [InlineData("page.html", "application/octet-stream", false)]
    [InlineData("drawing.svg", "application/octet-stream", false)]
    public void Only_harmless_types_are_shown_inline(string name, string type, bool inline) =>
        Assert.Equal((type, inline), SceneFolderFiles.ContentType(name));

    public void Dispose()
    {
        _folder.Dispose();
        _outside.Dispose();
    }
}
