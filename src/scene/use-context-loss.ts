/**
 * GPU context loss (a driver reset, a sleeping laptop, too many tabs): the canvas shows a notice while the
 * context is gone and is rebuilt from scratch when the browser restores it (or after a grace period), with
 * the visitor's selection, language and view kept in the store.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** How long to wait for the browser's own restore before rebuilding anyway. */
const REBUILD_AFTER_MS = 4000;

/** Tracks context loss for a canvas; `generation` changes when the canvas must be rebuilt. */
export function useContextLoss(): { lost: boolean; generation: number; attach: (canvas: HTMLCanvasElement) => void } {
  const [lost, setLost] = useState(false);
  const [generation, setGeneration] = useState(0);
  const cleanup = useRef<(() => void) | null>(null);
  const attach = useCallback((canvas: HTMLCanvasElement) => {
    cleanup.current?.();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const rebuild = () => {
      // Detach first: unmounting the old canvas forces its context lost once more, which is no new loss.
      cleanup.current?.();
      setLost(false);
      setGeneration((g) => g + 1);
    };
    const onLost = (e: Event) => {
      // Without preventDefault the browser never offers to restore the context.
      e.preventDefault();
      console.warn('WebGL context lost; the 3D view will be rebuilt when it is restored.');
      setLost(true);
      clearTimeout(timer);
      timer = setTimeout(rebuild, REBUILD_AFTER_MS);
    };
    canvas.addEventListener('webglcontextlost', onLost);
    canvas.addEventListener('webglcontextrestored', rebuild);
    cleanup.current = () => {
      clearTimeout(timer);
      canvas.removeEventListener('webglcontextlost', onLost);
      canvas.removeEventListener('webglcontextrestored', rebuild);
    };
  }, []);
  useEffect(() => () => cleanup.current?.(), []);
  return { lost, generation, attach };
}
