

namespace Renderer.Studio.Tests.Support;

/// <summary>A writer many threads may write to while a test reads what was written so far.</summary>
public sealed class LogWriter : TextWriter
{
    private readonly System.Text.StringBuilder _text = new();

    public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_text) _text.Append(value);
    }

    public override void Write(string? value)
    {
        lock (_text) _text.Append(value);
    }

    public override void WriteLine(string? value)
    {
        lock (_text) _text.Append(value).Append('\n');
    }

    public override string ToString()
    {
        lock (_text) return _text.ToString();
    }
}
