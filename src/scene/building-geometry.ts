/**
 * The park's generic buildings as one merged mesh with variety that costs no draw calls: each box from the
 * layout gets a plinth darkened at the foot (contact shadow), floors with window bands in vertex colour, on
 * taller ones a set-back upper volume, and roof units. Deterministic from the box's index.
 */
import { Color } from 'three';
import { palette } from '../config';
import { seededRandom } from '../lib/geometry';
import type { BuildingBox } from '../lib/layout';
import { Massing } from './massing';

const FLOOR = 4;
const PLINTH = 4;
const c = (hex: string) => new Color(hex);
const walls = [c(palette.building), c(palette.buildingAlt), c(palette.buildingWarm)];
const glass = c(palette.buildingGlass);
const glassDark = c(palette.buildingGlass).multiplyScalar(0.72);
const plinth = c(palette.buildingPlinth);
const foot = c(palette.buildingPlinth).multiplyScalar(0.55);
const unit = c(palette.roofUnit);

/** Facade kinds: the share of each floor that is glass. */
const facades = [0.55, 0.72, 0.35] as const;

/** A stack of floors between y0 and y1: a spandrel strip and a window band each. */
function floors(m: Massing, x: number, z: number, w: number, d: number, y0: number, y1: number, wall: Color, share: number, win: Color) {
  const n = Math.max(1, Math.round((y1 - y0) / FLOOR));
  const f = (y1 - y0) / n;
  for (let i = 0; i < n; i++) {
    const y = y0 + i * f;
    m.walls(x, z, w, d, y, y + f * (1 - share), wall);
    m.walls(x, z, w, d, y + f * (1 - share), y + f, win);
  }
}

/** Builds every generic building into one geometry. */
export function buildParkBuildings(boxes: readonly BuildingBox[], seed = 3) {
  const rand = seededRandom(seed);
  const m = new Massing();
  for (const b of boxes) {
    const wall = walls[Math.floor(rand() * walls.length)]!;
    const share = facades[Math.floor(rand() * facades.length)]!;
    const win = rand() < 0.5 ? glass : glassDark;
    const roof = wall.clone().multiplyScalar(0.86);
    // Plinth: a recessed, darker ground floor, darkest at the foot.
    m.walls(b.x, b.z, b.width * 0.97, b.depth * 0.97, 0, PLINTH, plinth, foot);
    const top = Math.max(PLINTH + FLOOR, b.height);
    const setback = top > 26 && rand() < 0.65;
    const lower = setback ? PLINTH + Math.round(((top - PLINTH) * (0.5 + rand() * 0.2)) / FLOOR) * FLOOR : top;
    floors(m, b.x, b.z, b.width, b.depth, PLINTH, lower, wall, share, win);
    m.roof(b.x, b.z, b.width, b.depth, lower, roof);
    let [ux, uz, uw, ud] = [b.x, b.z, b.width, b.depth];
    if (setback) {
      // The upper volume steps back from one long side and both ends.
      const along = b.width >= b.depth;
      const k = 0.6 + rand() * 0.15;
      if (along) {
        uw = b.width * k;
        ud = b.depth * 0.8;
        uz = b.z + (rand() < 0.5 ? -1 : 1) * b.depth * 0.1;
      } else {
        ud = b.depth * k;
        uw = b.width * 0.8;
        ux = b.x + (rand() < 0.5 ? -1 : 1) * b.width * 0.1;
      }
      floors(m, ux, uz, uw, ud, lower, top, wall, Math.min(0.8, share + 0.15), win);
      m.roof(ux, uz, uw, ud, top, roof);
    }
    // A parapet line and one to three roof units (plant rooms, skylights).
    m.walls(ux, uz, uw, ud, top, top + 0.9, roof);
    const units = 1 + Math.floor(rand() * 3);
    for (let i = 0; i < units; i++) {
      const s = 0.12 + rand() * 0.14;
      m.box(ux + (rand() - 0.5) * uw * 0.5, uz + (rand() - 0.5) * ud * 0.5, uw * s, ud * s * 1.4, top, top + 2.2 + rand() * 2.5, unit, unit.clone().multiplyScalar(0.9));
    }
  }
  return m.geometry();
}
