/** Every tree of the park in one instanced draw call. Usage: `<Trees />` */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { ConeGeometry, CylinderGeometry, type InstancedMesh, Object3D } from 'three';
import { palette } from '../../config';
import { content } from '../../content';
import { layoutTrees } from '../../lib/layout';
import { surfaceMaterial } from '../materials';
import { mergePainted, painted } from '../geometry-utils';
import { once } from '../shared-geometry';

/** One low-poly tree (instanced). */
export const treeGeometry = () =>
  once('tree', () => {
    const trunk = new CylinderGeometry(0.6, 0.8, 4, 4);
    trunk.translate(0, 2, 0);
    const lower = new ConeGeometry(5, 9, 6);
    lower.translate(0, 7.5, 0);
    const upper = new ConeGeometry(3.6, 7, 6);
    upper.translate(0, 12, 0);
    return mergePainted([painted(trunk, palette.trunk), painted(lower, palette.treeLeaf), painted(upper, palette.treeLeafAlt)]);
  });

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
