/** WASD / arrow keys pan, Q/E turn, +/- zoom; frames are only requested while a key is held. Usage: `<KeyboardMove controls={ref} />` */
import type { CameraControls } from '@react-three/drei/core/CameraControls';
import { useFrame, useThree } from '@react-three/fiber';
import { type RefObject, useEffect } from 'react';
import { cameraConfig } from '../config';
import { intentFromKeys, isMoveKey, isTypingTarget, type MoveIntent } from './keys';

const held = new Set<string>();
const intent: MoveIntent = { x: 0, z: 0, turn: 0, zoom: 0 };

/** Keyboard movement for the desktop camera. */
export function KeyboardMove({ controls }: { controls: RefObject<CameraControls | null> }) {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const down = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || !isMoveKey(e.code) || isTypingTarget(e.target)) return;
      held.add(e.code);
      e.preventDefault();
      invalidate();
    };
    const up = (e: KeyboardEvent) => held.delete(e.code);
    const clear = () => held.clear();
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    window.addEventListener('blur', clear);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
      window.removeEventListener('blur', clear);
      held.clear();
    };
  }, [invalidate]);
  useFrame((_, delta) => {
    const c = controls.current;
    if (!c || held.size === 0) return;
    intentFromKeys(held, intent);
    const dt = Math.min(delta, 0.1);
    const step = c.distance * cameraConfig.keyPanSpeed * dt;
    if (intent.x || intent.z) {
      void c.truck(intent.x * step, 0, false);
      void c.forward(intent.z * step, false);
    }
    if (intent.turn) void c.rotate(intent.turn * 1.2 * dt, 0, false);
    if (intent.zoom) void c.dolly(intent.zoom * step, false);
    invalidate();
  });
  return null;
}
