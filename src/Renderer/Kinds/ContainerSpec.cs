using Renderer.Scenes.Model;

namespace Renderer.Kinds;

/// <summary>
/// A container as read: its layout and, slot by slot, what each child became (one element, or a nested container's
/// elements). The reader flattens it into those elements, each placed in its slot (<see cref="SlotPlacement"/>), so a
/// container draws nothing itself and the compiler never sees one.
/// </summary>
public sealed record ContainerSpec(ElementCommon Common, ContainerLayout Layout, IReadOnlyList<IReadOnlyList<ElementSpec>> Slots) : ElementSpec(Common);
