/** Everything that exists only inside an immersive VR session. Usage: `<XRWorld />` inside `<XR>`. */
import { IfInSessionMode } from '@react-three/xr';
import { ComfortOverlay } from './ComfortOverlay';
import { HeadPoseSampler } from './HeadPoseSampler';
import { Locomotion } from './Locomotion';
import { PrecompileXR } from './PrecompileXR';
import { SessionLifecycle } from './SessionLifecycle';
import { Tabletop } from './Tabletop';
import { VRPanels } from './VRPanels';
import { XRNavigator } from './XRNavigator';

/** The VR-only part of the scene. */
export function XRWorld() {
  return (
    <IfInSessionMode allow="immersive-vr">
      <SessionLifecycle />
      <XRNavigator />
      <Locomotion />
      <Tabletop />
      <VRPanels />
      <ComfortOverlay />
      <PrecompileXR />
      <HeadPoseSampler />
    </IfInSessionMode>
  );
}
