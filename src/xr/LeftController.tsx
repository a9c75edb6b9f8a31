/** The left controller: the library's default (model from our own profiles, ray pointer) plus the wrist menu lying on it. */
import { DefaultXRController, XRSpace } from '@react-three/xr';
import { rayOptions } from './config';
import { WristMenu } from './WristMenu';

/** The left controller implementation. */
export function LeftController() {
  return (
    <>
      <DefaultXRController teleportPointer={false} grabPointer={false} rayPointer={rayOptions} />
      <XRSpace space="target-ray-space">
        <WristMenu />
      </XRSpace>
    </>
  );
}
