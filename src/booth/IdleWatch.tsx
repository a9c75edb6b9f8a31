/**
 * Idle handling for an unattended booth. Desktop: after `idleSeconds` without input the attract loop starts;
 * any input stops it and returns to the overview. VR: when the headset stays off (session hidden) that long,
 * the exhibit resets to the table, the default language and no selection, ready for the next visitor.
 * Usage: `<IdleWatch params={p} defaultLang="zh" />`
 */
import { useEffect } from 'react';
import type { Lang } from '../i18n/lang';
import { useExhibit } from '../state/store';
import { jumpTo, placeAt, tablePose } from '../xr/navigation';
import { useLive } from './live-status';
import type { BoothParams } from './params';

const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/** Resets the exhibit for the next visitor; in VR back at the table at once (headset off) or with a fade (worn). */
export function resetForNextVisitor(defaultLang: Lang, move: 'instant' | 'fade' = 'instant'): void {
  const s = useExhibit.getState();
  s.actions.stopTour();
  s.actions.overview();
  s.actions.dismissNotice();
  s.actions.setAboutOpen(false);
  s.actions.setLang(defaultLang);
  if (s.xr) (move === 'instant' ? placeAt : jumpTo)(tablePose());
}

/** The idle watcher. */
export function IdleWatch({ params, defaultLang }: { params: BoothParams; defaultLang: Lang }) {
  useEffect(() => {
    const idleMs = params.idleSeconds * 1000;
    let last = performance.now();
    let hiddenSince: number | null = null;
    const onInput = (e: Event) => {
      last = performance.now();
      const s = useExhibit.getState();
      if (s.mode === 'attract') {
        // The input that wakes the booth only wakes it: it does not also click what lies beneath.
        if (e.type !== 'pointermove') {
          e.preventDefault();
          e.stopPropagation();
        }
        s.actions.stopTour();
        s.actions.overview();
      }
    };
    for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: false });
    const timer = setInterval(() => {
      const s = useExhibit.getState();
      const now = performance.now();
      if (s.xr) {
        // In VR the signal is the headset: hidden for the idle time means nobody is wearing it (a system menu
        // left open pauses the exhibit but is someone wearing it).
        if (s.headsetOff) {
          hiddenSince ??= now;
          if (now - hiddenSince >= idleMs) {
            resetForNextVisitor(defaultLang);
            hiddenSince = null;
          }
        } else hiddenSince = null;
        last = now;
        return;
      }
      hiddenSince = null;
      // A spectator TV shows what a visitor does; its own idleness means nothing.
      if (useLive.getState().role === 'spectator') return;
      // A tour a visitor paused and walked away from counts as idle too.
      const idleMode = s.mode === 'explore' || (s.mode === 'tour' && !s.tour?.playing);
      if (idleMode && !s.aboutOpen && now - last >= idleMs) s.actions.startTour('attract');
    }, 1000);
    return () => {
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
      clearInterval(timer);
    };
  }, [params, defaultLang]);
  return null;
}
