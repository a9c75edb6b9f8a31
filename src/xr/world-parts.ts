/**
 * The VR world, declared once: the parts a place shows, mounted by every view of it — the headset's session,
 * the spectator TV following a headset, and mixed reality, which leaves out the built backdrop of the table (the
 * terrace) because the room itself is seen through the cameras. The plaza stays: a visitor who steps into the park
 * in MR sees the full-scale park opaque, as in VR. Pure data: VRWorldParts mounts it.
 */

/** A part of the VR world. */
export type WorldPartId = 'terrace' | 'tabletop' | 'plaza' | 'panels';

/** A view of the VR world. */
export type WorldView = 'headset' | 'spectator' | 'mixed-reality';

/** One part and when it is shown. */
export interface WorldPart {
  id: WorldPartId;
  /** What it is, for a reader of the list. */
  what: string;
  /** Built surroundings of the table that stand in for the real room: passthrough views leave them out. */
  backdrop: boolean;
}

/** Every part of the VR world, in mounting order. */
export const worldParts: readonly WorldPart[] = [
  { id: 'terrace', what: 'the booth terrace around the table: floor, parapet, columns, canopy, the table itself', backdrop: true },
  { id: 'tabletop', what: 'the 1:1000 miniature on the table, its labels, plaque and pin', backdrop: false },
  { id: 'plaza', what: 'the viewing plaza where the visitor lands in front of a pavilion', backdrop: false },
  { id: 'panels', what: 'the panel arc at the table, the pavilion panel or tour caption in the park', backdrop: false },
];

/** The parts a view shows, in mounting order. */
export function worldPartsFor(view: WorldView): readonly WorldPart[] {
  return view === 'mixed-reality' ? worldParts.filter((p) => !p.backdrop) : worldParts;
}
