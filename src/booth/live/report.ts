/** Builds the device's report from the exhibit's state and the sampled head pose (pure), and decides when to send. */
import type { ExhibitSnapshot } from '../../state/automation';
import type { Report, WireLayout, WirePose } from './protocol';

/** The store fields a report is made of (a subset of ExhibitSnapshot). */
export type ReportState = Pick<ExhibitSnapshot, 'lang' | 'mode' | 'view' | 'selected' | 'panel' | 'xr' | 'xrPlace' | 'paused' | 'tour'> & Partial<Pick<ExhibitSnapshot, 'sound' | 'xrMode'>>;

/** The XR origin on the ground (position and yaw about +Y) as a world pose. */
export function originToPose(o: { x: number; z: number; yaw: number }): WirePose {
  return { p: [round(o.x), 0, round(o.z)], q: [0, round(Math.sin(o.yaw / 2), 5), 0, round(Math.cos(o.yaw / 2), 5)] };
}

/** Rounds to `digits` decimals (millimetres by default): smaller frames, and noise below that never counts as a change. */
export const round = (v: number, digits = 3): number => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};

const clampCoord = (v: number) => Math.max(-10000, Math.min(10000, v));

/** A head pose in range for the wire, or null when it is not finite. */
export function wirePose(p: ArrayLike<number>, q: ArrayLike<number>): WirePose | null {
  const all = [p[0], p[1], p[2], q[0], q[1], q[2], q[3]];
  if (!all.every((v) => typeof v === 'number' && Number.isFinite(v))) return null;
  return {
    p: [round(clampCoord(p[0]!)), round(clampCoord(p[1]!)), round(clampCoord(p[2]!))],
    q: [round(q[0]!, 5), round(q[1]!, 5), round(q[2]!, 5), round(q[3]!, 5)],
  };
}

/**
 * The VR layout for the wire (millimetres, 1e-4 rad), or null when it is not finite. `model`: in mixed reality the
 * model's height and scale on the real table (the TV lays out the same model and arc); left out in VR.
 */
export function wireLayout(head: ArrayLike<number>, yaw: number, plaza: readonly [number, number] | null, model: { height: number; scale: number } | null = null): WireLayout | null {
  if (![head[0], head[1], head[2], yaw].every((v) => typeof v === 'number' && Number.isFinite(v))) return null;
  const pl = plaza && plaza.every(Number.isFinite) ? ([round(clampCoord(plaza[0])), round(clampCoord(plaza[1]))] as [number, number]) : null;
  const layout: WireLayout = { head: [round(clampCoord(head[0]!)), round(clampCoord(head[1]!)), round(clampCoord(head[2]!))], yaw: round(yaw, 4), plaza: pl };
  if (model && Number.isFinite(model.height) && Number.isFinite(model.scale) && model.height >= 0 && model.height <= 3 && model.scale >= 1e-5 && model.scale <= 0.01) {
    layout.height = round(model.height);
    layout.scale = round(model.scale, 7);
  }
  return layout;
}

/** The report for a state; `pose`/`origin`/`layout` only count in VR; `documentVisible` is the page's visibility. */
export function buildReport(s: ReportState, pose: WirePose | null, origin: WirePose | null, documentVisible: boolean, layout: WireLayout | null = null): Report {
  const clip = (v: string | null) => (v === null ? null : v.slice(0, 64));
  return {
    type: 'report',
    lang: s.lang,
    mode: s.mode,
    view: s.view,
    selected: clip(s.selected),
    panel: clip(s.panel),
    xr: s.xr,
    xrPlace: s.xr ? s.xrPlace : null,
    xrMode: s.xr ? (s.xrMode ?? 'vr') : null,
    pose: s.xr ? pose : null,
    origin: s.xr ? origin : null,
    layout: s.xr ? layout : null,
    visible: documentVisible && !s.paused,
    tour: s.tour,
    sound: s.sound ?? null,
  };
}

/** Whether `next` says something `prev` did not (poses compared after rounding, so jitter below 1 mm is no change). */
export const reportChanged = (prev: Report | null, next: Report): boolean => prev === null || JSON.stringify(prev) !== JSON.stringify(next);

/** Send policy: on change (at most every `minMs`), else a heartbeat every `heartbeatMs`. */
export function shouldSend(changed: boolean, sinceLastMs: number, minMs = 180, heartbeatMs = 1000): boolean {
  return sinceLastMs >= heartbeatMs || (changed && sinceLastMs >= minMs);
}
