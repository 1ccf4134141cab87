using Renderer.Sound;

namespace Renderer.Tests.Sound;

/// <summary>The pieces of spoken narration that need no espeak-ng: the text it is given, the cache key, the WAV reader.</summary>
public sealed class SpeechPartsTests
{
    [Theory]
    [InlineData("Each draw\ncosts\t bits.", "Each draw costs bits.")]
    [InlineData("say [[h@l'oU]] now", "say [ [h@l'oU] ] now")]
    [InlineData("[[[x]]]", "[ [ [x] ] ]")]
    [InlineData("  -w out.wav --help  ", "-w out.wav --help")]
    [InlineData("bell\u0007here", "bell here")]
    public void Spoken_text_is_one_line_with_phoneme_brackets_parted(string text, string spoken) =>
        Assert.Equal(spoken, SpokenText.Prepare(text));

    [Fact]
    public void The_cache_key_changes_with_text_voice_speed_and_espeak_version()
    {
        var key = SpeechCache.Key("words", "en-us", 175, "eSpeak NG 1.51");
        Assert.Equal(key, SpeechCache.Key("words", "en-us", 175, "eSpeak NG 1.51"));
        Assert.NotEqual(key, SpeechCache.Key("word", "en-us", 175, "eSpeak NG 1.51"));
        Assert.NotEqual(key, SpeechCache.Key("words", "en-gb", 175, "eSpeak NG 1.51"));
        Assert.NotEqual(key, SpeechCache.Key("words", "en-us", 160, "eSpeak NG 1.51"));
        Assert.NotEqual(key, SpeechCache.Key("words", "en-us", 175, "eSpeak NG 1.52"));
        // Fields are length-prefixed: moving characters from one field to the next is another key.
        Assert.NotEqual(SpeechCache.Key("ab", "c", 175, "v"), SpeechCache.Key("a", "bc", 175, "v"));
    }

    private static byte[] Wav(int rate, int dataBytes, int? declaredData = null, bool extraChunk = false)
    {
        using var stream = new MemoryStream();
        using var w = new BinaryWriter(stream);
        w.Write("RIFF"u8); w.Write(0); w.Write("WAVE"u8);
        w.Write("fmt "u8); w.Write(16); w.Write((short)1); w.Write((short)1); w.Write(rate); w.Write(rate * 2); w.Write((short)2); w.Write((short)16);
        if (extraChunk) { w.Write("LIST"u8); w.Write(3); w.Write(new byte[4]); } // odd size: padded to even
        w.Write("data"u8); w.Write(declaredData ?? dataBytes); w.Write(new byte[dataBytes]);
        w.Flush();
        return stream.ToArray();
    }

    [Fact]
    public void Wav_length_comes_from_the_header_and_a_broken_file_has_none()
    {
        var dir = Directory.CreateTempSubdirectory("renderer-wav-tests-").FullName;
        try
        {
            double? Read(byte[] bytes)
            {
                var path = Path.Combine(dir, Guid.NewGuid().ToString("N") + ".wav");
                File.WriteAllBytes(path, bytes);
                return WavLength.Seconds(path);
            }
            Assert.Equal(1.5, Read(Wav(22050, 22050 * 3)));
            Assert.Equal(0.5, Read(Wav(22050, 22050, extraChunk: true)));
            Assert.Null(Read(Wav(22050, 1000, declaredData: 2000)));      // truncated
            Assert.Null(Read(Wav(22050, 0, declaredData: int.MaxValue))); // a streamed header with no size
            Assert.Null(Read(Wav(22050, 0)));                             // no sound
            Assert.Null(Read("not a wav file at all"u8.ToArray()));
            Assert.Null(WavLength.Seconds(Path.Combine(dir, "missing.wav")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
