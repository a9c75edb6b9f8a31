/** Pure camera framing: where the camera goes for the overview, a pavilion or a data panel. */
import { cameraConfig } from '../config';
import type { Pavilion, Plot } from '../content/types';
import { type Bearing, overviewBearing, panelSide, rightOf } from './approach';

type V3 = [number, number, number];

/** A camera placement: eye position and the point looked at. */
export interface View {
  position: V3;
  target: V3;
}

/** The park overview. */
export const overviewView = (): View => ({ position: [...cameraConfig.overview.position], target: [...cameraConfig.overview.target] });

/** Distance at which an object of this height and width fills about `fill` of a view with this fov and aspect. */
export function fitDistance(height: number, width: number, fovDeg: number, aspect: number, fill = 0.8): number {
  const v = Math.tan((fovDeg * Math.PI) / 360);
  return Math.max(height / (2 * v * fill), width / (2 * v * Math.max(aspect, 0.3) * fill));
}

/**
 * Where the selected pavilion's panel floats: beside the pavilion, to the right as seen from its close-up, facing
 * a camera that comes from `bearing` (see approach.ts; the overview's bearing by default).
 */
export function pavilionPanelPlacement(p: Pavilion, plot: Plot, panelWidth: number, bearing: Bearing = overviewBearing()): { position: V3; yaw: number } {
  const [dx, dz] = bearing;
  const [rx, rz] = rightOf(bearing);
  const side = panelSide({ radius: Math.max(p.footprint[0], p.footprint[1]) / 2, panelWidth });
  return { position: [plot.center[0] + rx * side, 6, plot.center[1] + rz * side], yaw: Math.atan2(dx, dz) };
}

/**
 * A close-up of a pavilion with room for its panel on the right. `aspect` is that of the part of the canvas the HUD
 * leaves free and `fill` how much of the canvas height the group may take (see lib/free-viewport); the camera's
 * view offset centres the picture in the free part.
 */
export function pavilionView(p: Pavilion, plot: Plot, panel: { width: number; height: number }, aspect: number, fill = 1, bearing: Bearing = overviewBearing()): View {
  const [dx, dz] = bearing;
  const placement = pavilionPanelPlacement(p, plot, panel.width, bearing);
  const cx = (plot.center[0] + placement.position[0]) / 2;
  const cz = (plot.center[1] + placement.position[2]) / 2;
  const size = Math.max(p.footprint[0], p.footprint[1]);
  const groupWidth = size + panel.width + 24;
  const height = Math.max(p.height, panel.height) + 20;
  const d = fitDistance(height, groupWidth, cameraConfig.fov, aspect, 0.8 * fill);
  const ty = height * 0.45;
  return { position: [cx + dx * d, ty + d * 0.28, cz + dz * d], target: [cx, ty, cz] };
}

/** Straight in front of a data panel, filling most of the free part of the view (as for `pavilionView`). */
export function panelView(bottomCentre: V3, yaw: number, size: { width: number; height: number }, aspect: number, fill = 1): View {
  const d = fitDistance(size.height, size.width, cameraConfig.fov, aspect, 0.85 * fill);
  const cy = bottomCentre[1] + size.height / 2;
  return {
    position: [bottomCentre[0] + Math.sin(yaw) * d, cy, bottomCentre[2] + Math.cos(yaw) * d],
    target: [bottomCentre[0], cy, bottomCentre[2]],
  };
}
