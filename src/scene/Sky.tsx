/** A soft gradient sky dome (vertex colours, unlit, no textures). Usage: `<Sky />` */
import { useMemo } from 'react';
import { Color, Float32BufferAttribute, SphereGeometry } from 'three';
import { palette } from '../config';
import { backdropOrder, panelShapeMaterial } from './materials';


/** The sky. */
export function Sky({ radius = 30000 }: { radius?: number }) {
  const geometry = useMemo(() => {
    const g = new SphereGeometry(radius, 24, 16);
    // Turned inside out (seen from within) so the unlit vertex-colour material of the panels serves: one program fewer.
    g.scale(-1, 1, 1);
    const top = new Color(palette.skyTop).convertSRGBToLinear();
    const horizon = new Color(palette.skyHorizon).convertSRGBToLinear();
    const pos = g.getAttribute('position');
    const colors = new Float32Array(pos.count * 3);
    const c = new Color();
    for (let i = 0; i < pos.count; i++) {
      const t = Math.max(0, pos.getY(i) / radius);
      c.copy(horizon).lerp(top, Math.pow(t, 0.6));
      c.toArray(colors, i * 3);
    }
    g.setAttribute('color', new Float32BufferAttribute(colors, 3));
    return g;
  }, [radius]);
  return <mesh dispose={null} geometry={geometry} material={panelShapeMaterial} renderOrder={backdropOrder.sky} frustumCulled={false} />;
}
