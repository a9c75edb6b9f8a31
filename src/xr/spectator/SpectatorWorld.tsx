/**
 * What the TV shows while it follows a visitor in VR, without an XR session of its own: the same VR world the
 * headset mounts (world-parts.ts: terrace, miniature, plaza, panels), laid out for the visitor's head as their
 * headset reports it, seen from a camera at their head, and the visitor figure in third person. Loaded only by `?spectate` pages.
 * Usage: mounted by the canvas through the live status (`canvasExtra`).
 */
import { useFollowingVR, useLive } from '../../booth/live-status';
import { VRWorldParts } from '../VRWorldParts';
import { SpectatorCamera } from './SpectatorCamera';
import { SpectatorLayout } from './SpectatorLayout';
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
      <SpectatorLayout />
      {mixed && <StudioBackdrop />}
      <VRWorldParts view={mixed ? 'mixed-reality' : 'spectator'} />
      <VisitorFigure visible={thirdPerson} />
    </>
  );
}
