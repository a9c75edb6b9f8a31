/** Every tree of the park in one instanced draw call. Usage: `<Trees />` */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { ConeGeometry, CylinderGeometry, type InstancedMesh, Object3D } from 'three';
import { palette } from '../../config';
import { content } from '../../content';
import { layoutTrees } from '../../lib/layout';
import { mergePainted, painted } from '../geometry-utils';
import { surfaceMaterial } from '../materials';

function treeGeometry() {
  const trunk = new CylinderGeometry(0.6, 0.8, 4, 4);
  trunk.translate(0, 2, 0);
  const lower = new ConeGeometry(5, 9, 6);
  lower.translate(0, 7.5, 0);
  const upper = new ConeGeometry(3.6, 7, 6);
  upper.translate(0, 12, 0);
  return mergePainted([painted(trunk, palette.trunk), painted(lower, palette.treeLeaf), painted(upper, palette.treeLeafAlt)]);
}

/** The trees. */
export function Trees() {
  const spots = useMemo(() => layoutTrees(content.park), []);
  const geometry = useMemo(treeGeometry, []);
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
  return <instancedMesh ref={ref} args={[geometry, surfaceMaterial, spots.length]} name="trees" />;
}
