/**
 * What a visitor does, as analytics events (pure: state snapshots and times in, events out).
 * - A session: a VR or MR session from start to end; on the desktop, from the first input after the attract
 *   loop (or after the page opened) until the idle reset starts the attract loop again (or the page goes).
 * - Pavilion visits and panels looked at, with their dwell (a panel from 1 s on); on the desktop a panel counts
 *   while it is focused; in VR also while the centre of view stays within 10° of it (gaze.ts, fed in run.ts).
 * - Tours: started, completed (reached the last stop), or left at stop N.
 * - The language at the start and every change; attract-loop interruptions.
 * Durations come from the page's monotonic clock; the server dates events by when they arrive.
 */

/** What the tracker reads of the page, each update. */
export interface Snapshot {
  xr: boolean;
  /** In XR: passthrough mixed reality rather than VR. */
  mr: boolean;
  mode: 'explore' | 'tour' | 'attract';
  /** The selected pavilion, else null. */
  pavilion: string | null;
  /** The focused panel (desktop), or the panel looked at (VR), else null. */
  panel: string | null;
  tour: { index: number; total: number } | null;
  lang: 'zh' | 'en';
}

/** An event before it gets its id and queue time. */
export type TrackedEvent =
  | { k: 'session_start'; sid: string; mode: 'desktop' | 'vr' | 'mr'; lang: 'zh' | 'en'; model: string }
  | { k: 'session_end'; sid: string; dur: number }
  | { k: 'pavilion' | 'panel'; sid: string; target: string; dur: number }
  | { k: 'tour'; sid: string; result: 'started' | 'completed' | 'left'; stop: number }
  | { k: 'lang'; sid: string; lang: 'zh' | 'en' }
  | { k: 'attract_interrupt'; sid: string };

/** Shortest panel dwell that counts (ms). */
export const MIN_PANEL_MS = 1000;
/** Shortest pavilion visit that counts (ms). */
export const MIN_VISIT_MS = 1000;

interface Open {
  id: string;
  since: number;
}

/**
 * The tracker; `newSid` makes session ids. `desktopSessions` false (a headset's browser): only VR and MR
 * sessions count, not the 2D page where the visitor presses Enter VR.
 */
export function createTracker(emit: (e: TrackedEvent) => void, model: string, newSid: () => string, desktopSessions = true) {
  let session: (Open & { kind: 'desktop' | 'vr' | 'mr' }) | null = null;
  let visit: Open | null = null;
  let panel: Open | null = null;
  let tour: { index: number; total: number } | null = null;
  let prev: Snapshot | null = null;

  const closeDwell = (kind: 'pavilion' | 'panel', open: Open | null, now: number) => {
    if (!open || !session) return;
    const dur = Math.round(now - open.since);
    if (dur >= (kind === 'panel' ? MIN_PANEL_MS : MIN_VISIT_MS)) emit({ k: kind, sid: session.id, target: open.id, dur });
  };
  const endTour = () => {
    if (!tour || !session) return;
    emit({ k: 'tour', sid: session.id, result: tour.index >= tour.total - 1 ? 'completed' : 'left', stop: tour.index });
    tour = null;
  };
  const endSession = (now: number) => {
    if (!session) return;
    closeDwell('pavilion', visit, now);
    closeDwell('panel', panel, now);
    endTour();
    emit({ k: 'session_end', sid: session.id, dur: Math.round(now - session.since) });
    session = null;
    visit = null;
    panel = null;
  };
  const startSession = (kind: 'desktop' | 'vr' | 'mr', s: Snapshot, now: number) => {
    endSession(now);
    session = { id: newSid(), since: now, kind };
    emit({ k: 'session_start', sid: session.id, mode: kind, lang: s.lang, model });
    follow(s, now);
  };
  /** Dwell and tour bookkeeping for an open session. */
  const follow = (s: Snapshot, now: number) => {
    if (!session) return;
    if (s.pavilion !== (visit?.id ?? null)) {
      closeDwell('pavilion', visit, now);
      visit = s.pavilion ? { id: s.pavilion, since: now } : null;
    }
    if (s.panel !== (panel?.id ?? null)) {
      closeDwell('panel', panel, now);
      panel = s.panel ? { id: s.panel, since: now } : null;
    }
    const touring = s.mode === 'tour' && s.tour ? s.tour : null;
    if (touring && !tour) emit({ k: 'tour', sid: session.id, result: 'started', stop: touring.index });
    if (!touring && tour) endTour();
    tour = touring ? { ...touring } : null;
  };

  return {
    /** The page's state now (on every change and about once a second). */
    update(s: Snapshot, now: number) {
      const p = prev;
      prev = s;
      const xrKind = s.mr ? 'mr' : 'vr';
      if (s.xr && (!session || session.kind !== xrKind)) return startSession(xrKind, s, now);
      if (!s.xr && session && session.kind !== 'desktop') endSession(now);
      if (!s.xr && !desktopSessions) return;
      if (!s.xr && p?.mode === 'attract' && s.mode !== 'attract') {
        // The input that woke the attract loop starts a visit.
        if (!session) {
          startSession('desktop', s, now);
          emit({ k: 'attract_interrupt', sid: session!.id });
          return;
        }
      }
      if (!s.xr && s.mode === 'attract' && session) {
        // The idle reset: the visitor has gone.
        return endSession(now);
      }
      if (session && p && p.lang !== s.lang) emit({ k: 'lang', sid: session.id, lang: s.lang });
      follow(s, now);
    },
    /** A visitor's input (pointer down, key, wheel, touch) on the desktop page. */
    input(now: number) {
      if (desktopSessions && !session && prev && !prev.xr && prev.mode !== 'attract') startSession('desktop', prev, now);
    },
    /** The page goes away (or analytics stops): closes whatever is open. */
    end(now: number) {
      endSession(now);
    },
    get sessionId() {
      return session?.id ?? null;
    },
  };
}
