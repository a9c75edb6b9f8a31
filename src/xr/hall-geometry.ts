/**
 * The booth terrace around the table and the viewing plaza in the park, as merged vertex-coloured geometry: the
 * solid parts (floor, low parapet, slender columns, a canopy ring, the table, and under a
 * raised terrace its slab and tower) are one mesh on the shared surface material, the rings of light one mesh on
 * the shared unlit material. Two draws each, whatever the detail.
 */
import { type BufferGeometry, CylinderGeometry, RingGeometry } from 'three';
import { mergePainted, painted } from '../scene/geometry-utils';
import { xrConfig } from './config';
import { DECK_TOWER_RADIUS } from './deck';

const colour = {
  floor: '#cfc6b4',
  inlay: '#a99f8c',
  parapet: '#ece6da',
  cap: '#8f8a80',
  column: '#e4ddd0',
  canopy: '#f1ece2',
  table: '#34434e',
  stem: '#2b363f',
  tower: '#d9d2c4',
  slab: '#bdb5a6',
  light: '#ffd27a',
  lightSoft: '#f4e1b3',
} as const;

/** Terrace radius around the table centre, metres. */
export const TERRACE_RADIUS = 3.3;

const flat = (inner: number, outer: number, y: number, segments = 64, facingDown = false) => {
  const g = new RingGeometry(Math.max(inner, 0.0001), outer, segments);
  g.rotateX(facingDown ? Math.PI / 2 : -Math.PI / 2);
  g.translate(0, y, 0);
  return g;
};

/** An open cylindrical band; `inward` turns its faces to be seen from inside. */
const band = (radius: number, height: number, y: number, segments = 64, inward = false) => {
  const g = new CylinderGeometry(radius, radius, height, segments, 1, true);
  if (inward) g.scale(-1, 1, 1);
  g.translate(0, y + height / 2, 0);
  return g;
};

/** Depth of the terrace's slab under its floor, metres. */
const SLAB = 0.7;

/**
 * The terrace and the table for a table of `tableHeight` metres, centred on the table, +Z towards the visitor;
 * `deck` metres above the ground, the terrace is a viewing deck: its slab and a tower down to the ground are added.
 */
export function terraceSolids(tableHeight: number, deck = 0): BufferGeometry {
  const r = TERRACE_RADIUS;
  const parts = [
    painted(flat(0, r, 0.004), colour.floor),
    painted(flat(1.45, 1.6, 0.006), colour.inlay),
    painted(flat(r - 0.25, r - 0.2, 0.006), colour.inlay),
    // A low parapet: the park stays in view over it, even seated.
    painted(band(r, 0.42, 0, 72, true), colour.parapet),
    painted(flat(r, r + 0.14, 0.42, 72), colour.cap),
    // A light canopy ring on six slender columns frames the view without closing it (only its inside is ever seen).
    painted(band(r - 0.12, 0.08, 3.2, 72, true), colour.canopy),
    painted(flat(r - 0.12, r + 0.1, 3.2, 72, true), colour.cap),
  ];
  // Four columns: two behind the visitor's shoulders, two well outside the panel arc (local +Z points to the visitor).
  for (const deg of [40, -40, 100, -100]) {
    const a = (deg * Math.PI) / 180;
    const c = new CylinderGeometry(0.045, 0.055, 3.2, 10);
    c.translate(Math.sin(a) * (r - 0.02), 1.6, Math.cos(a) * (r - 0.02));
    parts.push(painted(c, colour.column));
  }
  if (deck > 0) {
    // Under a raised terrace: the slab's edge and underside, and a tapering tower down to the ground.
    parts.push(painted(band(r + 0.14, SLAB, -SLAB, 72), colour.slab));
    parts.push(painted(flat(0, r + 0.14, -SLAB, 72, true), colour.slab));
    const tower = new CylinderGeometry(1.3, DECK_TOWER_RADIUS, deck - SLAB, 24, 1, true);
    tower.translate(0, -SLAB - (deck - SLAB) / 2, 0);
    parts.push(painted(tower, colour.tower));
  }
  const top = new CylinderGeometry(xrConfig.table.radius, xrConfig.table.radius, 0.04, 64);
  top.translate(0, tableHeight - 0.02, 0);
  parts.push(painted(top, colour.table));
  const stem = new CylinderGeometry(0.1, 0.26, tableHeight - 0.04, 20);
  stem.translate(0, (tableHeight - 0.04) / 2, 0);
  parts.push(painted(stem, colour.stem));
  return mergePainted(parts);
}

/** The rings of light: one on the floor around the table, one along the table's edge. */
export function terraceLights(tableHeight: number): BufferGeometry {
  const rt = xrConfig.table.radius;
  return mergePainted([
    painted(flat(rt + 0.28, rt + 0.34, 0.008, 72), colour.light),
    painted(flat(rt + 0.34, rt + 0.42, 0.007, 72), colour.lightSoft),
    painted(band(rt + 0.004, 0.014, tableHeight - 0.03, 72), colour.light),
  ]);
}

/** The viewing plaza where a visitor lands in front of a pavilion: paving and a ring of light (local coordinates). */
export function plazaSolids(): BufferGeometry {
  return mergePainted([painted(flat(0, 4.2, 0.02), colour.floor), painted(flat(3.6, 3.8, 0.024), colour.inlay), painted(band(4.2, 0.02, 0, 72), colour.cap)]);
}

/** The plaza's ring of light. */
export function plazaLights(): BufferGeometry {
  return mergePainted([painted(flat(1.0, 1.08, 0.03, 64), colour.light)]);
}
