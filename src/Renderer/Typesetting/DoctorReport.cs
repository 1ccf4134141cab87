namespace Renderer.Typesetting;

/// <summary>What <see cref="ToolDoctor.Probe"/> found. Plain data: the CLI decides how to print it.</summary>
public sealed record DoctorReport(IReadOnlyList<ToolStatus> Tools, IReadOnlyList<TexPackageStatus> TexPackages)
{
    /// <summary>Packages the fixed preamble needs (<see cref="TexPreamble.BasePackages"/>).</summary>
    public bool TexPackagesComplete =>
        TexPreamble.BasePackages.All(b => TexPackages.Any(p => p.Package == b && p.IsPresent));

    /// <summary>Every tool every render needs (an optional one such as espeak-ng may be missing).</summary>
    public bool AllToolsPresent => Tools.All(t => t.IsPresent || t.NeededFor is not null);

    /// <summary>Everything needed to render (optional packages such as xcolor may still be missing).</summary>
    public bool IsHealthy => AllToolsPresent && TexPackagesComplete;
}
