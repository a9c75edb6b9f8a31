/**
 * The sky dome: a vertex-colour gradient from a deep zenith to a pale, warm horizon glow (brighter towards
 * the sun), and the sun's disc with a soft halo, all one unlit mesh (no textures). Usage: `<Sky />`
 */
import { useMemo } from 'react';
import { BufferGeometry, Color, Float32BufferAttribute, SphereGeometry, Vector3 } from 'three';
import { palette } from '../config';
import { backdropOrder, panelShapeMaterial } from './materials';
import { SUN_DIRECTION } from './sun';

const sun = new Vector3(...SUN_DIRECTION);
const top = new Color(palette.skyTop);
const horizon = new Color(palette.skyHorizon);
const glow = new Color(palette.skyGlow);
const white = new Color('#fffaf0');

/** The sky colour in a direction (unit vector): zenith gradient, horizon glow, sun halo. */
function skyColor(d: Vector3, out: Color): Color {
  const up = Math.max(0, d.y);
  out.copy(horizon).lerp(top, Math.pow(up, 0.55));
  const sunward = Math.max(0, d.dot(sun));
  // A warm band just above the horizon, strongest under the sun.
  out.lerp(glow, Math.exp(-up * 9) * (0.35 + 0.45 * sunward));
  out.lerp(white, Math.pow(sunward, 24) * 0.55);
  return out;
}

function buildSky(radius: number): BufferGeometry {
  const dome = new SphereGeometry(radius, 48, 24).toNonIndexed();
  // Turned inside out (seen from within) so the unlit vertex-colour material of the panels serves: one program fewer.
  dome.scale(-1, 1, 1);
  const pos = dome.getAttribute('position');
  const d = new Vector3();
  const c = new Color();
  const colors: number[] = [];
  for (let i = 0; i < pos.count; i++) skyColor(d.fromBufferAttribute(pos, i).normalize(), c).toArray(colors, i * 3);
  // The sun's disc (2.4°) and halo (9°), a fan facing the centre just inside the dome.
  const fanPos: number[] = [];
  const fanCol: number[] = [];
  const u = new Vector3().crossVectors(sun, new Vector3(0, 1, 0)).normalize();
  const v = new Vector3().crossVectors(u, sun);
  const ring = (angle: number, k: number, p: Vector3) => p.copy(sun).addScaledVector(u, Math.cos(k) * angle).addScaledVector(v, Math.sin(k) * angle).normalize();
  const a = new Vector3();
  const b = new Vector3();
  const push = (p: Vector3, col: Color) => {
    fanPos.push(p.x * radius * 0.96, p.y * radius * 0.96, p.z * radius * 0.96);
    fanCol.push(col.r, col.g, col.b);
  };
  const n = 24;
  const disc = 0.021;
  const halo = 0.08;
  const edge = new Color();
  for (let i = 0; i < n; i++) {
    const k0 = (i / n) * Math.PI * 2;
    const k1 = ((i + 1) / n) * Math.PI * 2;
    push(sun, white);
    push(ring(disc, k1, a), white);
    push(ring(disc, k0, b), white);
    // Halo: from near-white at the disc to the dome's own colour, so it melts into the sky.
    const inner = c.copy(white).lerp(glow, 0.25);
    for (const [angle, k] of [[disc, k0], [disc, k1], [halo, k1], [disc, k0], [halo, k1], [halo, k0]] as const) {
      const p = ring(angle, k, a);
      push(p, angle === disc ? inner : skyColor(p, edge));
    }
  }
  // Wind every fan triangle to face the centre (front faces only, like the dome).
  for (let t = 0; t < fanPos.length; t += 9) {
    const [ax, ay, az, bx, by, bz, cx, cy, cz] = fanPos.slice(t, t + 9) as [number, number, number, number, number, number, number, number, number];
    const nx = (by - ay) * (cz - az) - (bz - az) * (cy - ay);
    const ny = (bz - az) * (cx - ax) - (bx - ax) * (cz - az);
    const nz = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    if (nx * ax + ny * ay + nz * az > 0) {
      fanPos.splice(t + 3, 6, cx, cy, cz, bx, by, bz);
      fanCol.splice(t + 3, 6, ...fanCol.slice(t + 6, t + 9), ...fanCol.slice(t + 3, t + 6));
    }
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute([...(pos.array as Float32Array), ...fanPos], 3));
  g.setAttribute('color', new Float32BufferAttribute([...colors, ...fanCol], 3));
  dome.dispose();
  return g;
}

/** The sky. */
export function Sky({ radius = 30000 }: { radius?: number }) {
  const geometry = useMemo(() => buildSky(radius), [radius]);
  return <mesh dispose={null} geometry={geometry} material={panelShapeMaterial} renderOrder={backdropOrder.sky} frustumCulled={false} name="sky" />;
}
