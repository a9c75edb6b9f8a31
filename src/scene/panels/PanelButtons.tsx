/** The buttons of a panel: one ray target each, highlighted under the pointer. Usage: inside `<Panel3D buttons={...} />` */
import type { ThreeEvent } from '@react-three/fiber';
import { MeshBasicMaterial, PlaneGeometry } from 'three';
import { toLocal } from './panel-geometry';
import type { PanelButton, PanelLayout } from './panel-layout';

const idle = new MeshBasicMaterial({ color: '#2f4656', toneMapped: false });
const hover = new MeshBasicMaterial({ color: '#4d7690', toneMapped: false });
const unitPlane = new PlaneGeometry(1, 1);

/** Panel buttons. */
export function PanelButtons({ layout, buttons, name }: { layout: PanelLayout; buttons: readonly (PanelButton & { onClick: () => void })[]; name?: string }) {
  return (
    <>
      {layout.shapes.map((s) => {
        if (s.kind !== 'button') return null;
        const b = buttons.find((x) => x.id === s.key);
        if (!b) return null;
        const [x, y] = toLocal(layout, s.x + s.w / 2, s.y + s.h / 2);
        return (
          <mesh
            key={s.key}
            name={`${name ?? 'panel'}:button:${s.key}`}
            position={[x, y, 0.2]}
            scale={[s.w, s.h, 1]}
            geometry={unitPlane}
            material={idle}
            dispose={null}
            renderOrder={2}
            onClick={(e: ThreeEvent<MouseEvent>) => {
              e.stopPropagation();
              b.onClick();
            }}
            onPointerOver={(e) => ((e.object as unknown as { material: MeshBasicMaterial }).material = hover)}
            onPointerOut={(e) => ((e.object as unknown as { material: MeshBasicMaterial }).material = idle)}
          />
        );
      })}
    </>
  );
}
