/**
 * The MR session's placement state. `mr` is mutable and read/written in the frame loop (no React state per
 * frame); `useMRPlacement` is a small store that changes only when the model is placed anew (components and the
 * automation API read it).
 */
import { create } from 'zustand';
import type { PlacementSnapshot } from '../../state/automation';
import { footprint, type Placement } from './placement';

/** Per-frame MR state. */
export const mr = {
  /** The current placement (reference space), null until the first head pose. */
  placement: null as Placement | null,
  /** The anchor holding the placement, once the headset granted one. */
  anchor: null as XRAnchor | null,
  /** Set by "Place again": look for a surface again on the next frames. */
  searching: true,
  /** The visitor moved the model by hand: sensing no longer moves it (until "Place again"). */
  userMoved: false,
  /** Bumps when an anchor request is stale (a newer placement replaced it). */
  anchorEpoch: 0,
};

/** The settled placement, for components and `exhibit.placement()`. */
export interface MRPlacementState {
  method: Placement['method'];
  height: number;
  scale: number;
  anchored: boolean;
  revision: number;
}

/** Changes when the model is placed, released or anchored (never per frame). */
export const useMRPlacement = create<MRPlacementState>(() => ({ method: 'default', height: 0, scale: 0.001, anchored: false, revision: 0 }));

/** Publishes the current placement (after a placement, a grab's release, an anchor's arrival). */
export function publishPlacement(): void {
  const p = mr.placement;
  if (!p) return;
  useMRPlacement.setState((s) => ({ method: p.method, height: p.y, scale: p.scale, anchored: mr.anchor != null, revision: s.revision + 1 }));
}

const round = (v: number, d = 4) => Math.round(v * 10 ** d) / 10 ** d;

/** The snapshot for `exhibit.placement()`. */
export function placementSnapshot(): PlacementSnapshot | null {
  const p = mr.placement;
  if (!p) return null;
  return {
    method: p.method,
    height: round(p.y),
    anchored: mr.anchor != null,
    scale: round(p.scale, 7),
    position: [round(p.x), round(p.y), round(p.z)],
    yawDeg: round((p.yaw * 180) / Math.PI, 2),
    footprint: footprint(p).map(([x, z]) => [round(x), round(z)]),
  };
}

/** Forgets everything about the last session's room (a new session has a new reference space). */
export function resetMR(): void {
  mr.placement = null;
  mr.anchor?.delete();
  mr.anchor = null;
  mr.searching = true;
  mr.userMoved = false;
  mr.anchorEpoch++;
  useMRPlacement.setState({ method: 'default', height: 0, scale: 0.001, anchored: false });
}
