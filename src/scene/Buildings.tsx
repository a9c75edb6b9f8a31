/** The park's generic (unnamed) buildings on industry plots, instanced in one draw call. Usage: `<Buildings />` */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { type InstancedMesh, Object3D } from 'three';
import { content } from '../content';
import { layoutBuildings } from '../lib/layout';
import { surfaceMaterial } from './materials';
import { buildingGeometry } from './shared-geometry';

/** The generic buildings. */
export function Buildings() {
  const boxes = useMemo(() => layoutBuildings(content.park.plots), []);
  const ref = useRef<InstancedMesh>(null);
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const o = new Object3D();
    boxes.forEach((b, i) => {
      o.position.set(b.x, 1.8, b.z);
      o.scale.set(b.width, b.height, b.depth);
      o.updateMatrix();
      mesh.setMatrixAt(i, o.matrix);
    });
    mesh.instanceMatrix.needsUpdate = true;
    mesh.computeBoundingSphere();
  }, [boxes]);
  // No dispose={null}: the geometry and material are shared and R3F leaves props alone, but the mesh's own
  // dispose() must run on unmount, or three keeps its instance-matrix buffer and vertex-array states for ever
  // (a new miniature mounts in every VR session).
  return <instancedMesh ref={ref} args={[buildingGeometry(), surfaceMaterial, boxes.length]} name="buildings" />;
}
