/**
 * Analytics on a device page (issue 17): the tracker watches the store and the visitor's input, its events
 * wait in the persistent queue, and the queue drains over the live link in batches, one batch in flight at a
 * time, each forgotten only when the server says it has stored it (`analyticsAck`). Runs only where the booth
 * server offers analytics (booth.json `analytics: true`) and the page was not opened with `?analytics=off`;
 * it only watches and never changes what the exhibit does.
 */
import type { LiveHost } from '../live-host';
import type { LiveConnection } from '../live/connection';
import { setGazeListener } from '../../xr/gaze-feed';
import { createGazeDwell } from './gaze';
import { createQueue, randomId, type EventQueue } from './queue';
import { createTracker, type Snapshot } from './tracker';

/** How often the tracker samples the page and the queue tries to send (ms). */
export const TICK_MS = 1000;
/** A batch with no answer for this long is sent again (ms). */
const RESEND_MS = 10_000;

const INPUTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;



function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** A headset's browser (its 2D page is where VR starts, not a desktop visit). */
const isHeadset = (model: string): boolean => /^(Pico|Quest)/.test(model);

/** The tracker's view of the page now. */
function snapshot(host: LiveHost): Snapshot {
  const s = host.store.getState();
  const sel = s.selection;
  return {
    xr: s.xr,
    // Mixed reality, once the exhibit has it, says so in the store (`xrMode: 'mr'`).
    mr: (s as { xrMode?: unknown }).xrMode === 'mr',
    mode: s.mode,
    pavilion: sel.kind === 'pavilion' ? sel.id : null,
    panel: sel.kind === 'panel' ? sel.id : null,
    tour: s.tour ? { index: s.tour.index, total: host.tourLength } : null,
    lang: s.lang,
  };
}

/** Starts analytics for a device page; returns the live-link hooks. */
export function startAnalytics(host: LiveHost, conn: () => LiveConnection | null, model: string) {
  const queue: EventQueue = createQueue(storage());
  const tracker = createTracker((e) => queue.add({ ...e, id: randomId(12), t: Date.now() }), model, () => randomId(10), !isHeadset(model));
  // In VR and MR a table panel also counts while the centre of view stays on it (gaze.ts), as the same panel event.
  const gaze = createGazeDwell((target, dur, endedAt) => {
    const sid = tracker.sessionId;
    // Dated when the look ended (its last sample inside), not when that was noticed.
    if (sid) queue.add({ k: 'panel', sid, target, dur, id: randomId(12), t: Date.now() - Math.max(0, performance.now() - endedAt) });
  });
  let welcomed = false;
  let inFlight: { ids: string[]; at: number } | null = null;

  const flush = () => {
    const c = conn();
    if (!welcomed || !c?.connected) return;
    if (inFlight && performance.now() - inFlight.at < RESEND_MS) return;
    const events = queue.batch(Date.now());
    if (events.length === 0) return;
    if (c.send({ type: 'analytics', events })) inFlight = { ids: events.map((e) => e.id), at: performance.now() };
  };
  const update = () => {
    const s = snapshot(host);
    // A look ends with the session, before the session's end is sent.
    if (!s.xr) gaze.end();
    tracker.update(s, performance.now());
    flush();
  };
  const onInput = () => tracker.input(performance.now());
  const onHide = () => tracker.end(performance.now());
  const onShow = () => update();

  update();
  setGazeListener(gaze);
  const unsubscribe = host.store.subscribe(() => queueMicrotask(update));
  const timer = setInterval(update, TICK_MS);
  // After IdleWatch's own listeners (registered first), so the input that wakes the attract loop is seen as such.
  for (const type of INPUTS) window.addEventListener(type, onInput, { capture: true, passive: true });
  window.addEventListener('pagehide', onHide);
  window.addEventListener('pageshow', onShow);

  return {
    onMessage(m: { type: string; ids?: string[] }) {
      if (m.type === 'welcome') {
        welcomed = true;
        inFlight = null;
        flush();
      } else if (m.type === 'analyticsAck' && m.ids) {
        queue.remove(m.ids);
        inFlight = null;
        flush();
      }
    },
    onDisconnected() {
      welcomed = false;
      inFlight = null;
    },
    stop() {
      setGazeListener(null);
      tracker.end(performance.now());
      unsubscribe();
      clearInterval(timer);
      for (const type of INPUTS) window.removeEventListener(type, onInput, { capture: true });
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('pageshow', onShow);
    },
    /** For tests: events waiting. */
    pending: () => queue.size,
  };
}
