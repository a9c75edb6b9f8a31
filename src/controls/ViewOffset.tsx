/**
 * Glides the desktop camera's view offset (`setViewOffset`) to centre the picture in the part of the canvas the
 * HUD leaves free, and clears it on unmount (entering VR). Usage: `<ViewOffset offsetX={40} offsetY={0} />`
 */
import { useFrame, useThree } from '@react-three/fiber';
import { type RefObject, useEffect, useRef } from 'react';
import type { PerspectiveCamera } from 'three';
import { cameraConfig } from '../config';

/** Props: the target offset in CSS pixels. */
export interface ViewOffsetProps {
  offsetX: number;
  offsetY: number;
  /** Set true while the offset is at its target, false while it glides (read by `exhibit.cameraAtRest`). */
  atRest?: RefObject<boolean>;
}

/** The animated view offset. */
export function ViewOffset({ offsetX, offsetY, atRest }: ViewOffsetProps) {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  // Per-frame values live here, not in React state.
  const current = useRef({ x: offsetX, y: offsetY, width: 0, height: 0 });

  useEffect(() => invalidate(), [offsetX, offsetY, size.width, size.height, invalidate]);
  useEffect(
    () => () => {
      camera.clearViewOffset();
    },
    [camera],
  );

  useFrame((_, delta) => {
    const c = current.current;
    const dx = offsetX - c.x;
    const dy = offsetY - c.y;
    const sized = c.width === size.width && c.height === size.height;
    const resting = Math.abs(dx) < 0.5 && Math.abs(dy) < 0.5 && sized && !!camera.view?.enabled;
    if (atRest) atRest.current = resting;
    if (resting) return;
    // The same easing time as the camera's flights, so the picture and the camera settle together. Time-based,
    // so a slow machine takes as long, not more frames; the cap only avoids a jump after the page was hidden.
    const k = 1 - Math.exp(-Math.min(delta, 0.5) / cameraConfig.smoothTime);
    c.x = Math.abs(dx) < 0.5 ? offsetX : c.x + dx * k;
    c.y = Math.abs(dy) < 0.5 ? offsetY : c.y + dy * k;
    c.width = size.width;
    c.height = size.height;
    camera.setViewOffset(size.width, size.height, c.x, c.y, size.width, size.height);
    invalidate();
  });
  return null;
}
