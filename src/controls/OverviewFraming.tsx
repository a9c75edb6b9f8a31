/**
 * The overview's framing before the camera rig (a lazy chunk) has arrived: the same view offset the rig sets for
 * the overview, so the first picture does not shift sideways when the rig takes over.
 * Usage: `<Suspense fallback={<OverviewFraming />}><CameraRig /></Suspense>` inside the Canvas.
 */
import { useThree } from '@react-three/fiber';
import { useHudFraming } from './useHudFraming';
import { ViewOffset } from './ViewOffset';

/** The overview view offset. */
export function OverviewFraming() {
  const size = useThree((s) => s.size);
  const canvas = useThree((s) => s.gl.domElement);
  const framing = useHudFraming(canvas, size.width, size.height);
  return <ViewOffset offsetX={framing.offsetX} offsetY={0} />;
}
