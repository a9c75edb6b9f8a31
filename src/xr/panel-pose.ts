/** Where a panel opens in VR: in front of the visitor in the park; beside the miniature at the table. */
import { useFrame } from '@react-three/fiber';
import { useEffect, useRef, useState } from 'react';
import type { Camera } from 'three';
import { Vector3 } from 'three';
import { motion, originPose } from './navigation';
import { panelSpot, yawFacing } from '../lib/xr-math';
import { xrConfig } from './config';
import { obstacles } from './teleport-rules';

const head = new Vector3();
const forward = new Vector3();

/** A panel's pose: bottom-centre position and yaw. */
export interface PanelPose {
  position: [number, number, number];
  yaw: number;
}

/** Places a panel of `height` metres for the visitor wearing `camera`, at the table or in the park. */
export function panelPose(camera: Camera, height: number, place: 'table' | 'park' | null): PanelPose {
  camera.getWorldPosition(head);
  camera.getWorldDirection(forward);
  let dx = forward.x;
  let dz = forward.z;
  let distance: number = xrConfig.panel.distance;
  let centreY = Math.max(1.0, head.y - xrConfig.panel.drop);
  if (place === 'table') {
    // Turn the view direction to the right (clockwise seen from above) and lift the panel above the miniature.
    const a = (-xrConfig.tablePanel.angleDeg * Math.PI) / 180;
    const c = Math.cos(a);
    const s = Math.sin(a);
    [dx, dz] = [dx * c + dz * s, -dx * s + dz * c];
    distance = xrConfig.tablePanel.distance;
    centreY = Math.max(1.1, head.y + xrConfig.tablePanel.lift);
  }
  const spot = panelSpot([head.x, head.z], [dx, dz], distance, xrConfig.panel.minDistance, obstacles);
  return { position: [spot.position[0], centreY - height / 2, spot.position[1]], yaw: yawFacing(spot.position, [head.x, head.z]) };
}

/**
 * A panel pose that is (re)computed when `key` changes, on the first frame where the headset is really at
 * the visitor's origin: right after a session starts or a jump, the camera can still be where it was.
 */
export function usePanelPose(height: number, place: 'table' | 'park' | null, key: string): PanelPose | null {
  const [pose, setPose] = useState<PanelPose | null>(null);
  const pending = useRef(true);
  useEffect(() => {
    pending.current = true;
  }, [key, height, place]);
  useFrame(({ camera }) => {
    if (!pending.current || motion.pending) return;
    camera.getWorldPosition(head);
    if (Math.hypot(head.x - originPose.x, head.z - originPose.z) > 3) return;
    pending.current = false;
    setPose(panelPose(camera, height, place));
  });
  return pose;
}
