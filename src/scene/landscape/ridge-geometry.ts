/**
 * The Laoshan massif: granite ranges in an arc north and north-east of the park (schematic, low-poly), in three
 * layers — green foothills, the jagged main ridge with the 1,133 m summit, and far ranges — each paler and bluer
 * with distance (aerial perspective baked into the vertex colours, on top of the scene's fog).
 */
import { BufferGeometry, Color, Float32BufferAttribute } from 'three';
import { palette } from '../../config';
import { seededRandom } from '../../lib/geometry';

/** One range: an arc band (metres, degrees of bearing clockwise from north) and its crest heights. */
export interface RangeConfig {
  radius: number;
  depth: number;
  fromBearing: number;
  toBearing: number;
  along: number;
  across: number;
  /** Highest point of this range (metres). */
  peak: number;
  /** Crest height elsewhere, as a fraction of `peak`: [low, high]. */
  crest: readonly [number, number];
  peaks: number;
  seed: number;
}

/** The layers, near to far. Mount Laoshan's main peak (Juding) is about 1,133 m. */
export const ridgeConfig: readonly RangeConfig[] = [
  { radius: 3900, depth: 1500, fromBearing: -48, toBearing: 66, along: 110, across: 8, peak: 460, crest: [0.35, 0.8], peaks: 14, seed: 21 },
  { radius: 5200, depth: 2600, fromBearing: -38, toBearing: 60, along: 140, across: 10, peak: 1133, crest: [0.45, 0.8], peaks: 17, seed: 1133 },
  { radius: 9000, depth: 3000, fromBearing: -65, toBearing: 40, along: 90, across: 6, peak: 900, crest: [0.5, 0.85], peaks: 11, seed: 77 },
];

/** Crest height along a range (u in 0…1): sharp granite peaks over a rolling base, tallest near the middle. */
export function crestProfile(cfg: RangeConfig): (u: number) => number {
  const rand = seededRandom(cfg.seed);
  const peaks = Array.from({ length: cfg.peaks }, (_, i) => ({
    u: (i + 0.5 + (rand() - 0.5) * 0.7) / cfg.peaks,
    h: cfg.crest[0] + rand() * (cfg.crest[1] - cfg.crest[0]),
    w: (1 + rand() * 1.3) / cfg.peaks,
  }));
  // The summit, a little right of centre (the main peak stands east of the park).
  peaks.push({ u: 0.58, h: 1, w: 2.6 / cfg.peaks });
  return (u) => {
    let h = 0;
    for (const p of peaks) {
      const t = Math.abs(u - p.u) / p.w;
      // Pointed tops over broad shoulders: granite peaks, not domes or needles.
      if (t < 1) h = Math.max(h, p.h * Math.pow(1 - t, 1.25));
    }
    // Ends fall to the plain; a floor keeps saddles between peaks.
    const ends = Math.min(1, u * 6, (1 - u) * 6);
    return cfg.peak * Math.max(h, cfg.crest[0] * 0.55) * ends;
  };
}

const haze = new Color(palette.haze);

/** Builds all ranges as one flat-shaded, vertex-coloured triangle soup. */
export function buildRidgeGeometry(ranges: readonly RangeConfig[] = ridgeConfig): BufferGeometry {
  const pos: number[] = [];
  const col: number[] = [];
  const c = new Color();
  for (const cfg of ranges) {
    const rand = seededRandom(cfg.seed + 1);
    const crest = crestProfile(cfg);
    const grid: [number, number, number][][] = [];
    for (let i = 0; i <= cfg.along; i++) {
      const u = i / cfg.along;
      const b = ((cfg.fromBearing + (cfg.toBearing - cfg.fromBearing) * u) * Math.PI) / 180;
      const top = crest(u);
      const row: [number, number, number][] = [];
      for (let j = 0; j <= cfg.across; j++) {
        const v = j / cfg.across;
        // Across the band: a steep front up to the crest at v ≈ 0.4, a longer fall behind it.
        const shape = v < 0.4 ? Math.pow(Math.sin((v / 0.4) * (Math.PI / 2)), 1.4) : Math.pow(Math.cos(((v - 0.4) / 0.6) * (Math.PI / 2)), 0.8);
        const r = cfg.radius + v * cfg.depth + (rand() - 0.5) * 140;
        const y = j === 0 || j === cfg.across ? 0 : Math.max(0, top * shape * (0.85 + rand() * 0.3));
        row.push([Math.sin(b) * r, y, -Math.cos(b) * r]);
      }
      grid.push(row);
    }
    const tri = (a: [number, number, number], b: [number, number, number], d: [number, number, number]) => {
      pos.push(...a, ...b, ...d);
      // Colour by height and steepness: forest low and on gentle slopes, bare granite high and steep.
      const y = (a[1] + b[1] + d[1]) / 3;
      const ux = b[0] - a[0], uy = b[1] - a[1], uz = b[2] - a[2];
      const vx = d[0] - a[0], vy = d[1] - a[1], vz = d[2] - a[2];
      const nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
      const flat = Math.abs(ny) / (Math.hypot(nx, ny, nz) || 1);
      const t = y / 1133 + (1 - flat) * 0.35;
      c.set(t > 0.72 ? palette.graniteLight : t > 0.42 ? palette.granite : t > 0.2 ? palette.forest : palette.forestDark);
      const dist = Math.hypot((a[0] + b[0] + d[0]) / 3, (a[2] + b[2] + d[2]) / 3);
      c.lerp(haze, Math.min(0.8, Math.max(0, (dist - 3500) / 11000)));
      for (let k = 0; k < 3; k++) col.push(c.r, c.g, c.b);
    };
    for (let i = 0; i < cfg.along; i++)
      for (let j = 0; j < cfg.across; j++) {
        const a = grid[i]![j]!;
        const b = grid[i + 1]![j]!;
        const d = grid[i]![j + 1]!;
        const e = grid[i + 1]![j + 1]!;
        tri(a, d, b);
        tri(b, d, e);
      }
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(pos, 3));
  g.setAttribute('color', new Float32BufferAttribute(col, 3));
  g.computeVertexNormals();
  g.computeBoundingSphere();
  return g;
}
