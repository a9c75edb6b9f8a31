/**
 * The device role: every 200 ms the page builds its report from the store and the sampled head pose and sends
 * it when something changed (≈5 Hz), else once a second as a heartbeat; commands from the console are applied.
 */
import type { Lang } from '../../i18n/lang';
import type { LiveHost } from '../live-host';
import { applyCommand } from './commands';
import type { LiveConnection } from './connection';
import type { Report, ServerMessage } from './protocol';
import { buildReport, originToPose, reportChanged, shouldSend, wireLayout, wirePose } from './report';

/** Report timer period: 5 Hz. */
export const REPORT_MS = 200;

/** The report of this page now. */
export function currentReport(host: LiveHost): Report {
  const snap = host.api.state();
  const { headPose } = host;
  const pose = snap.xr && headPose.valid ? wirePose(headPose.p, headPose.q) : null;
  // What the VR world of the current place is laid out for (a spectator TV lays its copy out the same way).
  const anchor = snap.xrPlace === 'park' ? host.worldAnchor.park : host.worldAnchor.table;
  const plaza = snap.xrPlace === 'park' && host.plazaSpot.active ? ([host.plazaSpot.x, host.plazaSpot.z] as const) : null;
  const t = host.worldAnchor.table;
  const model = snap.xrPlace !== 'park' && Number.isFinite(t.height) ? { height: t.height, scale: t.scale } : null;
  const layout = snap.xr && anchor.valid ? wireLayout(anchor.head, anchor.yaw, plaza, model) : null;
  return buildReport(snap, pose, snap.xr ? originToPose(host.originPose) : null, document.visibilityState === 'visible', layout);
}

/** Runs the device role on a connection; returns the server-message handler and a stop function. */
export function runDevice(host: LiveHost, conn: () => LiveConnection | null, defaultLang: Lang): { onMessage: (m: ServerMessage) => void; onDisconnected: () => void; stop: () => void } {
  let last: Report | null = null;
  let lastAt = 0;
  let welcomed = false;
  const tick = () => {
    const c = conn();
    if (!welcomed || !c?.connected) return;
    const r = currentReport(host);
    const now = performance.now();
    if (!shouldSend(reportChanged(last, r), now - lastAt)) return;
    if (c.send(r)) {
      last = r;
      lastAt = now;
    }
  };
  const timer = setInterval(tick, REPORT_MS);
  // A change the visitor makes goes out at the next tick; a state change (selection, language) is also sent at once.
  const unsubscribe = host.store.subscribe(() => queueMicrotask(tick));
  return {
    onMessage(m) {
      if (m.type === 'welcome') {
        // Reports start once the server has taken the hello; a fresh connection gets the full picture at once.
        welcomed = true;
        last = null;
        lastAt = 0;
        tick();
      } else if (m.type === 'command') {
        applyCommand(host, m, defaultLang);
        tick();
      }
    },
    onDisconnected() {
      welcomed = false;
    },
    stop() {
      clearInterval(timer);
      unsubscribe();
    },
  };
}
