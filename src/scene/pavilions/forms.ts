/**
 * Parametric pavilion architecture: each company's pavilion is generated from its content parameters
 * (form, footprint, height, colour) as one merged, vertex-coloured geometry with its base at the origin.
 */
import { BoxGeometry, BufferGeometry, Color, CylinderGeometry, SphereGeometry, TorusGeometry } from 'three';
import type { PavilionForm } from '../../content/types';
import { mergePainted, painted, paintedFaces } from '../geometry-utils';

/** Parameters a form is built from (metres). */
export interface FormParams {
  width: number;
  depth: number;
  height: number;
  color: string;
  /** Which way the entrance faces, a unit vector in the form's own frame ([0, 1]: +z). */
  front?: readonly [number, number];
}

const WHITE = '#f4f1ea';
const GLASS = '#2b3b46';
const STONE = '#cfc8b8';

/**
 * An entrance canopy: a thin white slab with an accent fascia on two slender columns, standing `reach` metres
 * out along the front, its inner edge tucked into the building.
 */
function entrance(front: readonly [number, number] | undefined, reach: number, width: number, height: number, color: string): BufferGeometry[] {
  const [fx, fz] = front ?? [0, 1];
  const depth = 15;
  const slab = new BoxGeometry(width, 0.9, depth);
  slab.translate(0, height, reach + depth / 2 - 3);
  const fascia = new BoxGeometry(width + 0.4, 0.7, 0.6);
  fascia.translate(0, height - 0.2, reach + depth - 2.8);
  const parts = [painted(slab, WHITE), painted(fascia, color)];
  for (const side of [-1, 1]) {
    const col = new CylinderGeometry(0.45, 0.45, height - 2, 6);
    col.translate(side * (width / 2 - 1.2), (height - 2) / 2 + 2, reach + depth - 4);
    parts.push(painted(col, WHITE));
  }
  const yaw = Math.atan2(fx, fz);
  for (const g of parts) g.rotateY(yaw);
  return parts;
}

/** Reach of an ellipse (half-axes a along x, b along z) in direction (fx, fz). */
const ellipseReach = (a: number, b: number, [fx, fz]: readonly [number, number]) => 1 / Math.hypot(fx / a, fz / b);

function plinth(w: number, d: number): BufferGeometry {
  const g = new BoxGeometry(w, 2, d);
  g.translate(0, 1, 0);
  return painted(g, STONE);
}

/** A long, low shell with a dark visor band across the front, like a headset's face. */
function visor({ width: w, depth: d, height: h, color, front }: FormParams): BufferGeometry {
  const shell = new SphereGeometry(1, 36, 9, 0, Math.PI * 2, 0, Math.PI / 2);
  shell.scale(w / 2, h, d / 2);
  shell.translate(0, 2, 0);
  const band = new SphereGeometry(1.015, 28, 2, Math.PI * 0.05, Math.PI * 0.9, Math.PI * 0.3, Math.PI * 0.14);
  band.scale(w / 2, h, d / 2);
  band.translate(0, 2, 0);
  const halo = new TorusGeometry(1, 0.02, 4, 40);
  halo.rotateX(Math.PI / 2);
  halo.scale(w / 2 + 3, 40, d / 2 + 3);
  halo.translate(0, 2.5, 0);
  // A glazed ground floor all round, under the shell's rim.
  const base = new SphereGeometry(1.01, 36, 1, 0, Math.PI * 2, Math.PI * 0.465, Math.PI * 0.035);
  base.scale(w / 2, h, d / 2);
  base.translate(0, 2, 0);
  const reach = ellipseReach(w / 2, d / 2, front ?? [0, 1]) * 0.9;
  return mergePainted([plinth(w * 1.18, d * 1.25), painted(shell, color), painted(band, GLASS), painted(base, GLASS), painted(halo, WHITE), ...entrance(front, reach, 32, 7, color)]);
}

/** A glazed core wrapped in stacked, narrowing rings, like a lens barrel. */
function rings({ width: w, depth: d, height: h, color, front }: FormParams): BufferGeometry {
  const r = Math.min(w, d) / 2;
  const parts: BufferGeometry[] = [plinth(w * 1.1, d * 1.1)];
  const core = new CylinderGeometry(r * 0.38, r * 0.46, h, 16);
  core.translate(0, h / 2 + 2, 0);
  parts.push(painted(core, GLASS));
  const count = 5;
  for (let i = 0; i < count; i++) {
    const k = i / (count - 1);
    const ring = new TorusGeometry(r * (0.95 - 0.4 * k), r * 0.09, 5, 36);
    ring.rotateX(Math.PI / 2);
    ring.scale(1, 1.6, 1);
    ring.translate(0, 2 + h * (0.2 + 0.72 * k), 0);
    parts.push(painted(ring, i % 2 === 0 ? color : WHITE));
  }
  const cap = new CylinderGeometry(r * 0.5, r * 0.5, 2, 24);
  cap.translate(0, h + 3, 0);
  parts.push(painted(cap, WHITE));
  // A glazed drum at the foot, inside the lowest ring, and the entrance through it.
  const drum = new CylinderGeometry(r * 0.8, r * 0.8, 8, 24, 1, true);
  drum.translate(0, 6, 0);
  parts.push(painted(drum, GLASS), ...entrance(front, r * 0.92, 26, 5.5, color));
  return mergePainted(parts);
}

/** A faceted tower whose six faces twist as it rises, on a low podium. */
function faceted({ width: w, depth: d, height: h, color, front }: FormParams): BufferGeometry {
  const r = Math.min(w, d) / 2;
  const podium = new BoxGeometry(w * 1.25, 9, d * 1.25);
  podium.translate(0, 4.5 + 2, 0);
  const tower = new CylinderGeometry(r * 0.62, r * 0.95, h - 9, 6, 12);
  const pos = tower.getAttribute('position');
  const twist = (35 * Math.PI) / 180;
  for (let i = 0; i < pos.count; i++) {
    const y = pos.getY(i);
    const a = ((y + (h - 9) / 2) / (h - 9)) * twist;
    const x = pos.getX(i);
    const z = pos.getZ(i);
    pos.setXYZ(i, x * Math.cos(a) - z * Math.sin(a), y, x * Math.sin(a) + z * Math.cos(a));
  }
  tower.translate(0, (h - 9) / 2 + 11, 0);
  const crown = new CylinderGeometry(r * 0.2, r * 0.62, 8, 6);
  crown.rotateY(twist);
  crown.translate(0, h + 6, 0);
  // Glazing bands: every other storey band of the tower darker, like a curtain wall's spandrels.
  const bands = new Color(color).lerp(new Color(GLASS), 0.45);
  const accent = new Color(color);
  const towerPainted = paintedFaces(tower, (_x, y, _z, out) => out.copy(Math.floor(((y - 11) / (h - 9)) * 12) % 2 ? bands : accent));
  // The podium's glazed front.
  const glazing = new BoxGeometry(w * 1.1, 5, d * 1.26);
  glazing.translate(0, 6.5, 0);
  const reach = (w * 1.25) / 2 / Math.max(Math.abs((front ?? [0, 1])[0]), Math.abs((front ?? [0, 1])[1]));
  return mergePainted([plinth(w * 1.4, d * 1.4), painted(podium, WHITE), painted(glazing, GLASS), towerPainted, painted(crown, GLASS), ...entrance(front, reach, 30, 7, color)]);
}

/** A low glazed hall under a wide, tilted canopy roof on slender columns. */
function canopy({ width: w, depth: d, height: h, color }: FormParams): BufferGeometry {
  const parts: BufferGeometry[] = [plinth(w * 1.15, d * 1.2)];
  const hall = new BoxGeometry(w * 0.72, h * 0.55, d * 0.62);
  hall.translate(-w * 0.04, (h * 0.55) / 2 + 2, 0);
  parts.push(painted(hall, GLASS));
  const roof = new BoxGeometry(w * 1.05, 2.4, d * 0.98, 1, 1, 1);
  roof.rotateZ((5 * Math.PI) / 180);
  roof.translate(0, h, 0);
  parts.push(painted(roof, color));
  const fascia = new BoxGeometry(w * 1.06, 0.8, d * 0.99);
  fascia.rotateZ((5 * Math.PI) / 180);
  fascia.translate(0, h - 1.6, 0);
  parts.push(painted(fascia, WHITE));
  const tilt = Math.tan((5 * Math.PI) / 180);
  for (const fx of [-0.45, -0.15, 0.15, 0.45])
    for (const fz of [-0.42, 0.42]) {
      const x = fx * w;
      const top = h - 1.2 + x * tilt;
      const col = new CylinderGeometry(0.9, 0.9, top - 2, 6);
      col.translate(x, (top - 2) / 2 + 2, fz * d);
      parts.push(painted(col, WHITE));
    }
  // Mullions on the glazed hall's long faces.
  for (let i = 1; i < 8; i++)
    for (const side of [-1, 1]) {
      const m = new BoxGeometry(0.6, h * 0.55, 0.6);
      m.translate(-w * 0.04 - w * 0.36 + (w * 0.72 * i) / 8, (h * 0.55) / 2 + 2, side * d * 0.311);
      parts.push(painted(m, WHITE));
    }
  return mergePainted(parts);
}

const builders: Record<PavilionForm, (p: FormParams) => BufferGeometry> = { visor, rings, faceted, canopy };

/** Builds the geometry of a pavilion form. */
export const buildPavilionGeometry = (form: PavilionForm, params: FormParams): BufferGeometry => builders[form](params);
