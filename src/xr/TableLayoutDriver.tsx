/**
 * Lays the table out (table height, panel arc) for the visitor's actual head pose: once the session's first real
 * pose arrives, after every recentre (the reference space's `reset` event) and on every return to the table.
 * Between those moments nothing moves. Usage: `<TableLayoutDriver />` inside a VR session.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useCallback, useEffect, useRef } from 'react';
import { Vector3 } from 'three';
import { useExhibit } from '../state/store';
import { motion, originPose } from './navigation';
import { layoutTable, useTableLayout } from './table-layout';
import { setAnchor } from './world-anchor';

const head = new Vector3();
const look = new Vector3();
/** Frames to wait after a trigger: the camera in `useFrame` still shows the previous frame's pose. */
const SETTLE_FRAMES = 3;

/** The table layout driver. */
export function TableLayoutDriver() {
  const gl = useThree((s) => s.gl);
  const place = useExhibit((s) => s.xrPlace);
  const wait = useRef(SETTLE_FRAMES);
  const space = useRef<XRReferenceSpace | null>(null);
  useEffect(() => {
    if (place === 'table') wait.current = SETTLE_FRAMES;
  }, [place]);
  const onReset = useCallback(() => {
    wait.current = SETTLE_FRAMES;
  }, []);
  useEffect(() => () => space.current?.removeEventListener('reset', onReset), [onReset]);
  useFrame(({ camera }) => {
    // The session's reference space arrives after mount: listen for its recentres.
    const ref = gl.xr.getReferenceSpace();
    if (ref !== space.current) {
      space.current?.removeEventListener('reset', onReset);
      ref?.addEventListener('reset', onReset);
      space.current = ref;
    }
    if (wait.current < 0 || motion.pending || useExhibit.getState().xrPlace !== 'table') return;
    camera.getWorldPosition(head);
    // Until the headset's pose is in, the camera may still be the desktop one (far away) or on the floor.
    if (Math.hypot(head.x - originPose.x, head.z - originPose.z) > 3 || head.y - originPose.y < 0.4) return;
    if (wait.current-- > 0) return;
    camera.getWorldDirection(look);
    const next = layoutTable([head.x, head.y, head.z], Math.atan2(-look.x, -look.z));
    setAnchor('table', next.head, next.headYaw);
    useTableLayout.setState((s) => ({ ...next, revision: s.revision + 1 }));
  });
  return null;
}
