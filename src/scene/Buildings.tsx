/** The park's generic (unnamed) buildings on industry plots, instanced in one draw call. Usage: `<Buildings />` */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { BoxGeometry, type InstancedMesh, Object3D } from 'three';
import { palette } from '../config';
import { content } from '../content';
import { layoutBuildings } from '../lib/layout';
import { mergePainted, painted } from './geometry-utils';
import { surfaceMaterial } from './materials';

function buildingGeometry() {
  // A unit box with a glazed band near the top, scaled per instance.
  const body = new BoxGeometry(1, 0.82, 1);
  body.translate(0, 0.41, 0);
  const band = new BoxGeometry(1.002, 0.12, 1.002);
  band.translate(0, 0.88, 0);
  const roof = new BoxGeometry(0.96, 0.06, 0.96);
  roof.translate(0, 0.97, 0);
  return mergePainted([painted(body, palette.building), painted(band, palette.buildingGlass), painted(roof, palette.building)]);
}

/** The generic buildings. */
export function Buildings() {
  const boxes = useMemo(() => layoutBuildings(content.park.plots), []);
  const geometry = useMemo(buildingGeometry, []);
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
  return <instancedMesh ref={ref} args={[geometry, surfaceMaterial, boxes.length]} name="buildings" />;
}
