/**
 * Frees three's per-session XR render target when the session ends. three r187's WebXRManager makes a new
 * `WebGLRenderTarget` for every session and drops it at the end without `dispose()`: on the projection-layer path
 * (Quest and Pico browsers) its framebuffers and multisample renderbuffers stay on the GPU, one set per session, all
 * day at a booth, and its texture count grows by one per session. The layer's own colour texture belongs to the browser and
 * is dead once the session ends: it is detached first, so that only what three allocated is deleted.
 * Usage: `useReleaseXRRenderTarget()` inside a session (SessionLifecycle).
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { WebGLRenderer, WebGLRenderTarget } from 'three';

type XRTarget = WebGLRenderTarget & { isXRRenderTarget?: boolean };

// The running session's target (one renderer, one session at a time).
let xrTarget: XRTarget | null = null;

/** Remembers the session's render target while it renders; disposes it once the session (this hook) ends. */
export function useReleaseXRRenderTarget(): void {
  const gl = useThree((s) => s.gl);
  useFrame(() => {
    // Inside the XR frame three has bound the session's target; one property read per frame, no allocation.
    const rt = gl.getRenderTarget() as XRTarget | null;
    if (rt?.isXRRenderTarget && xrTarget !== rt) xrTarget = rt;
  });
  useEffect(
    () => () => {
      const rt = xrTarget;
      xrTarget = null;
      if (rt) releaseXRRenderTarget(gl, rt);
    },
    [gl],
  );
}

/** Disposes a finished session's XR render target without deleting the browser-owned layer textures. */
export function releaseXRRenderTarget(gl: WebGLRenderer, rt: XRTarget): void {
  if (gl.getRenderTarget() === rt) gl.setRenderTarget(null);
  const props = gl.properties as unknown as { get(o: object): { __webglTexture?: unknown; __webglInit?: boolean } };
  let external = 0;
  for (const texture of rt.textures) {
    // External (the layer's): three set the handle without allocating it. Forget it so dispose leaves it alone.
    const p = props.get(texture);
    if (p.__webglInit !== true && p.__webglTexture !== undefined) {
      p.__webglTexture = undefined;
      external++;
    }
  }
  const depth = rt.depthTexture;
  if (depth) {
    const p = props.get(depth);
    if (p.__webglInit !== true) p.__webglTexture = undefined;
  }
  rt.dispose();
  // three r187's setupRenderTarget counts the colour texture in `info.memory.textures` even when it is the layer's
  // (it creates none then), and only a delete would count it down: without this the count grows by one per session
  // although no texture of three's is left behind (checked at the GL level: createTexture/deleteTexture).
  gl.info.memory.textures = Math.max(0, gl.info.memory.textures - external);
}
