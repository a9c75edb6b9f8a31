/** Copies the XR camera's world pose into `headPose` each frame (for the live link) and feeds the gaze dwell (gaze-feed). Usage: inside a VR session. */
import { useFrame } from '@react-three/fiber';
import { useEffect } from 'react';
import { Quaternion, Vector3 } from 'three';
import { useExhibit } from '../state/store';
import { gazeEnd, gazeFrame } from './gaze-feed';
import { headPose } from './head-pose';

const p = new Vector3();
const q = new Quaternion();

/** The sampler. */
export function HeadPoseSampler() {
  useEffect(
    () => () => {
      headPose.valid = false;
      gazeEnd();
    },
    [],
  );
  useFrame(({ camera }) => {
    camera.getWorldPosition(p);
    camera.getWorldQuaternion(q);
    headPose.p[0] = p.x;
    headPose.p[1] = p.y;
    headPose.p[2] = p.z;
    headPose.q[0] = q.x;
    headPose.q[1] = q.y;
    headPose.q[2] = q.z;
    headPose.q[3] = q.w;
    headPose.valid = true;
    // The analytics' gaze dwell samples a few times a second from here (the XR frame loop); a paused session
    // (system menu, headset off) ends the look at once rather than after a gap in the samples.
    if (useExhibit.getState().paused) gazeEnd();
    else gazeFrame(performance.now(), headPose.p, headPose.q);
  });
  return null;
}
