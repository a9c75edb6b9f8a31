/** The Laoshan ridge: granite peaks in an arc north and north-east of the park (schematic, low-poly). */
import { BufferGeometry, Color, Float32BufferAttribute } from 'three';
import { palette } from '../../config';
import { seededRandom } from '../../lib/geometry';

/** Ridge shape parameters (metres, degrees of bearing clockwise from north). */
export const ridgeConfig = {
  radius: 4300,
  depth: 2600,
  fromBearing: -40,
  toBearing: 58,
  along: 96,
  across: 12,
  /** Mount Laoshan's main peak is about 1,133 m. */
  peak: 1130,
  seed: 1133,
} as const;

/** Builds the ridge as a flat-shaded, vertex-coloured triangle soup. */
export function buildRidgeGeometry(cfg = ridgeConfig): BufferGeometry {
  const rand = seededRandom(cfg.seed);
  const peaks = Array.from({ length: 9 }, (_, i) => ({
    u: (i + 0.5 + (rand() - 0.5) * 0.6) / 9,
    v: 0.35 + rand() * 0.4,
    h: i === 5 ? cfg.peak : 380 + rand() * 520,
    s: 0.05 + rand() * 0.05,
  }));
  const heightAt = (u: number, v: number) => {
    let h = 0;
    for (const p of peaks) {
      const du = (u - p.u) / p.s;
      const dv = (v - p.v) / 0.28;
      h = Math.max(h, p.h * Math.exp(-(du * du + dv * dv)));
    }
    // Rise from the plain at the front edge, fall away at the back edge.
    return h * Math.min(1, v * 3) * Math.min(1, (1 - v) * 2.5);
  };
  const grid: number[][] = [];
  for (let i = 0; i <= cfg.along; i++) {
    const u = i / cfg.along;
    const b = ((cfg.fromBearing + (cfg.toBearing - cfg.fromBearing) * u) * Math.PI) / 180;
    const row: number[] = [];
    for (let j = 0; j <= cfg.across; j++) {
      const v = j / cfg.across;
      const r = cfg.radius + v * cfg.depth + (rand() - 0.5) * 120;
      const y = Math.max(0, heightAt(u, v) + (rand() - 0.5) * 60 * Math.min(1, v * 4));
      row.push(Math.sin(b) * r, y, -Math.cos(b) * r);
    }
    grid.push(row);
  }
  const pos: number[] = [];
  const col: number[] = [];
  const c = new Color();
  const colorFor = (y: number) => {
    const t = y / cfg.peak;
    return t > 0.62 ? palette.graniteLight : t > 0.32 ? palette.granite : t > 0.12 ? palette.forest : palette.forestDark;
  };
  const vert = (i: number, j: number) => grid[i]!.slice(j * 3, j * 3 + 3) as [number, number, number];
  const tri = (a: [number, number, number], b2: [number, number, number], d: [number, number, number]) => {
    pos.push(...a, ...b2, ...d);
    c.set(colorFor((a[1] + b2[1] + d[1]) / 3)).convertSRGBToLinear();
    for (let k = 0; k < 3; k++) col.push(c.r, c.g, c.b);
  };
  for (let i = 0; i < cfg.along; i++)
    for (let j = 0; j < cfg.across; j++) {
      const a = vert(i, j);
      const b2 = vert(i + 1, j);
      const d = vert(i, j + 1);
      const e = vert(i + 1, j + 1);
      tri(a, d, b2);
      tri(b2, d, e);
    }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(pos, 3));
  g.setAttribute('color', new Float32BufferAttribute(col, 3));
  g.computeVertexNormals();
  g.computeBoundingSphere();
  return g;
}
