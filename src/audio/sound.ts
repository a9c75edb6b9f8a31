/**
 * The always-loaded part of the sound (small): the on/off setting, the one AudioContext (created or resumed
 * inside a user gesture: the Enter VR click or the Sound toggle), and the rules that suspend it (page or VR
 * session hidden or blurred, attract loop, VR exit, sound off). The mixer and the synthesis load lazily, on the
 * first gesture that turns sound on. Usage: `initSound(...)` once at start; `unlockAudio(forXR)` in a click.
 */
import { create } from 'zustand';
import { useExhibit } from '../state/store';
import type { CueName, SoundName } from './names';
import { shouldRun, soundSetting, type SoundInputs, type SoundSetting } from './settings';

/** The sound's state (what decides the setting, and what the lazy part reports). */
interface SoundState extends SoundInputs {
  /** The VR session is hidden or `visible-blurred`. */
  sessionAway: boolean;
  /** The mixer has loaded (the canvas then mounts its per-frame listener). */
  engineReady: boolean;
}

/** The sound store. */
export const useSound = create<SoundState>()(() => ({ param: null, quiet: false, desktopChoice: null, vrChoice: null, sessionAway: false, engineReady: false }));

/** The setting in force now: 'on' or 'off'. */
export const currentSound = (): SoundSetting => soundSetting(useSound.getState(), useExhibit.getState().xr);

/** The setting in force, as a hook. */
export function useSoundSetting(): SoundSetting {
  const xr = useExhibit((s) => s.xr);
  return useSound((s) => soundSetting(s, xr));
}

/** What the lazy mixer offers the page. */
export interface LiveAudio {
  play(name: CueName, from?: 'controller' | 'panel' | 'none'): void;
  place(): 'terrace' | 'park';
  played(): string[];
}

let ctx: AudioContext | null = null;
let live: LiveAudio | null = null;
let loading = false;
// Sounds asked for before the mixer arrived (the Enter VR click's own sound), with their time.
const pending: { name: CueName; at: number }[] = [];
let holdUntil = 0;

function makeContext(): AudioContext | null {
  const C = window.AudioContext ?? (window as Window & { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!C) return null;
  try {
    return new C({ latencyHint: 'interactive' });
  } catch (e) {
    console.warn('No audio:', e);
    return null;
  }
}

/**
 * Fetches the mixer's code without starting any sound (no AudioContext, no gesture needed). Called where VR is
 * possible, once the VR code is on its way: the Enter VR click then finds the mixer ready, and the entering sound
 * plays with the fade instead of being dropped as stale while the chunk downloads on a slow booth network.
 */
export function preloadSound(): void {
  void import('./live-engine').catch(() => {});
}

function loadEngine(): void {
  if (loading || !ctx) return;
  loading = true;
  const c = ctx;
  void import('./live-engine')
    .then((m) => {
      live = m.attachEngine(c);
      const now = performance.now();
      // A session can take seconds to start on a busy headset: the entering sound still marks the arrival.
      for (const p of pending.splice(0)) if (now - p.at < 10_000) live.play(p.name);
      useSound.setState({ engineReady: true });
    })
    .catch((e: unknown) => {
      loading = false;
      console.error('Could not load the sound:', e);
    });
}

/**
 * Call inside a user gesture (click): creates the AudioContext, or resumes it, when sound is on for where the
 * visitor is going (`forXR`: the Enter VR click), and starts loading the mixer.
 */
export function unlockAudio(forXR: boolean): void {
  if (soundSetting(useSound.getState(), forXR) !== 'on') return;
  ctx ??= makeContext();
  if (!ctx) return;
  if (ctx.state !== 'running') void ctx.resume().catch(() => {});
  // The Enter VR click's own sound, whatever state the mixer is in: queued until it has loaded, else scheduled now
  // (on a context still resuming it sounds as soon as the context runs; the state change's cue is then a duplicate
  // the cue rules drop).
  if (forXR) {
    if (live) live.play('enterVR');
    else pending.push({ name: 'enterVR', at: performance.now() });
  }
  loadEngine();
}

/** Plays an interaction sound (nothing while sound is off or before the mixer has loaded). */
export function playCue(name: CueName, from?: 'controller' | 'panel' | 'none'): void {
  if (live && ctx?.state === 'running') live.play(name, from);
}

/** Sets the visitor's (or console's) choice: on the desktop, in VR, or both (the console's mute). */
export function setSoundChoice(value: SoundSetting, where: 'desktop' | 'vr' | 'both'): void {
  useSound.setState(where === 'desktop' ? { desktopChoice: value } : where === 'vr' ? { vrChoice: value } : { desktopChoice: value, vrChoice: value });
}

/** The toggle's click (HUD or wrist menu): flips the setting where the visitor is, inside the gesture. */
export function toggleSound(): void {
  const xr = useExhibit.getState().xr;
  const next = currentSound() === 'on' ? 'off' : 'on';
  setSoundChoice(next, xr ? 'vr' : 'desktop');
  if (next === 'on') unlockAudio(xr);
}

/** The VR session's visibility (`visible`, `visible-blurred`, `hidden`). */
export function setSessionVisibility(v: string): void {
  useSound.setState({ sessionAway: v !== 'visible' });
}

/** Suspends or resumes the context by the rules (see `shouldRun`). */
function apply(): void {
  const s = useExhibit.getState();
  const setting = currentSound();
  if (!ctx) {
    // Turned on without a gesture (the console, ?sound=on): make it now; it starts once the browser allows.
    if (setting === 'on' && s.xr) {
      ctx = makeContext();
      loadEngine();
    }
    if (!ctx) return;
  }
  const run = shouldRun({ setting, pageHidden: document.visibilityState === 'hidden', sessionAway: s.xr && useSound.getState().sessionAway, attract: s.mode === 'attract' });
  if (run && ctx.state === 'suspended') void ctx.resume().catch(() => {});
  else if (!run && ctx.state === 'running') {
    // Leaving VR: let its sound ring out first.
    const wait = holdUntil - performance.now();
    if (wait > 0) setTimeout(apply, wait + 10);
    else void ctx.suspend();
  }
}

/** Reads `?sound=` and the TV flags, and starts applying the rules. Once, at start. */
export function initSound(opts: { param: SoundSetting | null; quiet: boolean }): void {
  useSound.setState({ param: opts.param, quiet: opts.quiet });
  let xr = useExhibit.getState().xr;
  useExhibit.subscribe((s) => {
    if (xr && !s.xr) holdUntil = performance.now() + 700;
    xr = s.xr;
    apply();
  });
  useSound.subscribe(apply);
  document.addEventListener('visibilitychange', apply);
  // `?sound=on` on the desktop: the browser lets sound start only after a gesture; the first one anywhere does.
  const first = () => {
    if (currentSound() === 'on') unlockAudio(useExhibit.getState().xr);
  };
  document.addEventListener('pointerdown', first, { capture: true });
  document.addEventListener('keydown', first, { capture: true });
}

/** What `exhibit.audio()` reports. */
export interface AudioSnapshot {
  /** The AudioContext's state, or 'none' before one was made. */
  context: AudioContextState | 'none';
  /** The setting in force (as `exhibit.state().sound`). */
  sound: SoundSetting;
  /** Whether the mixer has loaded. */
  loaded: boolean;
  /** The ambience playing: 'terrace', 'park', or null before the mixer has loaded. */
  place: 'terrace' | 'park' | null;
  /** The last interaction sounds played (oldest first, at most 20). */
  played: string[];
  /** Every name `exhibit.renderSound()` accepts. */
  sounds: readonly SoundName[];
}

/** The audio snapshot for `exhibit.audio()`. */
export function audioSnapshot(sounds: readonly SoundName[]): AudioSnapshot {
  return { context: ctx ? ctx.state : 'none', sound: currentSound(), loaded: live !== null, place: live ? live.place() : null, played: live ? live.played() : [], sounds };
}
