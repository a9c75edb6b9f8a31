/**
 * The head poses the visitor's VR world is laid out for, in world coordinates (yaw in radians about +Y): the
 * table's panel arc (written with each table layout) and the pavilion's panel in the park (written when it is
 * placed). Mutable, no imports: the live link reads it for its report, and a spectator TV lays its copy of the
 * world out for the same head (see spectator/SpectatorLayout).
 */
export const worldAnchor = {
  /** `height`/`scale`: the model's on a real table in mixed reality; NaN in VR (the VR table's, from the head). */
  table: { head: new Float64Array(3), yaw: 0, valid: false, height: NaN, scale: NaN },
  park: { head: new Float64Array(3), yaw: 0, valid: false },
};

/** Records the head a layout was made for (and, for a model on a real table in MR, its height and scale). */
export function setAnchor(which: 'table' | 'park', head: readonly [number, number, number], yaw: number, model?: { height: number; scale: number }): void {
  const a = worldAnchor[which];
  a.head[0] = head[0];
  a.head[1] = head[1];
  a.head[2] = head[2];
  a.yaw = yaw;
  a.valid = true;
  if (which === 'table') {
    worldAnchor.table.height = model?.height ?? NaN;
    worldAnchor.table.scale = model?.scale ?? NaN;
  }
}

/** Forgets both (the session ended). */
export function clearAnchors(): void {
  worldAnchor.table.valid = false;
  worldAnchor.park.valid = false;
}
