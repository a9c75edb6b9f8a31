/** Gives `window.exhibit.screenPosition(id)`: where a pavilion appears on screen, for booth integrations and tests. Usage: `<ScreenProjector />` */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Vector3 } from 'three';
import { getPavilion, pavilionPlot } from '../content';
import { setProjector } from '../state/automation';

const v = new Vector3();

/** Registers the projector while the canvas lives. */
export function ScreenProjector() {
  const get = useThree((s) => s.get);
  useEffect(() => {
    setProjector((id) => {
      const p = getPavilion(id);
      if (!p) return null;
      const { camera, gl } = get();
      const plot = pavilionPlot(p);
      v.set(plot.center[0], p.height * 0.4, plot.center[1]).project(camera);
      if (v.z > 1 || Math.abs(v.x) > 1 || Math.abs(v.y) > 1) return null;
      const rect = gl.domElement.getBoundingClientRect();
      return { x: rect.left + ((v.x + 1) / 2) * rect.width, y: rect.top + ((1 - v.y) / 2) * rect.height };
    });
    return () => setProjector(() => null);
  }, [get]);
  return null;
}
