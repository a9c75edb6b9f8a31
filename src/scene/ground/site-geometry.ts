/**
 * What grounds the park's architecture, baked into the ground mesh (no shadow maps, no extra draw): each
 * pavilion's forecourt plaza and lawns, the sun's shadow of every building and pavilion (clipped to its plot and
 * shaded per surface beneath), and a dark contact band (ambient occlusion) around each base.
 */
import type { BufferGeometry, Color } from 'three';
import { palette } from '../../config';
import type { Park, Pavilion, Plot } from '../../content/types';
import { castShadow, clipToRect, ellipsePoints, pointInPolygon, rectCorners, type Vec2 } from '../../lib/geometry';
import { layoutBuildings } from '../../lib/layout';
import { groundPolygon, layered, loopStrip, mergePainted, painted, shaded } from '../geometry-utils';
import { plotFront } from '../pavilions/front';
import { SHADOW_SHIFT } from '../sun';

/** How dark a sun shadow and the contact band's inner edge make the ground. */
export const SHADE = { shadow: 0.7, contact: 0.5 } as const;

type Rect = { minX: number; maxX: number; minZ: number; maxZ: number };
const rectOf = (c: Vec2, s: Vec2): Rect => ({ minX: c[0] - s[0] / 2, maxX: c[0] + s[0] / 2, minZ: c[1] - s[1] / 2, maxZ: c[1] + s[1] / 2 });
const cornersOf = (r: Rect): Vec2[] => [[r.minX, r.minZ], [r.maxX, r.minZ], [r.maxX, r.maxZ], [r.minX, r.maxZ]];
const inRect = (p: Vec2, r: Rect) => p[0] >= r.minX && p[0] <= r.maxX && p[1] >= r.minZ && p[1] <= r.maxZ;

/** A surface on a plot: a rectangle and its colour, drawn after the plot in order. */
interface Surface {
  rect: Rect;
  color: string;
}

/** Plinth factor, shadow base and height, and taper of each form (matching pavilions/forms.ts). */
function pavilionMass(p: Pavilion, c: Vec2): { base: Vec2[]; casts: { base: Vec2[]; height: number; taper: number }[] } {
  const [w, d] = p.footprint;
  const h = p.height;
  const r = Math.min(w, d) / 2;
  switch (p.form) {
    case 'visor':
      return { base: rectCorners(c, [w * 1.18, d * 1.25], p.yaw), casts: [{ base: ellipsePoints(c, w / 2, d / 2, p.yaw), height: h + 2, taper: 0.35 }] };
    case 'rings':
      return { base: rectCorners(c, [w * 1.1, d * 1.1], p.yaw), casts: [{ base: ellipsePoints(c, r * 0.95, r * 0.95), height: h + 3, taper: 0.5 }] };
    case 'faceted':
      return {
        base: rectCorners(c, [w * 1.4, d * 1.4], p.yaw),
        casts: [
          { base: rectCorners(c, [w * 1.25, d * 1.25], p.yaw), height: 11, taper: 1 },
          { base: ellipsePoints(c, r * 0.95, r * 0.95, p.yaw, 6), height: h + 10, taper: 0.62 },
        ],
      };
    case 'canopy':
      return { base: rectCorners(c, [w * 1.15, d * 1.2], p.yaw), casts: [{ base: rectCorners(c, [w * 1.05, d * 0.98], p.yaw), height: h, taper: 1 }] };
  }
}

/** The plaza in front of a pavilion and the lawns around its court, as rectangles on its plot. */
export function pavilionSite(p: Pavilion, plot: Plot, park: Park): Surface[] {
  const [W, D] = plot.size;
  const [cx, cz] = plot.center;
  const a = (p.yaw * Math.PI) / 180;
  const k = 1.3;
  const hw = (0.5 * (Math.abs(p.footprint[0] * Math.cos(a)) + Math.abs(p.footprint[1] * Math.sin(a))) * k) + 10;
  const hd = (0.5 * (Math.abs(p.footprint[0] * Math.sin(a)) + Math.abs(p.footprint[1] * Math.cos(a))) * k) + 10;
  const f = plotFront(plot, park.roads)[1] >= 0 ? 1 : -1;
  const edge = 5;
  const plot0 = rectOf(plot.center, plot.size);
  const court: Rect = { minX: cx - hw, maxX: cx + hw, minZ: cz - hd, maxZ: cz + hd };
  const front = f > 0 ? { minZ: court.maxZ, maxZ: plot0.maxZ } : { minZ: plot0.minZ, maxZ: court.minZ };
  const plazaHalf = Math.min(W * 0.3, hw);
  const out: Surface[] = [
    { rect: { minX: plot0.minX + edge, maxX: court.minX - 4, minZ: plot0.minZ + edge, maxZ: plot0.maxZ - edge }, color: palette.lawn },
    { rect: { minX: court.maxX + 4, maxX: plot0.maxX - edge, minZ: plot0.minZ + edge, maxZ: plot0.maxZ - edge }, color: palette.lawn },
    f > 0
      ? { rect: { minX: court.minX, maxX: court.maxX, minZ: plot0.minZ + edge, maxZ: court.minZ - 4 }, color: palette.lawn }
      : { rect: { minX: court.minX, maxX: court.maxX, minZ: court.maxZ + 4, maxZ: plot0.maxZ - edge }, color: palette.lawn },
    { rect: { minX: cx - plazaHalf, maxX: cx + plazaHalf, ...front }, color: palette.plaza },
  ];
  return out.filter((s) => s.rect.maxX - s.rect.minX > 4 && s.rect.maxZ - s.rect.minZ > 4 && D > 0);
}

/** Plaza paving: square tiles in two tones. */
function paving(r: Rect, tile = 12): BufferGeometry[] {
  const out: BufferGeometry[] = [];
  for (let x = r.minX, i = 0; x < r.maxX - 0.5; x += tile, i++)
    for (let z = r.minZ, j = 0; z < r.maxZ - 0.5; z += tile, j++)
      if ((i + j) % 2) out.push(painted(groundPolygon(cornersOf({ minX: x, maxX: Math.min(x + tile, r.maxX), minZ: z, maxZ: Math.min(z + tile, r.maxZ) }), 0), palette.plazaAlt));
  return out;
}

/** One mass on a plot: its contact base and shadows, over the plot's surfaces. */
interface Mass {
  plot: Rect;
  plotColor: string;
  surfaces: Surface[];
  base: Vec2[];
  shadows: Vec2[][];
}

/**
 * The site layer as one geometry, drawn just after the park's ground (which it paints over, in order): the site
 * surfaces, the shadows over them, the contact bands. Everything lies inside plots, clear of the roads.
 */
export function buildSiteGeometry(park: Park, pavilions: readonly Pavilion[], plotColor: (p: Plot) => string): BufferGeometry {
  const plots = new Map(park.plots.map((p) => [p.id, p]));
  const masses: Mass[] = [];
  for (const p of pavilions) {
    const plot = plots.get(p.plot);
    if (!plot) continue;
    const m = pavilionMass(p, plot.center);
    masses.push({ plot: rectOf(plot.center, plot.size), plotColor: plotColor(plot), surfaces: pavilionSite(p, plot, park), base: m.base, shadows: m.casts.map((c) => castShadow(c.base, c.height, SHADOW_SHIFT, c.taper)) });
  }
  for (const b of layoutBuildings(park.plots)) {
    const plot = park.plots.find((q) => q.use === 'industry' && inRect([b.x, b.z], rectOf(q.center, q.size)));
    if (!plot) continue;
    const base = rectCorners([b.x, b.z], [b.width, b.depth]);
    masses.push({ plot: rectOf(plot.center, plot.size), plotColor: plotColor(plot), surfaces: [], base, shadows: [castShadow(base, b.height, SHADOW_SHIFT)] });
  }
  const site: BufferGeometry[] = [];
  const shadow: BufferGeometry[] = [];
  const contact: BufferGeometry[] = [];
  for (const m of masses) {
    for (const s of m.surfaces) {
      site.push(painted(groundPolygon(cornersOf(s.rect), 0), s.color));
      if (s.color === palette.plaza) site.push(...paving(s.rect));
    }
    // Each shadow piece takes the colour of what it falls on: the plot, then each surface over it.
    for (const poly of m.shadows)
      for (const under of [{ rect: m.plot, color: m.plotColor }, ...m.surfaces]) {
        const piece = clipToRect(poly, under.rect);
        if (piece.length >= 3) shadow.push(painted(groundPolygon(piece, 0), shaded(under.color, SHADE.shadow)));
      }
    const colorAt = (q: Vec2, k: number): Color => {
      let c: string = m.plotColor;
      for (const s of m.surfaces) if (inRect(q, s.rect)) c = s.color;
      const dark = m.shadows.some((poly) => pointInPolygon(q, poly));
      return shaded(c, k * (dark ? SHADE.shadow : 1));
    };
    const cx = m.base.reduce((s, q) => s + q[0], 0) / m.base.length;
    const cz = m.base.reduce((s, q) => s + q[1], 0) / m.base.length;
    // The band reaches 6 m out (4 m on small buildings), never past the plot.
    const reach = Math.min(6, Math.max(3, Math.hypot(m.base[0]![0] - cx, m.base[0]![1] - cz) * 0.12));
    const outer = m.base.map(([x, z]): Vec2 => {
      const l = Math.hypot(x - cx, z - cz) || 1;
      return [x + ((x - cx) / l) * reach * 1.41, z + ((z - cz) / l) * reach * 1.41];
    });
    contact.push(loopStrip(m.base, outer, (q) => colorAt(q, SHADE.contact), (q) => colorAt(q, 1)));
  }
  return mergePainted([...site, ...shadow, ...contact].map((g) => layered(g, 0)));
}

