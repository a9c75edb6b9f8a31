/**
 * The followed visitor as a simple figure for the third-person view: a head with a headset visor at their
 * (smoothed) head pose and two controllers in a resting hold below it (the live link carries the head, not the
 * hands). Painted geometry on the shared surface material: no extra shader program. Usage: `<VisitorFigure />`
 */
import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { BoxGeometry, CapsuleGeometry, type Group, Quaternion, SphereGeometry, Vector3 } from 'three';
import { painted } from '../../scene/geometry-utils';
import { surfaceMaterial } from '../../scene/materials';
import { smoothedEye } from './SpectatorCamera';

const headGeometry = painted(new SphereGeometry(0.11, 20, 14), '#f0c9a0');
const visorGeometry = painted(new BoxGeometry(0.19, 0.09, 0.09), '#23303a');
const controllerGeometry = painted(new CapsuleGeometry(0.025, 0.09, 4, 10), '#e8eef2');
const q = new Quaternion();
const forward = new Vector3();

/** The figure; hidden unless `visible`. */
export function VisitorFigure({ visible }: { visible: boolean }) {
  const head = useRef<Group>(null);
  const body = useRef<Group>(null);
  useFrame(() => {
    const e = smoothedEye();
    const h = head.current;
    const b = body.current;
    if (!h || !b) return;
    h.visible = b.visible = visible && e !== null;
    if (!e) return;
    q.set(e.q[0]!, e.q[1]!, e.q[2]!, e.q[3]!);
    h.position.set(e.p[0]!, e.p[1]!, e.p[2]!);
    h.quaternion.copy(q);
    forward.set(0, 0, -1).applyQuaternion(q);
    b.position.set(e.p[0]!, e.p[1]!, e.p[2]!);
    b.rotation.set(0, Math.atan2(-forward.x, -forward.z), 0);
  });
  return (
    <>
      <group ref={head} visible={false} name="spectator-visitor-head">
        <mesh dispose={null} geometry={headGeometry} material={surfaceMaterial} />
        <mesh dispose={null} geometry={visorGeometry} material={surfaceMaterial} position={[0, 0.01, -0.09]} />
      </group>
      <group ref={body} visible={false} name="spectator-visitor-hands">
        <mesh dispose={null} geometry={controllerGeometry} material={surfaceMaterial} position={[-0.2, -0.5, -0.3]} rotation={[-1.1, 0, 0]} />
        <mesh dispose={null} geometry={controllerGeometry} material={surfaceMaterial} position={[0.2, -0.5, -0.3]} rotation={[-1.1, 0, 0]} />
      </group>
    </>
  );
}
