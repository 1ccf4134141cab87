using System.Globalization;
using System.Text.Json;
using Renderer.Encoding;

namespace Renderer.Sound;

/// <summary>
/// Makes a render's sound track as a WAV file of exactly the video's length: voices placed at their slides' starts
/// (to the sample), music looped, faded and ducked under the voices (sidechain compression), then loudness
/// normalised to <see cref="TargetLoudness"/> LUFS by EBU R128 in two passes (measure, then apply linearly).
/// </summary>
public static class SoundtrackMixer
{
    /// <summary>Integrated loudness of the result: −16 LUFS, the usual target for web video and podcasts.</summary>
    public const double TargetLoudness = -16;

    /// <summary>True-peak ceiling, dBTP.</summary>
    public const double TruePeak = -1.5;

    /// <summary>Loudness range target, LU.</summary>
    public const double LoudnessRange = 11;

    private static string F(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);

    public static async Task WriteAsync(SoundtrackPlan plan, string output, CancellationToken cancellationToken = default)
    {
        var mix = Path.ChangeExtension(output, ".mix.wav");
        try
        {
            await FfmpegProcess.RunAsync(MixArguments(plan, mix), "mixing the sound track", cancellationToken).ConfigureAwait(false);
            var measured = await FfmpegProcess.RunAsync(MeasureArguments(mix), "measuring loudness", cancellationToken).ConfigureAwait(false);
            await FfmpegProcess.RunAsync(NormaliseArguments(mix, output, ParseMeasurement(measured), plan.DurationSeconds), "normalising loudness", cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(mix);
        }
    }

    /// <summary>The ffmpeg arguments that mix the plan into a 32-bit float WAV at 48 kHz, stereo, exactly the render's length.</summary>
    public static IReadOnlyList<string> MixArguments(SoundtrackPlan plan, string output)
    {
        var args = new List<string> { "-hide_banner", "-nostats", "-loglevel", "error", "-y", "-protocol_whitelist", "file" };
        var graph = new List<string>();
        const string format = $"aresample=48000,aformat=sample_fmts=fltp:channel_layouts=stereo";
        for (int i = 0; i < plan.Voices.Count; i++)
        {
            AddInput(args, plan.Voices[i].File, loop: false);
            long delay = (long)Math.Round(plan.Voices[i].StartSeconds * SoundtrackPlan.SampleRate);
            graph.Add($"[{i}:a]{format},adelay=delays={delay}S:all=1[v{i}]");
        }
        string scene = F(plan.SceneSeconds);
        string? voice = null;
        if (plan.Voices.Count > 0)
        {
            string inputs = string.Concat(Enumerable.Range(0, plan.Voices.Count).Select(i => $"[v{i}]"));
            graph.Add(plan.Voices.Count == 1
                ? $"{inputs}apad=whole_dur={scene}[voice]"
                : $"{inputs}amix=inputs={plan.Voices.Count}:normalize=0:duration=longest,apad=whole_dur={scene}[voice]");
            voice = "[voice]";
        }
        string mixed;
        if (plan.Music is { } music)
        {
            AddInput(args, music.Music, loop: true);
            int m = plan.Voices.Count;
            var chain = $"[{m}:a]{format},atrim=end={scene},volume={F(music.Volume)}";
            if (music.FadeInSeconds > 0) chain += $",afade=t=in:st=0:d={F(music.FadeInSeconds)}";
            if (music.FadeOutSeconds > 0) chain += $",afade=t=out:st={F(Math.Max(0, plan.SceneSeconds - music.FadeOutSeconds))}:d={F(music.FadeOutSeconds)}";
            graph.Add(chain + ",apad=whole_dur=" + scene + "[music]");
            if (voice is not null)
            {
                // The voice keys a compressor on the music: about 15 dB down while someone speaks, back within 0.4 s.
                graph.Add("[voice]asplit=2[key][speech]");
                graph.Add("[music][key]sidechaincompress=threshold=0.015:ratio=8:attack=15:release=400[ducked]");
                graph.Add("[ducked][speech]amix=inputs=2:normalize=0:duration=first[mixed]");
                mixed = "[mixed]";
            }
            else mixed = "[music]";
        }
        else mixed = voice ?? throw new ArgumentException("a sound track needs music or a voice", nameof(plan));
        graph.Add($"{mixed}atrim=start={F(plan.StartSeconds)}:end={F(plan.StartSeconds + plan.DurationSeconds)},asetpts=PTS-STARTPTS,apad=whole_dur={F(plan.DurationSeconds)}[out]");
        args.AddRange(["-filter_complex", string.Join(';', graph), "-map", "[out]", "-c:a", "pcm_f32le", "-ar", "48000", "-f", "wav", output]);
        return args;
    }

    private static void AddInput(List<string> args, string file, bool loop)
    {
        if (loop) args.AddRange(["-stream_loop", "-1"]);
        // The demuxer named by the extension: ffmpeg does not guess (a playlist could open other files).
        args.AddRange(["-f", SoundFiles.Demuxers[Path.GetExtension(file)], "-i", "file:" + file]);
    }

    private static string Loudnorm => string.Create(CultureInfo.InvariantCulture, $"loudnorm=I={TargetLoudness}:TP={TruePeak}:LRA={LoudnessRange}");

    /// <summary>Pass 1: loudnorm measures the mix and prints its figures as JSON on stderr.</summary>
    public static IReadOnlyList<string> MeasureArguments(string mix) =>
        ["-hide_banner", "-nostats", "-loglevel", "info", "-i", mix, "-af", Loudnorm + ":print_format=json", "-f", "null", "-"];

    /// <summary>Pass 2: the measured figures make loudnorm apply one gain (linear); silence is copied as it is.</summary>
    public static IReadOnlyList<string> NormaliseArguments(string mix, string output, LoudnessMeasurement? measured, double durationSeconds)
    {
        string filter = measured is { } m
            ? string.Create(CultureInfo.InvariantCulture,
                $"{Loudnorm}:measured_I={m.IntegratedLufs}:measured_TP={m.TruePeak}:measured_LRA={m.Range}:measured_thresh={m.Threshold}:offset={m.Offset}:linear=true,aresample=48000,aformat=channel_layouts=stereo")
            : "anull";
        return ["-hide_banner", "-nostats", "-loglevel", "error", "-y", "-i", mix, "-af", filter, "-t", F(durationSeconds), "-c:a", "pcm_s24le", "-ar", "48000", "-f", "wav", output];
    }

    /// <summary>loudnorm's pass-1 figures, or null when there is nothing to normalise (silence measures −inf).</summary>
    public static LoudnessMeasurement? ParseMeasurement(string stderr)
    {
        int start = stderr.LastIndexOf('{'), end = stderr.LastIndexOf('}');
        if (start < 0 || end < start) return null;
        using var doc = JsonDocument.Parse(stderr[start..(end + 1)]);
        double? Get(string name) => doc.RootElement.TryGetProperty(name, out var v)
            && double.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : null;
        return Get("input_i") is { } i && Get("input_tp") is { } tp && Get("input_lra") is { } lra && Get("input_thresh") is { } thresh && Get("target_offset") is { } offset
            ? new LoudnessMeasurement(i, tp, lra, thresh, offset)
            : null;
    }
}

/// <summary>What loudnorm's first pass measured: integrated loudness (LUFS), true peak (dBTP), range (LU), gate threshold, offset.</summary>
public readonly record struct LoudnessMeasurement(double IntegratedLufs, double TruePeak, double Range, double Threshold, double Offset);
