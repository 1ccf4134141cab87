using System.Globalization;

namespace Renderer.Encoding;

/// <summary>
/// The ffmpeg options of the delivery formats beside H.264 (<see cref="FfmpegArguments.H264Output"/>): WebM (VP9,
/// AV1), transparent video (VP9 with alpha, ProRes 4444), PNG sequences, the GIF's palette passes, and sound (mix,
/// loudness, muxing). Like <see cref="FfmpegArguments"/>, one place per argument, so tests and code cannot drift.
/// </summary>
public static class DeliveryArguments
{
    /// <summary>
    /// VP9 (libvpx) in WebM: constant quality (<c>-b:v 0</c> with a CRF that tracks the x264 one: 18 → 31), row
    /// multithreading, <c>good</c> deadline at speed 4, or <c>realtime</c> speed 8 for the fast qualities. Same
    /// BT.709 tags and chroma siting as the MP4.
    /// </summary>
    public static string Vp9Output(EncoderSettings settings) =>
        $"{Common(settings, alpha: false)} -c:v libvpx-vp9 {Vp9RateAndSpeed(settings)} -pix_fmt yuv420p {FfmpegArguments.Bt709Tags}{ChromaLocation(settings)} -f webm";

    /// <summary>VP9 with alpha: yuva420p (WebM stores the alpha plane as a second VP9 stream, <c>alpha_mode=1</c>);
    /// alt-ref frames off, which libvpx needs for alpha.</summary>
    public static string Vp9AlphaOutput(EncoderSettings settings) =>
        $"{Common(settings, alpha: true)} -c:v libvpx-vp9 {Vp9RateAndSpeed(settings)} -auto-alt-ref 0 -pix_fmt yuva420p {FfmpegArguments.Bt709Tags} -f webm";

    /// <summary>AV1 with SVT-AV1 in WebM: CRF tracking the x264 one (18 → 30), preset 8 (10 for the fast qualities).</summary>
    public static string Av1Output(EncoderSettings settings)
    {
        int crf = Math.Clamp(settings.Crf + 12, 0, 63);
        int preset = IsFast(settings) ? 10 : 8;
        return string.Create(CultureInfo.InvariantCulture,
            $"{Common(settings, alpha: false)} -c:v libsvtav1 -crf {crf} -preset {preset} -pix_fmt yuv420p {FfmpegArguments.Bt709Tags} -f webm");
    }

    /// <summary>ProRes 4444 (prores_ks) with a 16-bit alpha channel in QuickTime, BT.709 tags.</summary>
    public static string ProRes4444Output(EncoderSettings settings) =>
        $"{Common(settings, alpha: true)} -c:v prores_ks -profile:v 4444 -alpha_bits 16 -vendor apl0 -pix_fmt yuva444p10le {FfmpegArguments.Bt709Tags} -movflags +write_colr -f mov";

    /// <summary>
    /// Every frame of the grid (held frames repeated by <see cref="FfmpegArguments.ConstantRateFilter"/>) as PNG,
    /// numbered from 0. From yuv420p input the frames are converted back with the BT.709 matrix; for exact pixels the
    /// renderer feeds BGRA when a PNG sequence is asked for.
    /// </summary>
    public static string PngSequenceOutput(EncoderSettings settings, bool alpha)
    {
        var filters = new List<string> { FfmpegArguments.ConstantRateFilter(settings.FramesPerSecond) };
        if (settings.PixelInput == RawPixelFormat.Yuv420p) filters.Add(FromBt709);
        return $"{FfmpegArguments.Quiet} {FfmpegArguments.FrameTiming(settings)} -vf {string.Join(',', filters)} -c:v png -pix_fmt {(alpha ? "rgba" : "rgb24")} -start_number 0 -f image2";
    }

    /// <summary>
    /// The GIF's frames before the palette: the grid at <paramref name="fps"/>, scaled to <paramref name="width"/>
    /// (Lanczos, height keeping the aspect ratio, even), converted to RGB with the BT.709 matrix, stored losslessly.
    /// </summary>
    public static string GifSourceOutput(EncoderSettings settings, int width, double fps)
    {
        string matrix = settings.PixelInput == RawPixelFormat.Yuv420p ? ":in_color_matrix=bt709:in_range=tv" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{FfmpegArguments.Quiet} {FfmpegArguments.FrameTiming(settings)} -vf {FfmpegArguments.ConstantRateFilter(fps)},scale={width}:-2:flags=lanczos+accurate_rnd+full_chroma_int{matrix},format=bgr0 -fps_mode passthrough -c:v ffv1 -f matroska");
    }

    /// <summary>Pass 1 of the GIF: one 256-colour palette for the whole video, weighted to what moves (<c>stats_mode=diff</c>).</summary>
    public static IReadOnlyList<string> GifPalette(string source, string palette) =>
        ["-hide_banner", "-nostats", "-loglevel", "error", "-y", "-i", source, "-vf", "palettegen=max_colors=256:stats_mode=diff", "-frames:v", "1", "-update", "1", palette];

    /// <summary>
    /// Pass 2 of the GIF: the palette applied with an ordered (Bayer) dither, which stays still where the picture
    /// does and so compresses far better than error diffusion; only the changed rectangle of each frame is stored;
    /// loops forever.
    /// </summary>
    public static IReadOnlyList<string> GifEncode(string source, string palette, string output) =>
        ["-hide_banner", "-nostats", "-loglevel", "error", "-y", "-i", source, "-i", palette,
         "-lavfi", "[0:v][1:v]paletteuse=dither=bayer:bayer_scale=4:diff_mode=rectangle", "-loop", "0", "-f", "gif", output];

    /// <summary>
    /// Puts a sound track beside an encoded video: the video stream copied as it is, the sound encoded for the
    /// container (AAC 160 kbit/s in MP4, Opus 128 kbit/s in WebM, 16-bit PCM in QuickTime).
    /// </summary>
    public static IReadOnlyList<string> MuxSound(string video, string sound, string output, string extension)
    {
        var (codec, container) = extension switch
        {
            ".mp4" => (new[] { "-c:a", "aac", "-b:a", "160k" }, new[] { "-movflags", "+faststart", "-f", "mp4" }),
            ".webm" or ".av1.webm" => (["-c:a", "libopus", "-b:a", "128k"], ["-f", "webm"]),
            ".mov" => (["-c:a", "pcm_s16le"], ["-f", "mov"]),
            _ => throw new ArgumentException($"no sound in {extension}", nameof(extension)),
        };
        return ["-hide_banner", "-nostats", "-loglevel", "error", "-y", "-i", video, "-f", "wav", "-i", sound,
            "-map", "0:v", "-map", "1:a", "-c:v", "copy", .. codec, .. container, output];
    }

    /// <summary>Whether a container of this extension carries sound here (a GIF or an image sequence does not).</summary>
    public static bool CarriesSound(string extension) => extension is ".mp4" or ".webm" or ".av1.webm" or ".mov";

    private static string Common(EncoderSettings settings, bool alpha)
    {
        var filters = new List<string>();
        if (settings.FrameRateMode == FrameRateMode.Constant)
            filters.Add(FfmpegArguments.ConstantRateFilter(settings.FramesPerSecond));
        if (settings.PixelInput == RawPixelFormat.Bgra)
            filters.Add(alpha ? ToBt709WithAlpha : FfmpegArguments.BgraToBt709Filter);
        string conversion = filters.Count > 0 ? $" -vf {string.Join(',', filters)}" : "";
        return $"{FfmpegArguments.Quiet} {FfmpegArguments.FrameTiming(settings)}{conversion}";
    }

    /// <summary>Straight-alpha BGRA (see <see cref="UnpremultiplyingSink"/>) to YUV with the BT.709 matrix, keeping alpha.</summary>
    /// <remarks><c>setparams</c> marks the frames themselves: prores_ks takes its colour tags from the frames, not the options.</remarks>
    private const string ToBt709WithAlpha = "scale=out_color_matrix=bt709:out_range=tv:flags=accurate_rnd+full_chroma_int,setparams=colorspace=bt709:color_primaries=bt709:color_trc=bt709:range=tv";

    private const string FromBt709 = "scale=in_color_matrix=bt709:in_range=tv:flags=accurate_rnd+full_chroma_int";

    private static string Vp9RateAndSpeed(EncoderSettings settings)
    {
        int crf = Math.Clamp(settings.Crf + 13, 0, 63);
        return IsFast(settings)
            ? string.Create(CultureInfo.InvariantCulture, $"-crf {crf} -b:v 0 -row-mt 1 -deadline realtime -cpu-used 8")
            : string.Create(CultureInfo.InvariantCulture, $"-crf {crf} -b:v 0 -row-mt 1 -deadline good -cpu-used 4");
    }

    private static bool IsFast(EncoderSettings settings) => settings.Preset is "ultrafast" or "superfast";

    private static string ChromaLocation(EncoderSettings settings) =>
        settings.PixelInput == RawPixelFormat.Yuv420p ? " -chroma_sample_location center" : "";
}
