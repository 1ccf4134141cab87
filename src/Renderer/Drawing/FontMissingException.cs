namespace Renderer.Drawing;

public sealed class FontMissingException(string path)
    : Exception($"font file not found: {path}. Run tools/setup.sh (installs Debian's fonts-inter) or set {FontLibrary.DirectoryVariable} to a folder with the Inter .otf files.")
{
    public string Path { get; } = path;
}
