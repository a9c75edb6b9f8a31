/**
 * Drives the XR origin from `originPose` every frame and runs faded jumps: fade out, move, fade in.
 * The store hears about an arrival once, not every frame. Usage: `<XRNavigator />` inside a session.
 */
import { useFrame } from '@react-three/fiber';
import { XROrigin } from '@react-three/xr';
import { useRef } from 'react';
import type { Group } from 'three';
import { stepFade } from '../lib/xr-math';
import { useExhibit } from '../state/store';
import { xrConfig } from './config';
import { motion, originPose } from './navigation';

/** The origin and its jump logic. */
export function XRNavigator() {
  const origin = useRef<Group>(null);
  useFrame((_, delta) => {
    const dt = Math.min(delta, 0.1);
    motion.fade = stepFade(motion.fade, motion.fadeTarget, dt, xrConfig.fadeSeconds);
    motion.vignette = stepFade(motion.vignette, 0, dt, 0.35);
    if (motion.pending && motion.fade >= 1) {
      const p = motion.pending;
      motion.pending = null;
      originPose.x = p.x;
      originPose.y = p.y;
      originPose.z = p.z;
      originPose.yaw = p.yaw;
      motion.fadeTarget = 0;
      if (useExhibit.getState().xrPlace !== p.place) useExhibit.getState().actions.setXRPlace(p.place);
    }
    const o = origin.current;
    if (o) {
      o.position.set(originPose.x, originPose.y, originPose.z);
      o.rotation.set(0, originPose.yaw, 0);
    }
  });
  return <XROrigin ref={origin} />;
}
