/**
 * Mounts the VR world's parts (world-parts.ts) for a view: the headset's session and the spectator TV mount the
 * same list, so the TV shows the world the visitor is in. Usage: `<VRWorldParts view="headset" />`
 */
import type { ComponentType } from 'react';
import { Tabletop } from './Tabletop';
import { ViewingPlaza } from './ViewingPlaza';
import { VRPanels } from './VRPanels';
import { type WorldPartId, type WorldView, worldPartsFor } from './world-parts';
import { XRHall } from './XRHall';

/** Each part's component (a `Record`: a part added to the list without one fails to typecheck). */
const components: Record<WorldPartId, ComponentType> = {
  terrace: XRHall,
  tabletop: Tabletop,
  plaza: ViewingPlaza,
  panels: VRPanels,
};

/** The VR world as `view` shows it. */
export function VRWorldParts({ view }: { view: WorldView }) {
  return (
    <>
      {worldPartsFor(view).map(({ id }) => {
        const Part = components[id];
        return <Part key={id} />;
      })}
    </>
  );
}
