/**
 * Gives `window.exhibit.renderStats()` (the GL context's own counts: draw calls, triangles, programs, textures,
 * geometries) and `window.exhibit.objectPosition(name)`. Usage: `<RenderStats />`
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Vector3 } from 'three';
import { setObjectFinder, setRenderStats } from '../state/automation';
import { warmupStatus } from '../xr/warmup-status';

const v = new Vector3();

/** Registers the stats reader while the canvas lives. */
export function RenderStats() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    setRenderStats(() => ({
      calls: gl.info.render.calls,
      triangles: gl.info.render.triangles,
      geometries: gl.info.memory.geometries,
      textures: gl.info.memory.textures,
      programs: gl.info.programs?.length ?? 0,
      warmedModels: warmupStatus.models,
    }));
    setObjectFinder((name) => {
      const o = scene.getObjectByName(name);
      if (!o) return null;
      o.getWorldPosition(v);
      return [v.x, v.y, v.z];
    });
    return () => {
      setRenderStats(() => null);
      setObjectFinder(() => null);
    };
  }, [gl, scene]);
  return null;
}
