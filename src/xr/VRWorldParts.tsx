/**
 * Mounts the VR world's parts (world-parts.ts) for a view: the headset's session and the spectator TV mount the
 * same list, so the TV shows the world the visitor is in. Usage: `<VRWorldParts view="headset" />`
 */
import { Fragment, type ReactNode } from 'react';
import { Tabletop } from './Tabletop';
import { ViewingPlaza } from './ViewingPlaza';
import { VRPanels } from './VRPanels';
import { type WorldPartId, type WorldView, worldPartsFor } from './world-parts';
import { XRHall } from './XRHall';

/** Each part as a view mounts it (a `Record`: a part added to the list without one fails to typecheck). */
const parts: Record<WorldPartId, (view: WorldView) => ReactNode> = {
  terrace: () => <XRHall />,
  // A real table has no plaque on its rim: in mixed reality the model stands on the room's own table.
  tabletop: (view) => <Tabletop plaque={view !== 'mixed-reality'} />,
  plaza: () => <ViewingPlaza />,
  panels: () => <VRPanels />,
};

/** The VR world as `view` shows it. */
export function VRWorldParts({ view }: { view: WorldView }) {
  return (
    <>
      {worldPartsFor(view).map(({ id }) => (
        <Fragment key={id}>{parts[id](view)}</Fragment>
      ))}
    </>
  );
}
