using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Renderer.Cli")]
