using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using FFMpegCore;

namespace Renderer.Encoding;

/// <summary>
/// What must be equal for encoded pieces to join by stream copy into one valid stream: codec, profile, size, pixel
/// layout, time base and the codec's extradata (H.264 SPS and PPS), plus each piece's own length, named as ffprobe names them.
/// </summary>
public sealed record StreamParameters(string Codec, string Profile, int Width, int Height, string PixelFormat, string TimeBase, string Extradata, double DurationSeconds)
{
    /// <summary>The parameters that must match between pieces (everything but the duration).</summary>
    public string Compatibility => $"{Codec} {Profile} {Width}x{Height} {PixelFormat} time base {TimeBase} extradata {Extradata}";

    /// <summary>
    /// Read in this process when the file is an H.264 MP4 our encoder could have made (<see cref="AvcStreamInfo"/>,
    /// the same values), else with ffprobe.
    /// </summary>
    /// <exception cref="EncodingException">ffprobe failed or the file has no video stream (e.g. a truncated file).</exception>
    public static async Task<StreamParameters> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        try
        {
            if (AvcStreamInfo.Read(path) is { } read) return read;
        }
        catch (Mp4.Mp4FormatException)
        {
            // ffprobe reads more kinds of file, and words what is wrong with a damaged one.
        }
        return await ProbeAsync(path, cancellationToken).ConfigureAwait(false);
    }

    /// <exception cref="EncodingException">ffprobe failed or the file has no video stream (e.g. a truncated file).</exception>
    public static async Task<StreamParameters> ProbeAsync(string path, CancellationToken cancellationToken = default)
    {
        var psi = new ProcessStartInfo(GlobalFFOptions.GetFFProbeBinaryPath()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])["-v", "error", "-select_streams", "v:0", "-show_entries",
                     "stream=codec_name,profile,width,height,pix_fmt,time_base,extradata_hash:format=duration", "-show_data_hash", "SHA256", "-of", "json", path])
            psi.ArgumentList.Add(a);
        using var process = Process.Start(psi) ?? throw new EncodingException("could not start ffprobe", []);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var json = await output.ConfigureAwait(false);
        var stderr = await error.ConfigureAwait(false);
        if (process.ExitCode != 0)
            throw new EncodingException($"ffprobe could not read '{path}'", stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), process.ExitCode);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (!root.TryGetProperty("streams", out var streams) || streams.GetArrayLength() == 0)
            throw new EncodingException($"'{path}' has no video stream", []);
        var s = streams[0];
        string Text(string name) => s.TryGetProperty(name, out var v) ? v.ToString() : "";
        int Number(string name) => s.TryGetProperty(name, out var v) && v.TryGetInt32(out var n) ? n : 0;
        var duration = root.TryGetProperty("format", out var format) && format.TryGetProperty("duration", out var d)
            && double.TryParse(d.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? seconds : double.NaN;
        return new StreamParameters(Text("codec_name"), Text("profile"), Number("width"), Number("height"), Text("pix_fmt"), Text("time_base"), Text("extradata_hash"), duration);
    }
}
