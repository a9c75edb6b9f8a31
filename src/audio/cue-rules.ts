/** Which interaction sound a change of the exhibit's state calls for (pure), and which sounds may overlap. */
import type { CueName } from './names';

/** The parts of the exhibit's state that sound. */
export interface CueState {
  selection: { kind: 'overview' | 'pavilion' | 'panel'; id?: string };
  xr: boolean;
  aboutOpen: boolean;
  mode: 'explore' | 'tour' | 'attract';
  tour: { index: number } | null;
}

/** The sounds for a change from `prev` to `next`, in order (usually none or one). */
export function cuesForChange(prev: CueState, next: CueState): CueName[] {
  const out: CueName[] = [];
  if (next.xr !== prev.xr) out.push(next.xr ? 'enterVR' : 'exitVR');
  const a = prev.selection;
  const b = next.selection;
  const tourMoved = next.tour !== null && (prev.tour === null || prev.tour.index !== next.tour.index);
  if (tourMoved) out.push('tourStop');
  else if (a.kind !== b.kind || a.id !== b.id) {
    if (a.kind === 'overview') out.push('panelOpen');
    else if (b.kind === 'overview') out.push('panelClose');
    else out.push('select');
  }
  if (next.aboutOpen !== prev.aboutOpen) out.push(next.aboutOpen ? 'panelOpen' : 'panelClose');
  return out;
}

/** How much a sound matters: within `CUE_WINDOW_S` of another sound of the same or higher rank, it is left out. */
export const cueRank: Record<CueName, number> = { hover: 0, select: 1, panelOpen: 1, panelClose: 1, teleport: 2, denied: 2, tourStop: 3, enterVR: 3, exitVR: 3 };

/** Seconds in which one gesture's sounds would pile up (a click that selects, opens a panel and jumps). */
export const CUE_WINDOW_S = 0.12;

/** Whether a sound of `name` may start at `now`, given the rank and time of the last sound started. */
export const cueAllowed = (name: CueName, now: number, last: { rank: number; at: number }): boolean =>
  now - last.at >= CUE_WINDOW_S || cueRank[name] > last.rank;
