/**
 * Runs the guided tour and the attract loop: shows each stop (desktop: the camera glides there; VR: a fade
 * and teleport), speaks its caption where a local voice exists, and moves on after the stop's dwell time.
 * The clock waits while the headset is off. A visitor's own choice pauses the tour. Usage: `<TourDriver />`
 */
import { useEffect } from 'react';
import { content, getPanel, getPavilion } from '../content';
import type { TourStop } from '../content/types';
import { sameSelection, type Selection } from '../state/route';
import { useExhibit } from '../state/store';
import { goToPavilion, goToTable } from '../xr/navigation';
import { useLive } from './live-status';
import type { BoothParams } from './params';
import { speak, stopSpeaking } from './speech';

const TICK_MS = 250;

/** The selection a stop shows. */
export function stopSelection(stop: TourStop): Selection {
  const t = stop.target;
  if (t.kind === 'pavilion' && getPavilion(t.id)) return { kind: 'pavilion', id: t.id };
  if (t.kind === 'panel' && getPanel(t.id)) return { kind: 'panel', id: t.id };
  return { kind: 'overview' };
}

let applying = false;

function showStop(stop: TourStop) {
  const s = useExhibit.getState();
  const sel = stopSelection(stop);
  applying = true;
  try {
    if (s.xr && sel.kind === 'pavilion') goToPavilion(sel.id);
    else {
      if (s.xr && s.xrPlace === 'park') goToTable();
      if (!sameSelection(sel, s.selection)) useExhibit.setState({ selection: sel });
    }
  } finally {
    applying = false;
  }
  // A spectator TV mirrors a visitor's tour: silent (the visitor's headset speaks).
  if (s.tour?.playing && useLive.getState().role !== 'spectator') speak(stop.caption[s.lang], s.lang);
}

/** The tour driver. */
export function TourDriver({ params }: { params: BoothParams }) {
  useEffect(() => {
    // Show a stop whenever the tour moves to it (or starts).
    const unsubscribe = useExhibit.subscribe((state, prev) => {
      const i = state.tour?.index;
      if (state.tour && (i !== prev.tour?.index || !prev.tour)) showStop(content.tour[i!]!);
      if (!state.tour && prev.tour) stopSpeaking();
      // A visitor's own choice during the tour pauses it (the attract loop is stopped elsewhere, on any input).
      if (state.mode === 'tour' && state.tour?.playing && !applying && !sameSelection(state.selection, prev.selection) && useLive.getState().role !== 'spectator')
        state.actions.tourStep({ type: 'pause' });
    });
    const timer = setInterval(() => {
      const s = useExhibit.getState();
      // A spectator's tour is the followed visitor's: it moves with their reports, not on its own clock.
      if (s.tour && !s.paused && useLive.getState().role !== 'spectator') s.actions.tourStep({ type: 'tick', seconds: (TICK_MS / 1000) * params.timeScale });
    }, TICK_MS);
    if (params.tourAutostart) useExhibit.getState().actions.startTour('tour');
    return () => {
      unsubscribe();
      clearInterval(timer);
      stopSpeaking();
    };
  }, [params]);
  return null;
}
