/**
 * Compiles every material the session's scene holds, shown or hidden (the fade sphere, ray cursors, hover
 * highlights, panels), on the session's first frame and again in the frame after its input sources change
 * (controllers and hands mount then), before anything new is drawn. A program first linked on use would stall
 * a headset frame. Usage: `<PrecompileXR />` inside a session.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { useEffect, useRef } from 'react';

/** Frames to keep compiling after a change: a controller's model is mounted a few frames after its input source. */
const FRAMES_AFTER_CHANGE = 3;

/** The precompiler. */
export function PrecompileXR() {
  const session = useXR((s) => s.session);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const due = useRef(FRAMES_AFTER_CHANGE);
  useEffect(() => {
    if (!session) return undefined;
    due.current = FRAMES_AFTER_CHANGE;
    const onChange = () => void (due.current = FRAMES_AFTER_CHANGE);
    session.addEventListener('inputsourceschange', onChange);
    return () => session.removeEventListener('inputsourceschange', onChange);
  }, [session]);
  // Before the scene is rendered (default priority): materials added in this commit are compiled before their first draw.
  useFrame(() => {
    if (due.current <= 0 || !gl.xr.isPresenting) return;
    due.current--;
    // compile() skips materials whose program is current, so repeating it is cheap.
    gl.compile(scene, gl.xr.getCamera());
  });
  return null;
}
