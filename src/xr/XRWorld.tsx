/** Everything that exists only inside an immersive VR session. Usage: `<XRWorld />` inside `<XR>`. */
import { IfInSessionMode } from '@react-three/xr';
import { ComfortOverlay } from './ComfortOverlay';
import { HeadPoseSampler } from './HeadPoseSampler';
import { Locomotion } from './Locomotion';
import { PrecompileXR } from './PrecompileXR';
import { SessionLifecycle } from './SessionLifecycle';
import { TableLayoutDriver } from './TableLayoutDriver';
import { VRWorldParts } from './VRWorldParts';
import { XRLayoutProbe } from './XRLayoutProbe';
import { XRNavigator } from './XRNavigator';

/** The VR-only part of the scene: the world's parts (declared once in world-parts.ts) and the session's drivers. */
export function XRWorld() {
  return (
    <IfInSessionMode allow="immersive-vr">
      <SessionLifecycle />
      <XRNavigator />
      <Locomotion />
      <TableLayoutDriver />
      <VRWorldParts view="headset" />
      <ComfortOverlay />
      <PrecompileXR />
      <HeadPoseSampler />
      <XRLayoutProbe />
    </IfInSessionMode>
  );
}
