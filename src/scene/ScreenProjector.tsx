/**
 * Gives `window.exhibit.screenPosition(id)` (where a pavilion appears on screen) and `screenRect(name)` (the
 * screen rectangle of a named scene object), for booth integrations and tests. Usage: `<ScreenProjector />`
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Box3, Vector3 } from 'three';
import { getPavilion, pavilionPlot } from '../content';
import { setProjector, setRectProjector } from '../state/automation';

const v = new Vector3();
const box = new Box3();

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
    setRectProjector((name) => {
      const { camera, gl, scene } = get();
      const object = scene.getObjectByName(name);
      if (!object) return null;
      box.setFromObject(object);
      if (box.isEmpty()) return null;
      const rect = gl.domElement.getBoundingClientRect();
      let left = Infinity;
      let top = Infinity;
      let right = -Infinity;
      let bottom = -Infinity;
      for (let i = 0; i < 8; i++) {
        v.set(i & 1 ? box.max.x : box.min.x, i & 2 ? box.max.y : box.min.y, i & 4 ? box.max.z : box.min.z).project(camera);
        // A corner behind the camera has no screen position.
        if (v.z > 1) return null;
        const x = rect.left + ((v.x + 1) / 2) * rect.width;
        const y = rect.top + ((1 - v.y) / 2) * rect.height;
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
      return { left, top, right, bottom };
    });
    return () => {
      setProjector(() => null);
      setRectProjector(() => null);
    };
  }, [get]);
  return null;
}
