/**
 * A soft contact shadow under the park model on the real table: nested rounded rectangles, each faintly dark, drawn
 * in one call with the panel backing's program (translucent basic material: no shader program of its own). The
 * overlaps darken towards the middle, so the edge fades out. Usage: `<ContactShadow />` in an MR session.
 */
import { useMemo } from 'react';
import { BufferGeometry, Float32BufferAttribute, MeshBasicMaterial } from 'three';
import { useTableLayout } from '../table-layout';
import { tableCentre } from '../teleport-rules';
import { parkBounds, parkSize } from './placement';

const material = new MeshBasicMaterial({ color: '#000000', transparent: true, opacity: 0.055, toneMapped: false, depthWrite: false });
/** Grow factors of the layers (1 = the outline's bounds): many faint steps read as one soft edge. */
const LAYERS = [1.12, 1.1, 1.08, 1.065, 1.05, 1.035, 1.02, 1.005, 0.99, 0.96];

/** Rectangles (two triangles each, facing up) around the origin, `w` × `d` grown by each factor. */
function layers(w: number, d: number): BufferGeometry {
  const pos: number[] = [];
  for (const k of LAYERS) {
    const x = (w * k) / 2;
    const z = (d * k) / 2;
    pos.push(-x, 0, -z, -x, 0, z, x, 0, z, -x, 0, -z, x, 0, z, x, 0, -z);
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(pos, 3));
  return g;
}

/** The shadow under the model. */
export function ContactShadow() {
  const height = useTableLayout((s) => s.height);
  const scale = useTableLayout((s) => s.scale);
  const geometry = useMemo(() => layers(parkSize.x * scale, parkSize.z * scale), [scale]);
  const [cx, cz] = tableCentre();
  const mx = ((parkBounds.minX + parkBounds.maxX) / 2) * scale;
  const mz = ((parkBounds.minZ + parkBounds.maxZ) / 2) * scale;
  return <mesh geometry={geometry} material={material} position={[cx + mx, height + 0.0008, cz + mz]} renderOrder={-1} name="mr-contact-shadow" />;
}
