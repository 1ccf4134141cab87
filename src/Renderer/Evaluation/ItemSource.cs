namespace Renderer.Evaluation;

/// <summary>
/// Which items of a frame's display list one element produced: <see cref="Count"/> items from <see cref="First"/>.
/// <see cref="Element"/> is the element's index in its slide, or one of the negative values for the slide's chrome.
/// </summary>
public readonly record struct ItemSource(int Element, int First, int Count)
{
    public const int Title = -1, Caption = -2, Progress = -3;

    public bool IsChrome => Element < 0;
}
