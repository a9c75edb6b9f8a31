/** Marks the first drawn frame, once. Usage: `<FirstFrame />` inside the Canvas. */
import { useFrame } from '@react-three/fiber';
import { markFirstPicture } from '../state/first-picture';

/** Reports the first frame. */
export function FirstFrame() {
  // Runs after R3F's own render (priority 1 would take over rendering; -1 runs before it), so mark on the next task.
  useFrame(() => {
    setTimeout(markFirstPicture, 0);
  });
  return null;
}
