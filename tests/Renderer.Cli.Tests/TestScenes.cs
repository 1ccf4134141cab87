namespace Renderer.Cli.Tests;

/// <summary>Small scenes for the everyday commands: quick to compile and render.</summary>
internal static class TestScenes
{
    /// <summary>Three slides: 1 s (30 frames), 0.5 s (15 frames), 1 s (30 frames) at 30 fps.</summary>
    public const string ThreeSlides = """
        title: Three slides
        video: { width: 320, height: 180, fps: 30 }
        distributions:
          P: { outcomes: [A, B], probabilities: [0.75, 0.25] }
          Q: { outcomes: [A, B], uniform: true }
        simulations:
          ce: { kind: cross-entropy-sampling, sample-from: P, score-with: Q, samples: 40 }
        slides:
          - title: Opening
            duration: 1s
            caption: First words.
            elements:
              - { text: Hello, role: heading }
          - duration: 0.5s
            elements:
              - { text: No title here }
          - title: 'Bars of $P$'
            duration: 1s
            caption: The bars.
            play: { ce: linear }
            elements:
              - { bars: [P, Q], highlight: ce }
        """;
}
