/** Copies the XR camera's world pose into `headPose` each frame (for the live link). Usage: inside a VR session. */
import { useFrame } from '@react-three/fiber';
import { useEffect } from 'react';
import { Quaternion, Vector3 } from 'three';
import { headPose } from './head-pose';

const p = new Vector3();
const q = new Quaternion();

/** The sampler. */
export function HeadPoseSampler() {
  useEffect(
    () => () => {
      headPose.valid = false;
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
  });
  return null;
}
