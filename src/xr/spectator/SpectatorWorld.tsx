/**
 * What the TV shows while it follows a visitor in VR, without an XR session of its own: the booth table with
 * its miniature and the VR panels where the visitor stands (their origin comes from the live link), seen from a
 * camera at their head, and the visitor figure in third person. Loaded only by `?spectate` pages.
 * Usage: mounted by the canvas through the live status (`canvasExtra`).
 */
import { useFollowingVR, useLive } from '../../booth/live-status';
import { Tabletop } from '../Tabletop';
import { VRPanels } from '../VRPanels';
import { SpectatorCamera } from './SpectatorCamera';
import { VisitorFigure } from './VisitorFigure';
import { StudioBackdrop } from '../mr/StudioBackdrop';

/** The spectator's VR world. */
export function SpectatorWorld() {
  const following = useFollowingVR();
  const thirdPerson = useLive((s) => s.thirdPerson);
  const mixed = useLive((s) => s.followed?.xrMode === 'mr' && s.followed.place === 'table');
  if (!following) return null;
  return (
    <>
      <SpectatorCamera />
      {mixed && <StudioBackdrop />}
      <Tabletop plaque={!mixed} />
      <VRPanels />
      <VisitorFigure visible={thirdPerson} />
    </>
  );
}
