/**
 * Where a panel opens in the park: to the visitor's right at about 1.7 m, placed once per selection (see
 * lib/xr-layout). A spectator TV places it for the head the followed headset placed it for (its report's layout).
 */
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Vector3 } from 'three';
import { useLive } from '../booth/live-status';
import { parkPanelRules, parkPanelSlot, slotPose } from '../lib/xr-layout';
import { motion, originPose } from './navigation';
import { setAnchor } from './world-anchor';

const head = new Vector3();
const forward = new Vector3();

/** A panel's pose: bottom-centre position, yaw, and metres per panel unit. */
export interface PanelPose {
  position: [number, number, number];
  yaw: number;
  scale: number;
}

/** The metres per panel unit of a panel in the park. */
export const PARK_PANEL_SCALE = parkPanelRules.width / 100;

/**
 * A park panel's pose for a layout `units` tall (100 wide), (re)computed when `key` changes, on the first frame
 * where the headset is really at the visitor's origin: right after a session starts or a jump, the camera can
 * still be where it was. A panel that follows the head is tiring, so it stays put until then.
 */
export function usePanelPose(units: number, key: string): PanelPose | null {
  const [pose, setPose] = useState<PanelPose | null>(null);
  const pending = useRef(true);
  // On a spectator TV: the head the followed headset placed its panel for (null on the headset itself).
  const followed = useLive((s) => (s.role === 'spectator' && s.followed?.place === 'park' ? (s.followed.layout ?? null) : null));
  const spectator = useLive((s) => s.role === 'spectator');
  const followedPose = useMemo(
    () => (followed ? { ...slotPose(followed.head, followed.yaw, parkPanelSlot(units / 100)), scale: PARK_PANEL_SCALE } : null),
    [followed, units],
  );
  useEffect(() => {
    pending.current = true;
  }, [key, units]);
  useFrame(({ camera }) => {
    if (spectator || !pending.current || motion.pending || motion.fade > 0.5) return;
    camera.getWorldPosition(head);
    if (Math.hypot(head.x - originPose.x, head.z - originPose.z) > 3) return;
    pending.current = false;
    camera.getWorldDirection(forward);
    const yaw = Math.atan2(-forward.x, -forward.z);
    setAnchor('park', [head.x, head.y, head.z], yaw);
    const p = slotPose([head.x, head.y, head.z], yaw, parkPanelSlot(units / 100));
    setPose({ ...p, scale: PARK_PANEL_SCALE });
  });
  return spectator ? followedPose : pose;
}
