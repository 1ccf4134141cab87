namespace Renderer.Drawing;

public sealed class FontMissingException(string path)
    : Exception(path.Contains("DejaVu", StringComparison.Ordinal)
        ? $"font file not found: {path}. Run tools/setup.sh (installs Debian's fonts-dejavu-core) or set {FontLibrary.MonoDirectoryVariable} to a folder with the DejaVu Sans Mono .ttf files."
        : $"font file not found: {path}. Run tools/setup.sh (installs Debian's fonts-inter) or set {FontLibrary.DirectoryVariable} to a folder with the Inter .otf files.")
{
    public string Path { get; } = path;
}
