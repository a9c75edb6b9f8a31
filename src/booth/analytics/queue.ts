/**
 * The device's analytics queue: events wait here until the booth server has stored them (it answers with
 * their ids), so none is lost while the link is down, and a reload keeps them (localStorage). Bounded: past
 * MAX_QUEUE the oldest are dropped. Pure apart from the Storage it is given.
 */
import type { AnalyticsEvent } from '../../../server/analytics/schema.mjs';

/** The localStorage key of the queue. */
export const QUEUE_KEY = 'exhibit.analytics.queue';
/** Most events kept while the link is down (about an hour of a busy visitor); the oldest go first. */
export const MAX_QUEUE = 500;
/** Most events in one message (the server's MAX_BATCH). */
export const MAX_BATCH = 16;
/** A batch stays under this many bytes of JSON (the link's frames are capped at 4 KB). */
export const MAX_BATCH_BYTES = 3600;

/** An event as queued: without `ago` (computed when sent), with the device time it was made. */
export type QueuedEvent = (AnalyticsEvent extends infer E ? (E extends AnalyticsEvent ? Omit<E, 'ago'> : never) : never) & { t: number };
type Store = Pick<Storage, 'getItem' | 'setItem'> | null;

/** A random id of `n` characters of [a-z0-9]. */
export function randomId(n = 12): string {
  const bytes = crypto.getRandomValues(new Uint8Array(n));
  return Array.from(bytes, (b) => 'abcdefghijklmnopqrstuvwxyz0123456789'[b % 36]).join('');
}

/** Reads a stored queue, ignoring anything malformed. */
function load(storage: Store): QueuedEvent[] {
  try {
    const raw = storage?.getItem(QUEUE_KEY);
    const v: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(v) ? (v.filter((e) => typeof e === 'object' && e !== null && typeof e.id === 'string' && typeof e.t === 'number') as QueuedEvent[]).slice(-MAX_QUEUE) : [];
  } catch {
    return [];
  }
}

/** The queue. */
export interface EventQueue {
  add(e: QueuedEvent): void;
  /** The next batch to send, with `ago` filled in (ms since each was made, never negative). */
  batch(now: number): AnalyticsEvent[];
  /** Forgets the events the server has stored. */
  remove(ids: readonly string[]): void;
  readonly size: number;
}

/** Opens the queue kept in `storage` (null: in memory only). */
export function createQueue(storage: Store): EventQueue {
  let items = load(storage);
  const save = () => {
    try {
      storage?.setItem(QUEUE_KEY, JSON.stringify(items));
    } catch {
      // Storage full or blocked: the queue still works for this page.
    }
  };
  return {
    add(e) {
      items.push(e);
      if (items.length > MAX_QUEUE) items = items.slice(-MAX_QUEUE);
      save();
    },
    batch(now) {
      const out: AnalyticsEvent[] = [];
      let bytes = 40;
      for (const { t, ...e } of items) {
        const ev = { ...e, ago: Math.max(0, Math.min(7 * 86_400_000, Math.round(now - t))) } as AnalyticsEvent;
        bytes += JSON.stringify(ev).length + 1;
        if (out.length >= MAX_BATCH || (out.length > 0 && bytes > MAX_BATCH_BYTES)) break;
        out.push(ev);
      }
      return out;
    },
    remove(ids) {
      if (ids.length === 0) return;
      const gone = new Set(ids);
      const before = items.length;
      items = items.filter((e) => !gone.has(e.id));
      if (items.length !== before) save();
    },
    get size() {
      return items.length;
    },
  };
}
