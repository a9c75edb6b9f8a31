/** The exhibit's one store: what is selected, the language, notices; actions grouped under `actions`. */
import { create } from 'zustand';
import { getPanel, getPavilion } from '../content';
import type { UiKey } from '../i18n/keys';
import type { Lang } from '../i18n/lang';
import { startTourState, stepTour, type TourAction, type TourState } from '../booth/tour';
import { content } from '../content';
import type { Selection } from './route';

/** State shared by the 3D scene, the HUD and the automation API. */
export interface ExhibitState {
  lang: Lang;
  selection: Selection;
  /** A short notice for the visitor (e.g. an unknown link), or null. */
  notice: UiKey | null;
  /** Whether an immersive session is running. */
  xr: boolean;
  /** Where the visitor is in VR: at the booth table, in the park at full scale, or not in VR. */
  xrPlace: 'table' | 'park' | null;
  /** Which immersive session runs: 'vr' (opaque) or 'mr' (passthrough, immersive-ar); null outside one. */
  xrMode: 'vr' | 'mr' | null;
  /** True while the headset's session is not fully visible (taken off, system menu open): animations and tours wait. */
  paused: boolean;
  /** True while the session is hidden (headset taken off): nobody is in the exhibit (the idle reset counts this). */
  headsetOff: boolean;
  aboutOpen: boolean;
  /** Exploring freely, following the guided tour, or the attract loop of an idle booth. */
  mode: 'explore' | 'tour' | 'attract';
  /** The tour's progress while a tour or the attract loop runs, else null. */
  tour: TourState | null;
  actions: {
    /** Selects a pavilion; throws on an unknown id and leaves the state unchanged. */
    select: (id: string) => void;
    /** Focuses a data panel; throws on an unknown id and leaves the state unchanged. */
    focusPanel: (id: string) => void;
    /** Returns to the park overview. */
    overview: () => void;
    setLang: (lang: Lang) => void;
    showNotice: (notice: UiKey) => void;
    dismissNotice: () => void;
    setXR: (xr: boolean) => void;
    setXRPlace: (place: 'table' | 'park' | null) => void;
    setPaused: (paused: boolean) => void;
    /** Follows the session's visibility: paused unless visible, headset off when hidden. */
    setXRVisibility: (visibility: XRVisibilityState) => void;
    setXRMode: (mode: 'vr' | 'mr' | null) => void;
    setAboutOpen: (open: boolean) => void;
    /** Starts the guided tour (`attract` loops it for an idle booth), at its first stop or at stop `index`. */
    startTour: (mode?: 'tour' | 'attract', index?: number) => void;
    /** Ends the tour or attract loop and returns to exploring. */
    stopTour: () => void;
    /** Steps the tour (next, previous, play/pause, clock ticks). */
    tourStep: (action: TourAction) => void;
  };
}

const dwells = content.tour.map((s) => s.dwell);

/** Creates a store; the app uses the one below, tests may make their own. */
export const createExhibitStore = (initial: Partial<Pick<ExhibitState, 'lang' | 'selection'>> = {}) =>
  create<ExhibitState>()((set) => ({
    lang: initial.lang ?? 'en',
    selection: initial.selection ?? { kind: 'overview' },
    notice: null,
    xr: false,
    xrPlace: null,
    xrMode: null,
    paused: false,
    headsetOff: false,
    aboutOpen: false,
    mode: 'explore',
    tour: null,
    actions: {
      select: (id) => {
        if (!getPavilion(id)) throw new Error(`Unknown pavilion "${id}"`);
        set({ selection: { kind: 'pavilion', id }, notice: null });
      },
      focusPanel: (id) => {
        if (!getPanel(id)) throw new Error(`Unknown panel "${id}"`);
        set({ selection: { kind: 'panel', id }, notice: null });
      },
      overview: () => set({ selection: { kind: 'overview' } }),
      setLang: (lang) => set({ lang }),
      showNotice: (notice) => set({ notice }),
      dismissNotice: () => set({ notice: null }),
      setXR: (xr) => set(xr ? { xr } : { xr, xrPlace: null, xrMode: null, paused: false, headsetOff: false }),
      setXRPlace: (xrPlace) => set({ xrPlace }),
      setPaused: (paused) => set({ paused }),
      setXRVisibility: (visibility) => set({ paused: visibility !== 'visible', headsetOff: visibility === 'hidden' }),
      setXRMode: (xrMode) => set({ xrMode }),
      setAboutOpen: (aboutOpen) => set({ aboutOpen }),
      startTour: (mode = 'tour', index = 0) =>
        set({ mode, tour: startTourState(mode === 'attract', Number.isInteger(index) && index >= 0 && index < dwells.length ? index : 0), aboutOpen: false }),
      stopTour: () => set({ mode: 'explore', tour: null }),
      tourStep: (action) =>
        set((s) => {
          if (!s.tour) return {};
          const tour = stepTour(s.tour, action, dwells);
          return tour.finished ? { tour: null, mode: 'explore' } : tour === s.tour ? {} : { tour };
        }),
    },
  }));

/** The exhibit store (a React hook with `getState`/`subscribe`). */
export const useExhibit = createExhibitStore();

/** The store's actions, stable across renders. */
export const useActions = () => useExhibit((s) => s.actions);
