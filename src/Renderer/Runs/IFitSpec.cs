namespace Renderer.Runs;

/// <summary>The spec of a fit, read before anything runs: enough for an element to check what it may draw.</summary>
public interface IFitSpec
{
    string Name { get; }

    /// <summary>Whether the fit tabulates its loss landscape.</summary>
    bool HasLandscape { get; }

    /// <summary>True when both fits minimise the same function, so their paths can share one landscape.</summary>
    bool SameObjective(IFitSpec other);
}
