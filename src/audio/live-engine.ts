/**
 * The mixer on the page's AudioContext (lazy chunk): ambience by place (terrace at the VR table, park elsewhere),
 * interaction sounds from changes of the exhibit's state (selection, panels, tour stops, entering and leaving VR)
 * and from direct calls (hover, teleport, "not here"), birds in the trees. The canvas's `AudioFrame` moves the
 * listener every frame.
 */
import { useExhibit, type ExhibitState } from '../state/store';
import { cueAllowed, cueRank, cuesForChange, type CueState } from './cue-rules';
import { createEngine, startBirds, type CueSource, type Engine, type Place } from './engine';
import type { CueName } from './names';
import type { LiveAudio } from './sound';

/** The live mixer, for the per-frame listener (null until attached). */
export let liveEngine: Engine | null = null;
/** The listener's ground position, for the birds (written every frame). */
export const listenerGround: [number, number] = [0, 0];

const cueState = (s: ExhibitState): CueState => ({
  selection: s.selection.kind === 'overview' ? { kind: 'overview' } : { kind: s.selection.kind, id: s.selection.id },
  xr: s.xr,
  aboutOpen: s.aboutOpen,
  mode: s.mode,
  tour: s.tour ? { index: s.tour.index } : null,
});

const placeOf = (s: ExhibitState): Place => (s.xr && s.xrPlace === 'table' ? 'terrace' : 'park');

/** Builds the mixer on `ctx` and wires it to the exhibit. */
export function attachEngine(ctx: AudioContext): LiveAudio {
  const engine = createEngine(ctx, { spatial: () => useExhibit.getState().xr });
  liveEngine = engine;
  let place = placeOf(useExhibit.getState());
  engine.setPlace(place, true);
  void engine.startAmbience();
  const log: string[] = [];
  const last = { rank: -1, at: -Infinity };
  const play = (name: CueName, from?: CueSource) => {
    const now = ctx.currentTime;
    if (!cueAllowed(name, now, last)) return;
    last.rank = cueRank[name];
    last.at = now;
    engine.playCue(name, from ?? (name === 'panelOpen' || name === 'panelClose' || name === 'tourStop' ? 'panel' : 'controller'));
    log.push(name);
    if (log.length > 20) log.shift();
  };
  let prev = cueState(useExhibit.getState());
  useExhibit.subscribe((s) => {
    const next = cueState(s);
    // The attract loop of an idle booth stays silent (the context is suspended then anyway).
    if (ctx.state === 'running' && s.mode !== 'attract') for (const c of cuesForChange(prev, next)) play(c);
    prev = next;
    const p = placeOf(s);
    if (p !== place) engine.setPlace((place = p));
  });
  startBirds(engine, () => ctx.state === 'running' && place === 'park', () => listenerGround);
  return { play, place: () => place, played: () => log.slice() };
}
