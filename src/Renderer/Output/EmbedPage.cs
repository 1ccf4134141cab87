using System.Net;
using System.Text;

namespace Renderer.Output;

/// <summary>
/// <c>&lt;scene&gt;.html</c>: the video as a blog post embeds it — a <c>&lt;video&gt;</c> with its poster (so the page
/// shows the subject, not a dark box, before playback), WebM then MP4 sources (the browser plays the first it can),
/// and the captions track. The page shows the snippet to copy under the video.
/// </summary>
public static class EmbedPage
{
    /// <param name="files">File names (beside the page) of what this render wrote: the .webm, .mp4, .jpg poster, .vtt, if any.</param>
    public static string Snippet(string title, int width, int height, string? webm, string? mp4, string? poster, string? captions, bool hasSound)
    {
        string A(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder();
        html.Append($"<video controls preload=\"metadata\" playsinline width=\"{width}\" height=\"{height}\"");
        if (poster is not null) html.Append($" poster=\"{A(poster)}\"");
        html.Append($" title=\"{A(title)}\" style=\"max-width:100%;height:auto\">\n");
        if (webm is not null) html.Append($"  <source src=\"{A(webm)}\" type='video/webm; codecs=\"vp9{(hasSound ? ", opus" : "")}\"'>\n");
        if (mp4 is not null) html.Append($"  <source src=\"{A(mp4)}\" type=\"video/mp4\">\n");
        if (captions is not null) html.Append($"  <track kind=\"captions\" src=\"{A(captions)}\" srclang=\"en\" label=\"English\" default>\n");
        html.Append("</video>");
        return html.ToString();
    }

    public static string Page(string title, string snippet) => $$"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{WebUtility.HtmlEncode(title)}}</title>
        <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}pre{background:#f4f4f4;padding:1rem;overflow:auto}</style>
        </head>
        <body>
        <h1>{{WebUtility.HtmlEncode(title)}}</h1>
        {{snippet}}
        <p>To embed it, copy the files beside this page and paste:</p>
        <pre><code>{{WebUtility.HtmlEncode(snippet)}}</code></pre>
        </body>
        </html>

        """;
}
