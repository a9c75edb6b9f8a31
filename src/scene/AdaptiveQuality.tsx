/**
 * Adaptive quality: while frames run over budget the desktop lowers its pixel ratio (down to 1) and a VR
 * session raises fixed foveation; with room to spare they step back up. Frame times are only sampled
 * while the scene is actually animating (on-demand rendering leaves gaps). Usage: `<AdaptiveQuality />`
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useRef } from 'react';
import { createFrameWindow, qualityStep, recordFrame } from '../lib/frame-budget';

const window60 = createFrameWindow(60);
/** 60 Hz on the desktop; a headset's 72 Hz gives 13.9 ms. */
const DESKTOP_BUDGET_MS = 1000 / 60;
const XR_BUDGET_MS = 1000 / 72;

/** The quality governor. */
export function AdaptiveQuality() {
  const setDpr = useThree((s) => s.setDpr);
  const gl = useThree((s) => s.gl);
  const maxDpr = useRef(typeof window === 'undefined' ? 1 : Math.min(2, window.devicePixelRatio || 1));
  const dpr = useRef(maxDpr.current);
  const foveation = useRef(-1);
  useFrame((state, delta) => {
    const ms = delta * 1000;
    // Gaps between on-demand frames are idle time, not slow frames.
    if (ms <= 0 || ms > 250) return;
    recordFrame(window60, ms);
    const xr = gl.xr.isPresenting;
    const step = qualityStep(window60, xr ? XR_BUDGET_MS : DESKTOP_BUDGET_MS);
    if (step === 0) return;
    window60.count = 0;
    if (xr) {
      if (foveation.current < 0) foveation.current = gl.xr.getFoveation() ?? 0;
      const f = Math.min(1, Math.max(0, foveation.current - step * 0.25));
      if (f !== foveation.current) {
        foveation.current = f;
        gl.xr.setFoveation(f);
      }
      return;
    }
    const next = Math.min(maxDpr.current, Math.max(1, dpr.current + step * 0.25));
    if (next !== dpr.current) {
      dpr.current = next;
      setDpr(next);
      state.invalidate();
    }
  });
  return null;
}
