/**
 * Registers troika's `Text` and `BatchedText` as R3F elements: many texts, one draw call per batch. Only the
 * text components import this module, and they are loaded after the first picture (troika is ~40 kB gzip).
 */
import { extend, type ThreeElement, useThree } from '@react-three/fiber';
import { type RefObject, useLayoutEffect, useRef } from 'react';
import { BatchedText, configureTextBuilder, Text } from 'troika-three-text';
import { sceneFonts } from './fonts';
import { whenAtlasHolds } from './text-atlas';
import { noteShown, registerTextAudit } from './text-audit';
import { keepLineBreakRules } from './text-line-rules';

extend({ BatchedText, TroikaText: Text });
// Typeset on the main thread: troika's workers rebuild their code with eval, which our CSP forbids.
configureTextBuilder({ defaultFontURL: sceneFonts.regular, useWorker: false });

declare module '@react-three/fiber' {
  interface ThreeElements {
    batchedText: ThreeElement<typeof BatchedText>;
    troikaText: ThreeElement<typeof Text>;
  }
}

/**
 * Text is typeset asynchronously; with on-demand rendering nothing would draw it once it is ready.
 * Requests a frame whenever the batch (or a lone text) finishes a layout and the glyph atlas holds its glyphs
 * (see text-atlas: a glyph another text registered may still be blank; the batch hides until it is drawn), and
 * once its lines keep the Chinese line-breaking rules (text-line-rules). Until
 * its first layout it stays hidden: its glyph geometry has no instances yet, and three would issue an instanced
 * draw of `Infinity` (read as 0) instances, a call with all its state changes that draws nothing. Pass `visible`
 * here rather than as a prop (this hook owns the object's visibility).
 */
export function useRedrawOnTextSync(batch: RefObject<BatchedText | Text | null>, visible = true): void {
  const invalidate = useThree((s) => s.invalidate);
  const scene = useThree((s) => s.scene);
  registerTextAudit(scene);
  const wanted = useRef(visible);
  wanted.current = visible;
  // A layout effect: it must hide the batch before the frame loop draws it for the first time.
  useLayoutEffect(() => {
    const b = batch.current;
    if (!b) return undefined;
    if (!b.textRenderInfo) {
      b.visible = false;
      // Troika typesets in onBeforeRender, which a hidden batch never gets: start it here.
      b.sync();
    }
    let cancel = () => {};
    const onSync = () => {
      cancel();
      // A line that begins with "。" (or ends with "（") is typeset again with the break moved: the old lines
      // are never shown.
      if (keepLineBreakRules(b)) {
        if (b.visible) {
          b.visible = false;
          invalidate();
        }
        b.sync();
        return;
      }
      let waiting = true;
      cancel = whenAtlasHolds(b, () => {
        waiting = false;
        b.visible = wanted.current;
        if (b.visible) noteShown(b);
        invalidate();
      });
      // Its new glyphs are still being drawn into the atlas: hidden until they are.
      if (waiting && b.visible) {
        b.visible = false;
        invalidate();
      }
    };
    b.addEventListener('synccomplete' as never, onSync);
    return () => {
      cancel();
      b.removeEventListener('synccomplete' as never, onSync);
    };
  }, [batch, invalidate]);
  useLayoutEffect(() => {
    const b = batch.current;
    if (!b) return;
    const show = visible && b.textRenderInfo != null;
    if (b.visible !== show) {
      b.visible = show;
      if (show) noteShown(b);
      invalidate();
    }
    // A batch shown again after a change made while hidden (a new language) typesets on its next draw.
  }, [batch, visible, invalidate]);
}
