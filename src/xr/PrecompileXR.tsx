/**
 * Compiles every material the session's scene holds, shown or hidden (the fade sphere, ray cursors, hover
 * highlights, panels), on the session's first frames and again whenever the input sources' part of the scene (the
 * XR origin's subtree: controllers, hands, their models, rays and cursors) gains or loses objects, before anything
 * new is drawn, and the controller models warmed up before the session (controller-warmup.ts) with its first frames.
 * A program first linked on use would stall a headset frame. Usage: `<PrecompileXR />` inside a session.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { useEffect, useRef } from 'react';
import { controllerWarmup } from './controller-warmup';

/** Frames to compile after the session starts or its input sources change (what is already mounted by then). */
const FRAMES_AFTER_CHANGE = 3;

let counted = 0;
const countOne = () => void counted++;

/** The precompiler. */
export function PrecompileXR() {
  const session = useXR((s) => s.session);
  const origin = useXR((s) => s.origin);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const due = useRef(FRAMES_AFTER_CHANGE);
  const inputObjects = useRef(-1);
  const warmed = useRef(0);
  useEffect(() => {
    if (!session) return undefined;
    due.current = FRAMES_AFTER_CHANGE;
    const onChange = () => void (due.current = FRAMES_AFTER_CHANGE);
    session.addEventListener('inputsourceschange', onChange);
    return () => session.removeEventListener('inputsourceschange', onChange);
  }, [session]);
  // Before the scene is rendered (default priority): materials added in this commit are compiled before their first draw.
  useFrame(() => {
    if (!gl.xr.isPresenting) return;
    let compile = due.current > 0;
    if (compile) due.current--;
    // A controller's model arrives when its file has loaded, any number of frames after its input source (many on
    // a busy headset), and is first drawn when it comes into view; a ray's cursor mounts hidden until the ray meets
    // something. A frame count cannot wait for them: the origin's subtree is counted every frame instead (a few
    // dozen objects, no allocation) and a change compiles again.
    if (origin) {
      counted = 0;
      origin.traverse(countOne);
      if (counted !== inputObjects.current) {
        inputObjects.current = counted;
        compile = true;
      }
    }
    // The warmed-up controller models (loaded before the session) and pointer materials are compiled with the
    // scene's lights and fog, so the library's copies find their programs built when they mount; a model landing
    // late counts as a change too.
    if (controllerWarmup.children.length !== warmed.current) {
      warmed.current = controllerWarmup.children.length;
      compile = true;
    }
    // compile() covers hidden objects too (three r187 traverses every mesh) and skips materials whose program is current.
    if (compile) {
      const camera = gl.xr.getCamera();
      gl.compile(scene, camera);
      gl.compile(controllerWarmup, camera, scene);
    }
  });
  return null;
}
