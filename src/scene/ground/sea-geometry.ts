/**
 * The Yellow Sea: a grid east of the coast that is fine near the park (so the swell shows) and coarse far out,
 * shallow turquoise at the shore deepening to blue (vertex colours; the land paints over its western edge).
 */
import { BufferGeometry, Color, Float32BufferAttribute } from 'three';
import { palette } from '../../config';
import { distanceToSegment, type Vec2 } from '../../lib/geometry';
import { coastline } from '../landscape/coast';

/** Grid lines from `start` to `end`, the first `step` apart, each step `grow` times the last. */
export function gradedSteps(start: number, end: number, step: number, grow: number): number[] {
  const out = [start];
  for (let x = start, s = step; x < end; s *= grow) out.push((x = Math.min(end, x + s)));
  return out;
}

const distanceToCoast = (p: Vec2) => coastline.slice(1).reduce((d, b, i) => Math.min(d, distanceToSegment(p, coastline[i]!, b)), Infinity);

/** Builds the sea at `y` (below the land, which is drawn over it). */
export function buildSeaGeometry(y = -1.5): BufferGeometry {
  const xs = gradedSteps(1800, 30000, 60, 1.13);
  const half = gradedSteps(0, 30000, 60, 1.13);
  const zs = [...half.slice(1).map((z) => -z).reverse(), ...half];
  const shallow = new Color(palette.seaShallow);
  const deep = new Color(palette.seaDeep);
  const c = new Color();
  const pos: number[] = [];
  const col: number[] = [];
  const vert = (x: number, z: number) => {
    pos.push(x, y, z);
    c.copy(shallow).lerp(deep, Math.min(1, distanceToCoast([x, z]) / 1800));
    col.push(c.r, c.g, c.b);
  };
  for (let i = 0; i < xs.length - 1; i++)
    for (let j = 0; j < zs.length - 1; j++) {
      const [x0, x1, z0, z1] = [xs[i]!, xs[i + 1]!, zs[j]!, zs[j + 1]!];
      // Counter-clockwise seen from above.
      for (const [x, z] of [[x0, z0], [x0, z1], [x1, z0], [x1, z0], [x0, z1], [x1, z1]] as const) vert(x, z);
    }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(pos, 3));
  g.setAttribute('color', new Float32BufferAttribute(col, 3));
  g.computeVertexNormals();
  g.computeBoundingSphere();
  return g;
}
