/** Geometry for a laid-out panel: the rounded backing, and every bar, gauge and dot merged into one mesh. */
import { BufferGeometry, CircleGeometry, PlaneGeometry, RingGeometry, Shape, ShapeGeometry } from 'three';
import { palette } from '../../config';
import { mergePainted, painted } from '../geometry-utils';
import type { PanelLayout } from './panel-layout';

/** Converts layout coordinates (y down, origin top-left) to local panel coordinates (y up, origin bottom-centre). */
export const toLocal = (layout: PanelLayout, x: number, y: number): [number, number] => [x - layout.width / 2, layout.height - y];

/** A rounded rectangle, width × height, origin at its bottom centre. */
export function roundedBacking(width: number, height: number, radius = 3): BufferGeometry {
  const s = new Shape();
  const x0 = -width / 2;
  const x1 = width / 2;
  s.moveTo(x0 + radius, 0);
  s.lineTo(x1 - radius, 0);
  s.quadraticCurveTo(x1, 0, x1, radius);
  s.lineTo(x1, height - radius);
  s.quadraticCurveTo(x1, height, x1 - radius, height);
  s.lineTo(x0 + radius, height);
  s.quadraticCurveTo(x0, height, x0, height - radius);
  s.lineTo(x0, radius);
  s.quadraticCurveTo(x0, 0, x0 + radius, 0);
  return new ShapeGeometry(s, 4);
}

const tone = { track: '#33434f', accent: palette.panelAccent, rule: '#4b5d69', button: '#2f4656' } as const;
/** A hovered button's colour (drawn by PanelButtons' one highlight quad). */
export const buttonHoverColor = '#4d7690';

/** Merges the panel's shapes (slightly in front of the backing) into one vertex-coloured geometry. */
export function buildPanelShapes(layout: PanelLayout, accent: string | null): BufferGeometry {
  const parts: BufferGeometry[] = [];
  const z = 0.15;
  // An accent edge down the left side identifies a company panel by its colour.
  const edge = new PlaneGeometry(1.2, layout.height - 6);
  edge.translate(-layout.width / 2 + 1.8, layout.height / 2, z);
  parts.push(painted(edge, accent ?? palette.panelAccent));
  for (const s of layout.shapes) {
    if (s.kind === 'rect') {
      const g = new PlaneGeometry(s.w, s.h);
      const [x, y] = toLocal(layout, s.x + s.w / 2, s.y + s.h / 2);
      g.translate(x, y, z);
      parts.push(painted(g, tone[s.tone]));
    } else if (s.kind === 'arc') {
      const [x, y] = toLocal(layout, s.x, s.y);
      const track = new RingGeometry(s.r * 0.78, s.r, 48);
      track.translate(x, y, z);
      parts.push(painted(track, tone.track));
      // Clockwise from twelve o'clock, as a dial reads.
      const value = new RingGeometry(s.r * 0.78, s.r, 48, 1, Math.PI / 2 - Math.PI * 2 * s.fraction, Math.PI * 2 * s.fraction);
      value.translate(x, y, z + 0.05);
      parts.push(painted(value, tone.accent));
    } else if (s.kind === 'button') {
      // Drawn with the other shapes (no draw call of its own); PanelButtons adds invisible ray targets.
      const g = new PlaneGeometry(s.w, s.h);
      const [x, y] = toLocal(layout, s.x + s.w / 2, s.y + s.h / 2);
      g.translate(x, y, z);
      parts.push(painted(g, tone.button));
    } else {
      const [x, y] = toLocal(layout, s.x, s.y);
      const dot = new CircleGeometry(s.r, 16);
      dot.translate(x, y, z + 0.05);
      parts.push(painted(dot, tone.accent));
    }
  }
  return mergePainted(parts);
}
