/**
 * The left tracked hand (Quest hand tracking): the library's default hand (model from our own profiles, ray and
 * pinch) plus the wrist menu on its wrist, so that a visitor with hands only can go back to the table, switch the
 * language and leave VR. The wrist joint's +Y points out of the back of the hand and -Z towards the fingers, as a
 * controller's top and ray do, so the menu lies the same way and shows when the back of the wrist faces the eyes.
 */
import { DefaultXRHand, XRSpace } from '@react-three/xr';
import { rayOptions } from './config';
import { WristMenu } from './WristMenu';

/** The left hand implementation. */
export function LeftHand() {
  return (
    <>
      <DefaultXRHand teleportPointer={false} grabPointer={false} rayPointer={rayOptions} />
      <XRSpace space="wrist">
        <WristMenu mount="wrist" />
      </XRSpace>
    </>
  );
}
