/**
 * The company pavilions, each generated from its content parameters; clicking one (mouse or XR ray)
 * selects it. Usage: `<Pavilions />`
 */
import type { ThreeEvent } from '@react-three/fiber';
import { content, pavilionPlot } from '../../content';
import type { Pavilion } from '../../content/types';
import { useExhibit } from '../../state/store';
import { surfaceMaterial } from '../materials';
import { wasDrag } from '../pointer';
import { pavilionGeometry } from '../shared-geometry';
import { SelectionMarker } from './SelectionMarker';
import { playCue } from '../../audio/sound';

/** What picking a pavilion does: select it (desktop, VR at full scale) or travel to it (VR miniature). */
export type PavilionPick = (id: string) => void;

const selectPavilion: PavilionPick = (id) => useExhibit.getState().actions.select(id);

/** One pavilion mesh, a pointer target for mouse and controller rays alike. */
export function PavilionMesh({ pavilion, onPick = selectPavilion, namePrefix = 'pavilion' }: { pavilion: Pavilion; onPick?: PavilionPick; namePrefix?: string }) {
  const plot = pavilionPlot(pavilion);
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (wasDrag(e)) return;
    onPick(pavilion.id);
  };
  return (
    <mesh
      dispose={null}
      name={`${namePrefix}:${pavilion.id}`}
      geometry={pavilionGeometry(pavilion)}
      material={surfaceMaterial}
      position={[plot.center[0], 0, plot.center[1]]}
      rotation-y={(pavilion.yaw * Math.PI) / 180}
      onClick={onClick}
      onPointerOver={(e) => {
        e.stopPropagation();
        playCue('hover');
        if (typeof document !== 'undefined') document.body.style.cursor = 'pointer';
      }}
      onPointerOut={() => {
        if (typeof document !== 'undefined') document.body.style.cursor = '';
      }}
    />
  );
}

/** All pavilions and the marker under the selected one. */
export function Pavilions() {
  const selected = useExhibit((s) => (s.selection.kind === 'pavilion' ? s.selection.id : null));
  return (
    <group name="pavilions">
      {content.pavilions.map((p) => (
        <PavilionMesh key={p.id} pavilion={p} />
      ))}
      <SelectionMarker pavilionId={selected} />
    </group>
  );
}
