/**
 * When troika's glyph atlas holds a text's glyphs. Troika registers a glyph in its shared atlas when the first text
 * that uses it is laid out, and draws the glyph's SDF a little later (queued, in 5 ms slices on the main thread).
 * A second text that uses the same glyph finishes its layout at once, before that drawing is done, and was shown
 * with those glyphs blank until the next atlas upload after the first text finished (the Timeline panel on the
 * Pico 4-like headset lost 提, 打造, 之都… this way: the panels before it had registered them). So every text
 * layout is counted here, and a finished text waits until every layout in flight when it finished has finished:
 * by then each of its glyphs is drawn into the atlas, and the atlas is marked for upload.
 */
import { Text } from 'troika-three-text';

/** Layouts in flight per text (a text may queue a second layout while one runs). */
const inFlight = new Map<object, number>();
/** Callbacks waiting for a set of texts to finish. */
const waiting = new Set<{ texts: Set<object>; done: () => void }>();

function started(text: object): void {
  inFlight.set(text, (inFlight.get(text) ?? 0) + 1);
}

function finished(text: object): void {
  const n = (inFlight.get(text) ?? 1) - 1;
  if (n > 0) {
    inFlight.set(text, n);
    return;
  }
  inFlight.delete(text);
  for (const w of waiting) {
    w.texts.delete(text);
    if (w.texts.size === 0) {
      waiting.delete(w);
      w.done();
    }
  }
}

// Every troika text (and batch) announces its layouts with these events: hear them all at one place.
type Dispatch = (this: Text, event: { type: string }) => void;
const proto = Text.prototype as unknown as { dispatchEvent: Dispatch };
const dispatch = proto.dispatchEvent;
proto.dispatchEvent = function (this: Text, event: { type: string }) {
  if (event.type === 'syncstart') started(this);
  // Listeners (the batch, useRedrawOnTextSync) hear of a finished layout after the count has dropped.
  else if (event.type === 'synccomplete') finished(this);
  dispatch.call(this, event);
};

/**
 * Calls `done` once every glyph of the layouts finished so far is in the atlas: at once when no other layout is
 * in flight, else when those in flight now have finished. Returns a cancel function.
 */
export function whenAtlasHolds(self: object, done: () => void): () => void {
  const texts = new Set(inFlight.keys());
  texts.delete(self);
  if (texts.size === 0) {
    done();
    return () => {};
  }
  const w = { texts, done };
  waiting.add(w);
  return () => waiting.delete(w);
}

/** How many text layouts are in flight (for the text audit). */
export const layoutsInFlight = (): number => inFlight.size;
