/**
 * Thumbstick locomotion on either controller: push forward to aim a teleport arc, release to jump (with a
 * fade); push sideways to snap-turn about the head; smooth walking on the left stick when enabled.
 * A vignette narrows the view during any artificial motion. Usage: `<Locomotion />` inside a session.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { BufferAttribute, BufferGeometry, Line, LineBasicMaterial, type Mesh, MeshBasicMaterial, Vector3 } from 'three';
import { teleportArc, turnAboutHead } from '../lib/xr-math';
import { useExhibit } from '../state/store';
import { comfort, xrConfig } from './config';
import { motion, originPose, teleportTo } from './navigation';
import { canTeleportTo } from './teleport-rules';
import { playCue } from '../audio/sound';

type Hand = 'left' | 'right';
const stickState: Record<Hand, { aiming: boolean; turned: boolean; valid: boolean; x: number; z: number }> = {
  left: { aiming: false, turned: false, valid: false, x: 0, z: 0 },
  right: { aiming: false, turned: false, valid: false, x: 0, z: 0 },
};
const start: [number, number, number] = [0, 0, 0];
const dir: [number, number, number] = [0, 0, 0];
const head = new Vector3();
const validColor = '#7ee0a1';
const invalidColor = '#ff7a6b';

/** Local target-ray pose → world, through the origin's yaw and position (written into start/dir). */
function toWorld(px: number, py: number, pz: number, qx: number, qy: number, qz: number, qw: number) {
  const c = Math.cos(originPose.yaw);
  const s = Math.sin(originPose.yaw);
  // Forward (-Z) of the controller's orientation.
  const dx = -2 * (qx * qz + qw * qy);
  const dy = -2 * (qy * qz - qw * qx);
  const dz = -(1 - 2 * (qx * qx + qy * qy));
  start[0] = originPose.x + px * c + pz * s;
  start[1] = originPose.y + py;
  start[2] = originPose.z - px * s + pz * c;
  dir[0] = dx * c + dz * s;
  dir[1] = dy;
  dir[2] = -dx * s + dz * c;
}

/** Locomotion for both controllers. */
export function Locomotion() {
  const gl = useThree((s) => s.gl);
  const markerRef = useRef<Mesh>(null);
  const { geometry, points, lineMaterial, markerMaterial, arcLine } = useMemo(() => {
    const pts = new Float32Array((xrConfig.teleport.segments + 2) * 3);
    const g = new BufferGeometry();
    g.setAttribute('position', new BufferAttribute(pts, 3));
    const lm = new LineBasicMaterial({ color: validColor, transparent: true, opacity: 0.9 });
    const line = new Line(g, lm);
    line.frustumCulled = false;
    line.visible = false;
    line.name = 'teleport-arc';
    return { geometry: g, points: pts, lineMaterial: lm, arcLine: line, // Not tone-mapped: the same shader program as the panels' translucent backing (one program fewer in VR).
      markerMaterial: new MeshBasicMaterial({ color: validColor, transparent: true, opacity: 0.8, toneMapped: false }) };
  }, []);

  useFrame((state, delta, frame?: XRFrame) => {
    const arc = arcLine;
    const marker = markerRef.current;
    if (arc) arc.visible = false;
    if (marker) marker.visible = false;
    const session = gl.xr.getSession();
    const ref = gl.xr.getReferenceSpace();
    if (!session || !ref || !frame || useExhibit.getState().paused || motion.pending) return;
    const dt = Math.min(delta, 0.1);
    for (let i = 0; i < session.inputSources.length; i++) {
      const src = session.inputSources[i]!;
      const hand = src.handedness;
      if ((hand !== 'left' && hand !== 'right') || !src.gamepad) continue;
      const axes = src.gamepad.axes;
      const sx = axes.length >= 4 ? axes[2]! : (axes[0] ?? 0);
      const sy = axes.length >= 4 ? axes[3]! : (axes[1] ?? 0);
      const st = stickState[hand];
      // Snap turn: once per push, re-armed when the stick returns to the centre.
      if (!st.aiming && Math.abs(sx) > xrConfig.stick.engage && Math.abs(sy) < xrConfig.stick.engage) {
        if (!st.turned) {
          state.camera.getWorldPosition(head);
          const turn = turnAboutHead([originPose.x, originPose.z], originPose.yaw, [head.x, head.z], (-Math.sign(sx) * xrConfig.snapTurnDeg * Math.PI) / 180);
          originPose.x = turn.position[0];
          originPose.z = turn.position[1];
          originPose.yaw = turn.yaw;
          motion.vignette = 1;
          st.turned = true;
        }
      } else if (Math.abs(sx) < xrConfig.stick.release) st.turned = false;
      // Smooth locomotion (off by default): left stick walks along the view direction.
      if (comfort.smoothLocomotion && hand === 'left' && Math.hypot(sx, sy) > xrConfig.stick.release) {
        state.camera.getWorldDirection(head);
        const len = Math.hypot(head.x, head.z) || 1;
        const fx = head.x / len;
        const fz = head.z / len;
        originPose.x += (fx * -sy + -fz * sx) * xrConfig.smoothSpeed * dt;
        originPose.z += (fz * -sy + fx * sx) * xrConfig.smoothSpeed * dt;
        motion.vignette = 1;
        continue;
      }
      // Teleport: aim while the stick is pushed forward, jump on release.
      if (sy < -xrConfig.stick.engage) {
        const pose = frame.getPose(src.targetRaySpace, ref);
        if (!pose) continue;
        const p = pose.transform.position;
        const q = pose.transform.orientation;
        toWorld(p.x, p.y, p.z, q.x, q.y, q.z, q.w);
        // From the viewing deck the arc has the deck's height to fall as well before it reaches the ground.
        const fall = Math.sqrt((2 * originPose.y) / xrConfig.teleport.gravity);
        const hit = teleportArc(start, dir, xrConfig.teleport.speed, xrConfig.teleport.gravity, xrConfig.teleport.maxTime + fall, xrConfig.teleport.segments, points);
        st.aiming = true;
        st.valid = hit.landed && canTeleportTo(hit.x, hit.z);
        st.x = hit.x;
        st.z = hit.z;
        if (arc) {
          geometry.setDrawRange(0, hit.count);
          geometry.getAttribute('position').needsUpdate = true;
          geometry.computeBoundingSphere();
          lineMaterial.color.set(st.valid ? validColor : invalidColor);
          arc.visible = true;
        }
        if (marker && hit.landed) {
          marker.position.set(hit.x, 0.05, hit.z);
          markerMaterial.color.set(st.valid ? validColor : invalidColor);
          marker.visible = true;
        }
      } else if (st.aiming && Math.abs(sy) < xrConfig.stick.release) {
        st.aiming = false;
        if (st.valid) {
          // Land so that the head, not the origin, ends up on the target.
          state.camera.getWorldPosition(head);
          teleportTo(st.x - (head.x - originPose.x), st.z - (head.z - originPose.z));
          motion.vignette = 1;
          playCue('teleport');
        } else playCue('denied');
      }
    }
  });

  return (
    <>
      <primitive object={arcLine} />
      <mesh ref={markerRef} material={markerMaterial} rotation-x={-Math.PI / 2} visible={false} name="teleport-marker">
        <ringGeometry args={[0.25, 0.4, 32]} />
      </mesh>
    </>
  );
}
