namespace Renderer.Studio.Tests.Support;

/// <summary>Small scenes that compile in a fraction of a second.</summary>
internal static class TestScenes
{
    public const string TwoSlides = """
        title: Studio test
        video: { width: 320, height: 180, fps: 30 }
        distributions:
          P: { outcomes: [A, B], probabilities: [0.75, 0.25] }
          Q: { outcomes: [A, B], uniform: true }
        simulations:
          ce: { kind: cross-entropy-sampling, sample-from: P, score-with: Q, samples: 40 }
        slides:
          - title: First slide
            duration: 1s
            caption: The first caption.
            elements:
              - { text: Hello, role: heading }
          - title: 'Bars of $P$'
            duration: 1s
            caption: The second caption.
            play: { ce: linear }
            elements:
              - { bars: [P, Q], highlight: ce }
        """;

    /// <summary>
    /// <see cref="TwoSlides"/> with text drawn over the bars on slide 2, made 2 s long (the lint judges elements once
    /// their entrance is over, 0.6 s in, and before the exit, 0.4 s before the end): the layout lint's overlap.
    /// </summary>
    public static readonly string OverlapOnSlideTwo = TwoSlides
        .Replace("    duration: 1s\n    caption: The second caption.", "    duration: 2s\n    caption: The second caption.")
        .Replace("      - { bars: [P, Q], highlight: ce }", "      - { bars: [P, Q], highlight: ce }\n      - { text: Written over the bars, role: heading, at: center }");
}
