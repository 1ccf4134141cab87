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
}
