/** Registers troika's `Text` and `BatchedText` as R3F elements: many texts, one draw call per batch. */
import { extend, type ThreeElement, useThree } from '@react-three/fiber';
import { type RefObject, useEffect } from 'react';
import { BatchedText, Text } from 'troika-three-text';

extend({ BatchedText, TroikaText: Text });

declare module '@react-three/fiber' {
  interface ThreeElements {
    batchedText: ThreeElement<typeof BatchedText>;
    troikaText: ThreeElement<typeof Text>;
  }
}

/**
 * Text is typeset asynchronously; with on-demand rendering nothing would draw it once it is ready.
 * Requests a frame whenever the batch finishes a layout.
 */
export function useRedrawOnTextSync(batch: RefObject<BatchedText | null>): void {
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const b = batch.current;
    if (!b) return undefined;
    const onSync = () => invalidate();
    b.addEventListener('synccomplete' as never, onSync);
    return () => b.removeEventListener('synccomplete' as never, onSync);
  }, [batch, invalidate]);
}
