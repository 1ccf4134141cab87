using System.Globalization;
using Renderer.Scenes.Diagnostics;
using Renderer.Scenes.Model;
using Renderer.Scenes.Yaml;
using Renderer.Sound;
using Renderer.Text;
using Renderer.Timeline;
using YamlDotNet.RepresentationModel;

namespace Renderer.Language;

/// <summary>
/// Reads what a scene says about delivery: its poster's moment (<c>poster:</c>), its music (<c>audio:</c>) and each
/// slide's narration (<c>voice:</c>, and <c>duration: voice</c>). Sound files are checked here, so a missing,
/// unreadable or non-audio file is an error at its line and column when the scene loads; words to speak
/// (<c>voice: { speak: caption }</c>) are spoken here too (through the voice cache), so <c>duration: voice</c> knows
/// their length and a missing espeak-ng is an error at the <c>speak</c> key.
/// </summary>
internal static class DeliveryReader
{
    public static readonly string[] PosterKeys = ["slide", "at"];
    public static readonly string[] AudioKeys = ["music", "volume", "fade-in", "fade-out"];
    public static readonly string[] VoiceKeys = ["file", "speak", "padding"];

    /// <summary>The value of <c>speak</c> that speaks the slide's caption; any other text is spoken as it is.</summary>
    public const string SpeakCaption = "caption";

    /// <summary>What <c>duration: voice</c> adds to the clip's length, so a slide does not end on the last syllable.</summary>
    public static readonly Duration DefaultPadding = Duration.Seconds(0.75);

    public static PosterSpec? ReadPoster(MapReader scene, int slideCount)
    {
        var node = scene.Mapping("poster");
        if (node is null) return null;
        var map = new MapReader(scene.Context, node, "poster", PosterKeys);
        map.Require("slide", "the poster", "e.g. poster: { slide: 2, at: 80% }");
        var slide = map.Int("slide", 1, Math.Max(1, slideCount)) ?? 1;
        double? share = null;
        Duration? time = null;
        if (map.Value("at") is YamlScalarNode { Value: { } at } atNode)
        {
            if (at.EndsWith('%'))
            {
                if (double.TryParse(at[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) && percent is >= 0 and <= 100)
                    share = percent / 100;
                else scene.Context.Error(atNode, $"poster 'at' '{at}' is not a share from 0% to 100%", "e.g. at: 80%");
            }
            else time = map.Duration("at");
        }
        return new PosterSpec(map.Position, slide, share, time);
    }

    public static AudioSpec? ReadAudio(MapReader scene)
    {
        var node = scene.Mapping("audio");
        if (node is null) return null;
        var map = new MapReader(scene.Context, node, "audio", AudioKeys);
        map.Require("music", "audio", "e.g. audio: { music: music.ogg, volume: 0.3 }");
        var music = map.Value("music") is YamlScalarNode { Value: { } name } musicNode ? SoundFile(scene.Context, musicNode, name) : null;
        var volume = map.Double("volume", 0, 1) ?? 0.3;
        var fadeIn = Seconds(map, "fade-in") ?? 0;
        var fadeOut = Seconds(map, "fade-out") ?? 0;
        return music is null ? null : new AudioSpec(map.Position, music.Value.Path, volume, fadeIn, fadeOut);
    }

    /// <summary>The slide's voice, if it has one, and the duration it asks for with <c>duration: voice</c>.</summary>
    /// <param name="caption">The slide's caption, which <c>speak: caption</c> speaks.</param>
    public static VoiceSpec? ReadVoice(MapReader slide, string? caption, out Duration? padding)
    {
        padding = null;
        var node = slide.Value("voice");
        if (node is null) return null;
        YamlScalarNode? fileNode = null;
        if (node is YamlScalarNode scalar) fileNode = scalar;
        else if (node is YamlMappingNode mapping)
        {
            var map = new MapReader(slide.Context, mapping, "voice", VoiceKeys);
            padding = Seconds(map, "padding") is { } p ? Duration.Seconds(p) : null;
            if (map.Has("speak"))
            {
                if (map.Has("file"))
                {
                    slide.Context.Error(map.Value("file")!, "'voice' has both 'file' and 'speak'", "give one: a recorded file, or words to speak");
                    return null;
                }
                if (map.Value("speak") is YamlScalarNode { Value: { } words } speakNode) return Spoken(slide.Context, speakNode, words, caption);
                slide.Context.Error(map.Value("speak")!, "'speak' must be 'caption' or the words to speak", "e.g. speak: caption, or speak: 'Each draw costs a few bits.'");
                return null;
            }
            map.Require("file", "voice", "e.g. voice: { file: narration/intro.wav, padding: 1s } or voice: { speak: caption }");
            fileNode = map.Value("file") as YamlScalarNode;
        }
        else
        {
            slide.Context.Error(node, "'voice' must be a sound file or a mapping", "e.g. voice: narration/intro.wav or voice: { speak: caption }");
            return null;
        }
        if (fileNode is not { Value: { } name }) return null;
        return SoundFile(slide.Context, fileNode, name) is { } sound ? new VoiceSpec(slide.Context.At(fileNode), sound.Path, sound.Seconds) : null;
    }

    /// <summary>
    /// <c>speak: caption</c> (the caption as its WebVTT cue reads: inline maths as plain Unicode, which espeak-ng
    /// reads symbol by symbol) or <c>speak: 'other words'</c>, spoken by espeak-ng into the voice cache.
    /// </summary>
    private static VoiceSpec? Spoken(YamlContext context, YamlScalarNode node, string words, string? caption)
    {
        string? text = words == SpeakCaption ? caption : words;
        if (text is null)
        {
            context.Error(node, "'speak: caption' but the slide has no caption", "add a caption, or give the words: speak: 'Each draw costs a few bits.'");
            return null;
        }
        var spoken = SpokenText.Prepare(PlainMath.Text(text));
        if (spoken.Length == 0)
        {
            context.Error(node, "there are no words to speak", "give the slide a caption, or the words: speak: 'Each draw costs a few bits.'");
            return null;
        }
        try
        {
            var clip = new SpeechSynthesizer(new SpeechCache()).Speak(spoken, context.Cancellation);
            return new VoiceSpec(context.At(node), clip.File, clip.Seconds, spoken);
        }
        catch (SpeechException e)
        {
            context.Error(node, e.Message, e.Hint);
            return null;
        }
    }

    /// <summary>A duration key that sound reads in seconds: frames are refused (sound has no frame grid).</summary>
    private static double? Seconds(MapReader map, string key)
    {
        var duration = map.Duration(key);
        if (duration is { Unit: DurationUnit.Frames })
        {
            map.Context.Error(map.Value(key)!, $"'{key}' is a time, not a number of frames", "write e.g. 2s or 500ms");
            return null;
        }
        return duration?.Amount;
    }

    private static (string Path, double Seconds)? SoundFile(YamlContext context, YamlScalarNode node, string name)
    {
        var (path, problem, hint) = SoundFiles.Resolve(context.File, name);
        if (path is null)
        {
            context.Error(node, problem!, hint);
            return null;
        }
        var (seconds, unreadable) = AudioProbe.Seconds(path);
        if (seconds is null)
        {
            context.Error(node, $"sound file '{name}' is not usable audio: {unreadable}", "export it again as .wav, .mp3, .ogg, .opus or .flac");
            return null;
        }
        return (path, seconds.Value);
    }
}
