using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Renderer.Simulation.Tests")]
