/** Every tree of the park in one instanced draw call. Usage: `<Trees />` */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { type InstancedMesh, Object3D } from 'three';
import { content } from '../../content';
import { layoutTrees } from '../../lib/layout';
import { surfaceMaterial } from '../materials';
import { treeGeometry } from '../shared-geometry';

/** The trees. */
export function Trees() {
  const spots = useMemo(() => layoutTrees(content.park), []);
  const ref = useRef<InstancedMesh>(null);
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const o = new Object3D();
    spots.forEach((s, i) => {
      o.position.set(s.x, 0, s.z);
      o.rotation.y = (i * 1.7) % (Math.PI * 2);
      o.scale.setScalar(s.scale);
      o.updateMatrix();
      mesh.setMatrixAt(i, o.matrix);
    });
    mesh.instanceMatrix.needsUpdate = true;
    mesh.computeBoundingSphere();
  }, [spots]);
  // No dispose={null}: the geometry and material are shared and R3F leaves props alone, but the mesh's own
  // dispose() must run on unmount, or three keeps its instance-matrix buffer and vertex-array states for ever
  // (a new miniature mounts in every VR session).
  return <instancedMesh ref={ref} args={[treeGeometry(), surfaceMaterial, spots.length]} name="trees" />;
}
