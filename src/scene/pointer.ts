/** Pointer-event helpers shared by mouse and XR rays. */
import type { ThreeEvent } from '@react-three/fiber';

/** A pointer that moved further than this (pixels) between press and release was a drag, not a click. */
export const CLICK_SLOP = 6;

/**
 * Whether a click was really the end of a drag (orbiting the camera). R3F's mouse events carry `delta`;
 * the XR ray pointers' events throw on reading it, and a ray press is never a camera drag.
 */
export function wasDrag(e: ThreeEvent<MouseEvent>): boolean {
  try {
    return e.delta > CLICK_SLOP;
  } catch {
    return false;
  }
}
