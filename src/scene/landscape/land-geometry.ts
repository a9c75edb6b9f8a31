/**
 * The land beyond the park as one merged geometry: the plain, fields, the district's blocks, their buildings'
 * shadows and streets (the main avenue leading in), the beach and the surf line. Drawn after the sea, before
 * the park's ground (painted in draw order, like the park's layers).
 */
import type { BufferGeometry } from 'three';
import { palette } from '../../config';
import type { Park } from '../../content/types';
import { castShadow, clipToRect, rectCorners, type Vec2 } from '../../lib/geometry';
import { groundPolygon, layered, mergePainted, painted, ribbon, shaded } from '../geometry-utils';
import { SHADE } from '../ground/site-geometry';
import { SHADOW_SHIFT } from '../sun';
import { coastline, landPolygon } from './coast';
import { districtBuildings, planDistrict } from './district-plan';

/** A band along the coast, `from`…`to` metres inland (negative: out to sea). */
function coastBand(from: number, to: number): BufferGeometry {
  // Per-vertex normals pointing out to sea (east of the coast's north-to-south course), averaged at the joints.
  const normals = coastline.map((_, i) => {
    const a = coastline[Math.max(0, i - 1)]!;
    const b = coastline[Math.min(coastline.length - 1, i + 1)]!;
    const l = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
    return [(b[1] - a[1]) / l, -(b[0] - a[0]) / l] as const;
  });
  const at = (d: number) => coastline.map(([x, z], i): Vec2 => [x - normals[i]![0] * d, z - normals[i]![1] * d]);
  return groundPolygon([...at(from), ...at(to).reverse()], 0);
}

/** The land beyond the park: fields, district blocks and streets, beach and surf. */
function landParts(park: Park): BufferGeometry[] {
  const plan = planDistrict(park);
  const parts = [painted(groundPolygon(landPolygon, 0), palette.land)];
  const fieldTint = [palette.field, palette.fieldAlt, palette.fieldWarm] as const;
  for (const f of plan.fields) parts.push(painted(groundPolygon(rectCorners(f.center, f.size), 0), fieldTint[f.tint]));
  for (const b of plan.blocks) parts.push(painted(groundPolygon(rectCorners(b.center, b.size), 0), b.kind === 'green' ? palette.lawn : palette.district));
  // District buildings' shadows stay on their block.
  const shade = shaded(palette.district, SHADE.shadow);
  for (const d of districtBuildings(plan.blocks)) {
    const b = plan.blocks[d.block]!;
    const piece = clipToRect(castShadow(rectCorners([d.x, d.z], [d.width, d.depth]), d.height, SHADOW_SHIFT), {
      minX: b.center[0] - b.size[0] / 2,
      maxX: b.center[0] + b.size[0] / 2,
      minZ: b.center[1] - b.size[1] / 2,
      maxZ: b.center[1] + b.size[1] / 2,
    });
    if (piece.length >= 3) parts.push(painted(groundPolygon(piece, 0), shade));
  }
  for (const s of plan.streets) {
    parts.push(painted(ribbon([s.a, s.b], s.width, 0), s.avenue ? palette.avenue : palette.districtRoad));
    if (s.avenue) parts.push(painted(ribbon([s.a, s.b], 1.2, 0), palette.roadLine));
  }
  parts.push(painted(coastBand(0, 70), palette.beach), painted(coastBand(-14, 0), palette.foam));
  return parts;
}



/** Builds the land geometry around a park. */
export const buildLandGeometry = (park: Park): BufferGeometry => mergePainted(landParts(park).map((g) => layered(g, 0)));
