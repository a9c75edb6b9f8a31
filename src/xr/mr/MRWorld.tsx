/**
 * Everything that exists only in a mixed-reality (immersive-ar) session: the VR world's parts without the terrace,
 * sky and ground (passthrough shows the room), the model placed on a real surface with a contact shadow, and the
 * same step into the full-scale park as in VR. Usage: `<MRWorld />` inside `<XR>`.
 */
import { IfInSessionMode } from '@react-three/xr';
import { ComfortOverlay } from '../ComfortOverlay';
import { HeadPoseSampler } from '../HeadPoseSampler';
import { Locomotion } from '../Locomotion';
import { PrecompileXR } from '../PrecompileXR';
import { SessionLifecycle } from '../SessionLifecycle';
import { VRWorldParts } from '../VRWorldParts';
import { XRLayoutProbe } from '../XRLayoutProbe';
import { XRNavigator } from '../XRNavigator';
import { ContactShadow } from './ContactShadow';
import { MRPlacement } from './MRPlacement';
import { Passthrough } from './Passthrough';

/** The MR-only part of the scene. */
export function MRWorld() {
  return (
    <IfInSessionMode allow="immersive-ar">
      <SessionLifecycle />
      <MRPlacement />
      <XRNavigator />
      <Locomotion />
      <Passthrough />
      <VRWorldParts view="mixed-reality" />
      <ContactShadow />
      <ComfortOverlay />
      <PrecompileXR />
      <HeadPoseSampler />
      <XRLayoutProbe />
    </IfInSessionMode>
  );
}
