using Renderer.Frames;

namespace Renderer.Elements.Huffman;

/// <summary>Where a node is drawn at one moment of the build, how visible, how large, how strongly selected.</summary>
/// <param name="Selected">0..1: how strongly it is marked as one of the two lightest nodes being merged.</param>
public readonly record struct NodePose(int Id, Vec2 Center, double Opacity, double Scale, double Selected);

/// <summary>An edge from a parent to its child at one moment: how far it has grown and where its 0/1 label sits.</summary>
public readonly record struct EdgePose(int Parent, int Child, char Bit, Vec2 From, Vec2 To, double Grow, double LabelOpacity, Vec2 LabelCenter)
{
    /// <summary>The drawn end of the edge: it grows from the parent toward the child.</summary>
    public Vec2 Tip => new(From.X + (To.X - From.X) * Grow, From.Y + (To.Y - From.Y) * Grow);
}

/// <summary>How much of a leaf's code word is written: bits arrive from the leaf end, one per merge above it.</summary>
/// <param name="Visible">Bits fully shown (a suffix of the final code word).</param>
/// <param name="Arriving">Opacity of the next bit to the left, while its merge finishes.</param>
public readonly record struct CodeProgress(int Visible, double Arriving);

/// <summary>Everything that moves in a Huffman tree at one build cursor; a pure function of the cursor.</summary>
/// <param name="Nodes">The nodes that exist (or are appearing), by id order.</param>
/// <param name="Edges">The edges that exist (or are growing).</param>
/// <param name="Codes">Per outcome, how much of its code word is written.</param>
/// <param name="Levels">Per node id, its level (real: it may be rising) or NaN while it does not exist.</param>
public sealed record TreePose(IReadOnlyList<NodePose> Nodes, IReadOnlyList<EdgePose> Edges, IReadOnlyList<CodeProgress> Codes, IReadOnlyList<double> Levels);
