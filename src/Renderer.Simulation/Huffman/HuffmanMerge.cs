namespace Renderer.Simulation.Huffman;

/// <summary>One step of Huffman's algorithm: the two lightest live nodes become children of a new node.</summary>
/// <param name="Step">0-based index of the merge.</param>
/// <param name="LeftId">The 0-child: the lighter node (or, on a tie, the lower id), unless the branch order puts the other first.</param>
/// <param name="RightId">The other merged node, the 1-child.</param>
/// <param name="NewId">Id of the node created by this merge.</param>
/// <param name="LeftWeight">Weight of the left node.</param>
/// <param name="RightWeight">Weight of the right node.</param>
/// <param name="NewWeight">LeftWeight + RightWeight.</param>
public sealed record HuffmanMerge(int Step, int LeftId, int RightId, int NewId, double LeftWeight, double RightWeight, double NewWeight);
