/**
 * Reading the room from an XR frame: the best detected plane for the model (a table first, then the nearest
 * horizontal surface at table height) and where a hit-test ray met a horizontal surface. All in the session's
 * reference space; each returns null where the headset offers nothing (Pico Browser 3.3 offers neither).
 */
import { planeSurface, plausibleTableHeight, type Surface } from './placement';

/** The plane to place the model on, or null. Planes labelled `table` win; then the horizontal one nearest the head. */
export function bestPlane(frame: XRFrame, ref: XRReferenceSpace, head: { x: number; z: number }): (Surface & { label: string }) | null {
  const planes = frame.detectedPlanes;
  if (!planes || planes.size === 0) return null;
  let best: (Surface & { label: string }) | null = null;
  let bestScore = Infinity;
  planes.forEach((plane) => {
    const pose = frame.getPose(plane.planeSpace, ref);
    if (!pose) return;
    const s = planeSurface(pose.transform.position, pose.transform.orientation, plane.polygon);
    if (!s || !plausibleTableHeight(s.y) || Math.min(s.width, s.depth) < 0.3) return;
    const label = (plane.semanticLabel ?? '').toLowerCase();
    // Tables first (a desk next), then nearness: metres from the head, so a table always beats an unlabelled shelf.
    const score = (label === 'table' ? 0 : label === 'desk' ? 100 : 1000) + Math.hypot(s.x - head.x, s.z - head.z);
    if (score < bestScore) {
      bestScore = score;
      best = { ...s, label };
    }
  });
  return best;
}

/** The first hit of a hit-test source on a surface facing up at table height: its point, or null. */
export function horizontalHit(frame: XRFrame, source: XRHitTestSource, ref: XRReferenceSpace): { x: number; y: number; z: number } | null {
  const results = frame.getHitTestResults(source);
  for (const r of results) {
    const pose = r.getPose(ref);
    if (!pose) continue;
    const q = pose.transform.orientation;
    // A hit pose's +Y is the surface normal.
    const ny = 1 - 2 * (q.x * q.x + q.z * q.z);
    const p = pose.transform.position;
    if (ny > 0.9 && plausibleTableHeight(p.y)) return { x: p.x, y: p.y, z: p.z };
  }
  return null;
}
