namespace Renderer.Sound;

/// <summary>Text could not be spoken; reported at the scene's <c>speak</c> key with <see cref="Hint"/>.</summary>
public sealed class SpeechException(string message, string hint) : Exception(message)
{
    public string Hint { get; } = hint;
}
