/** Everything that exists only inside an immersive VR session. Usage: `<XRWorld />` inside `<XR>`. */
import { IfInSessionMode } from '@react-three/xr';
import { ComfortOverlay } from './ComfortOverlay';
import { HeadPoseSampler } from './HeadPoseSampler';
import { Locomotion } from './Locomotion';
import { PrecompileXR } from './PrecompileXR';
import { SessionLifecycle } from './SessionLifecycle';
import { TableLayoutDriver } from './TableLayoutDriver';
import { Tabletop } from './Tabletop';
import { ViewingPlaza } from './ViewingPlaza';
import { VRPanels } from './VRPanels';
import { XRHall } from './XRHall';
import { XRLayoutProbe } from './XRLayoutProbe';
import { XRNavigator } from './XRNavigator';

/** The VR-only part of the scene. */
export function XRWorld() {
  return (
    <IfInSessionMode allow="immersive-vr">
      <SessionLifecycle />
      <XRNavigator />
      <Locomotion />
      <TableLayoutDriver />
      <XRHall />
      <Tabletop />
      <ViewingPlaza />
      <VRPanels />
      <ComfortOverlay />
      <PrecompileXR />
      <HeadPoseSampler />
      <XRLayoutProbe />
    </IfInSessionMode>
  );
}
