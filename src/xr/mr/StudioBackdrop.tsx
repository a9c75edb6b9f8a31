/**
 * The spectator TV's stand-in for a visitor's passthrough: the full-scale park hidden and a neutral studio grey
 * behind the model and panels (the TV cannot show the visitor's room). Usage: in the TV's VR world while the
 * followed visitor is in MR at the table.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Color } from 'three';
import { ContactShadow } from './ContactShadow';
import { PARK_WORLD } from './Passthrough';

const studio = new Color('#6b6f73');

/** Hides the park and sets the studio background while mounted. */
export function StudioBackdrop() {
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const world = scene.getObjectByName(PARK_WORLD);
    const background = scene.background;
    if (world) world.visible = false;
    scene.background = studio;
    invalidate();
    return () => {
      if (world) world.visible = true;
      scene.background = background;
      invalidate();
    };
  }, [scene, invalidate]);
  return <ContactShadow />;
}
