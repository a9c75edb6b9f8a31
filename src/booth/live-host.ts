/**
 * Starts the live link when the booth server offers one, and hands the live chunk what it needs from the rest of
 * the page as one object, rather than the chunk importing those modules itself: modules imported by the entry,
 * the live chunk and the VR chunk alike make the bundler (rolldown issue 10731) split the entry into a second
 * initial file, which costs ~3.5 kB of the initial JS budget. So the live chunk imports types only from here.
 */
import { content, getPanel, getPavilion } from '../content';
import type { Lang } from '../i18n/lang';
import { createExhibitApi } from '../state/automation';
import { sameSelection, type Selection } from '../state/route';
import { useExhibit } from '../state/store';
import { headPose } from '../xr/head-pose';
import { loadXR } from '../xr/lazy';
import { originPose, plazaSpot } from '../xr/navigation';
import { spectatorTarget } from '../xr/spectator/target';
import { worldAnchor } from '../xr/world-anchor';
import { boothInfo } from './booth-info';
import { resetForNextVisitor } from './IdleWatch';
import { spectateParam, useLive } from './live-status';
import { setSoundChoice } from '../audio/sound';

/** The page as the live chunk sees it. */
export function liveHost() {
  return {
    store: useExhibit,
    live: useLive,
    api: createExhibitApi(),
    tourLength: content.tour.length,
    /** Whether a selection names a pavilion or panel that exists. */
    known: (s: Selection) => s.kind === 'overview' || !!(s.kind === 'pavilion' ? getPavilion(s.id) : getPanel(s.id)),
    sameSelection,
    resetForNextVisitor,
    headPose,
    originPose,
    plazaSpot,
    worldAnchor,
    spectatorTarget,
    loadXR,
    /** The console's mute/unmute. */
    setSound: (v: 'on' | 'off') => setSoundChoice(v, 'both'),
  };
}

/** What the live chunk is handed. */
export type LiveHost = ReturnType<typeof liveHost>;

/** Loads and starts the live link when booth.json names one; does nothing (and loads nothing) elsewhere. */
export async function startLiveIfOffered(defaultLang: Lang): Promise<void> {
  const info = await boothInfo();
  if (!info.live) return;
  const spectate = spectateParam(window.location.search);
  const raw = new URLSearchParams(window.location.search).get('spectate');
  if (spectate.spectate && raw && !spectate.deviceId) console.warn(`?spectate=${raw} is not a device id (4–16 of a–z, 0–9); following the first headset in VR.`);
  const { startLive } = await import('./live/start');
  // Analytics (issue 17): where the booth server records them, unless this page says ?analytics=off.
  const analytics = info.analytics === true && !['off', '0', 'false', 'no'].includes((new URLSearchParams(window.location.search).get('analytics') ?? '').trim().toLowerCase());
  startLive(liveHost(), info.live, defaultLang, spectate, analytics);
}
