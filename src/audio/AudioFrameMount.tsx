/** Mounts the per-frame audio listener in the canvas once the (lazy) mixer has loaded; nothing before. */
import { lazy, Suspense } from 'react';
import { useSound } from './sound';

const AudioFrame = lazy(() => import('./AudioFrame'));

/** Usage: `<AudioFrameMount />` inside the canvas. */
export function AudioFrameMount() {
  const ready = useSound((s) => s.engineReady);
  return ready ? (
    <Suspense fallback={null}>
      <AudioFrame />
    </Suspense>
  ) : null;
}
