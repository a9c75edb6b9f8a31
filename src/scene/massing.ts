/**
 * A small writer of flat-shaded, vertex-coloured massing geometry (walls, roofs, bands, cones) into one triangle
 * soup: many buildings, one buffer, one draw call. Vertex colours carry the detail (window bands, darker bases).
 */
import { BufferGeometry, Color, Float32BufferAttribute } from 'three';

type P3 = readonly [number, number, number];

/** Accumulates triangles; `geometry()` turns them into a BufferGeometry. */
export class Massing {
  private readonly pos: number[] = [];
  private readonly col: number[] = [];

  /** One triangle, each corner with its colour (counter-clockwise seen from outside). */
  tri(a: P3, b: P3, c: P3, ca: Color, cb = ca, cc = ca): void {
    this.pos.push(...a, ...b, ...c);
    this.col.push(ca.r, ca.g, ca.b, cb.r, cb.g, cb.b, cc.r, cc.g, cc.b);
  }

  /**
   * The four walls of an axis-aligned box between heights y0 and y1 (no roof, no floor): `bottom` colours the
   * lower edge, `top` the upper (a gradient between them, e.g. contact darkness at the foot).
   */
  walls(x: number, z: number, w: number, d: number, y0: number, y1: number, top: Color, bottom = top): void {
    const [x0, x1, z0, z1] = [x - w / 2, x + w / 2, z - d / 2, z + d / 2];
    const ring: [number, number][] = [[x0, z1], [x1, z1], [x1, z0], [x0, z0]];
    for (let i = 0; i < 4; i++) {
      const [ax, az] = ring[i]!;
      const [bx, bz] = ring[(i + 1) % 4]!;
      this.tri([ax, y0, az], [bx, y0, bz], [bx, y1, bz], bottom, bottom, top);
      this.tri([ax, y0, az], [bx, y1, bz], [ax, y1, az], bottom, top, top);
    }
  }

  /** A flat roof (or any horizontal rectangle facing up) at height y. */
  roof(x: number, z: number, w: number, d: number, y: number, c: Color): void {
    const [x0, x1, z0, z1] = [x - w / 2, x + w / 2, z - d / 2, z + d / 2];
    this.tri([x0, y, z0], [x0, y, z1], [x1, y, z1], c);
    this.tri([x0, y, z0], [x1, y, z1], [x1, y, z0], c);
  }

  /** A closed box without a floor. */
  box(x: number, z: number, w: number, d: number, y0: number, y1: number, wall: Color, roof = wall, foot = wall): void {
    this.walls(x, z, w, d, y0, y1, wall, foot);
    this.roof(x, z, w, d, y1, roof);
  }

  /** A cone (a tree's crown) of `sides` faces, without a base. */
  cone(x: number, z: number, r: number, y0: number, y1: number, sides: number, c: Color, foot = c, turn = 0): void {
    for (let i = 0; i < sides; i++) {
      const a0 = turn + (i / sides) * Math.PI * 2;
      const a1 = turn + ((i + 1) / sides) * Math.PI * 2;
      this.tri([x + Math.cos(a0) * r, y0, z - Math.sin(a0) * r], [x + Math.cos(a1) * r, y0, z - Math.sin(a1) * r], [x, y1, z], foot, foot, c);
    }
  }

  /** The merged geometry (face normals from the triangle soup). */
  geometry(): BufferGeometry {
    const g = new BufferGeometry();
    g.setAttribute('position', new Float32BufferAttribute(this.pos, 3));
    g.setAttribute('color', new Float32BufferAttribute(this.col, 3));
    g.computeVertexNormals();
    g.computeBoundingBox();
    g.computeBoundingSphere();
    return g;
  }
}
