/**
 * A soft contact shadow under the park model on the real table: the park's outline grown in steps, each faintly dark, drawn
 * in one call with the panel backing's program (translucent basic material: no shader program of its own). The
 * overlaps darken towards the middle, so the edge fades out. Usage: `<ContactShadow />` in an MR session.
 */
import { useEffect, useMemo } from 'react';
import { content } from '../../content';
import { BufferGeometry, Float32BufferAttribute, MeshBasicMaterial } from 'three';
import { useTableLayout } from '../table-layout';
import { tableCentre } from '../teleport-rules';

const material = new MeshBasicMaterial({ color: '#000000', transparent: true, opacity: 0.06, toneMapped: false, depthWrite: false });
/** Grow factors of the layers (1 = the outline's bounds): many faint steps read as one soft edge. */
const LAYERS = [1.1, 1.085, 1.07, 1.055, 1.04, 1.025, 1.01, 0.995, 0.97, 0.94];

/** The park's outline grown by each factor about its centre (a fan of triangles facing up), at scale `scale`. */
function layers(scale: number): BufferGeometry {
  const outline = content.park.outline;
  const cx = outline.reduce((acc, p) => acc + p[0], 0) / outline.length;
  const cz = outline.reduce((acc, p) => acc + p[1], 0) / outline.length;
  const pos: number[] = [];
  for (const k of LAYERS)
    for (let i = 0; i < outline.length; i++) {
      const a = outline[i]!;
      const b = outline[(i + 1) % outline.length]!;
      const ax = (cx + (a[0] - cx) * k) * scale;
      const az = (cz + (a[1] - cz) * k) * scale;
      const bx = (cx + (b[0] - cx) * k) * scale;
      const bz = (cz + (b[1] - cz) * k) * scale;
      // Wound to face up whichever way the outline runs.
      const up = (ax - cx * scale) * (bz - cz * scale) - (az - cz * scale) * (bx - cx * scale) < 0;
      if (up) pos.push(cx * scale, 0, cz * scale, ax, 0, az, bx, 0, bz);
      else pos.push(cx * scale, 0, cz * scale, bx, 0, bz, ax, 0, az);
    }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(pos, 3));
  return g;
}

/** The shadow under the model. */
export function ContactShadow() {
  const height = useTableLayout((s) => s.height);
  const scale = useTableLayout((s) => s.scale);
  const geometry = useMemo(() => layers(scale), [scale]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  const [cx, cz] = tableCentre();
  return <mesh geometry={geometry} material={material} position={[cx, height + 0.0008, cz]} renderOrder={-1} name="mr-contact-shadow" />;
}
