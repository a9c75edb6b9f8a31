/**
 * `window.exhibit`: the automation API booth integrations and tests drive. A public contract: extend, never rename.
 *
 * @example window.exhibit.select('goertek'); window.exhibit.state().selected // 'goertek'
 */
import { content, getPavilion } from '../content';
import { isLang, type Lang } from '../i18n/lang';
import { offlineStatus, type OfflineStatus } from '../booth/service-worker';
import { locatePavilion, originWorld, worldToOrigin } from '../xr/locate';
import { useLive } from '../booth/live-status';
import { hasFirstPicture } from './first-picture';
import { useExhibit } from './store';
import { audioSnapshot, currentSound, type AudioSnapshot } from '../audio/sound';
import { SOUND_NAMES, type SoundName } from '../audio/names';
import type { RenderedSound } from '../audio/offline-render';

/** The state snapshot returned by `window.exhibit.state()`. */
export interface ExhibitSnapshot {
  view: 'overview' | 'pavilion' | 'panel';
  selected: string | null;
  /** The focused data panel's id (view 'panel'), else null. */
  panel: string | null;
  lang: Lang;
  xr: boolean;
  /** In VR: 'table' (the tabletop miniature) or 'park' (full scale); null outside VR. */
  xrPlace: 'table' | 'park' | null;
  /** Which immersive session runs: 'vr', 'mr' (passthrough) or null outside one. */
  xrMode: 'vr' | 'mr' | null;
  /** True while the headset session is hidden and the exhibit waits. */
  paused: boolean;
  /** True once the 3D scene has drawn its first picture. */
  ready: boolean;
  /** Exploring, on the guided tour, or in the attract loop of an idle booth. */
  mode: 'explore' | 'tour' | 'attract';
  /** Tour progress while a tour or the attract loop runs: stop index (0-based), stop count, playing. */
  tour: { index: number; total: number; playing: boolean } | null;
  /** On a `?spectate` page: the device id of the visitor it follows (null while waiting); null on every other page. */
  spectating: string | null;
  /** Whether the exhibit plays sound where the visitor is now (on by default in VR, off on the desktop and on a TV). */
  sound: 'on' | 'off';
}

/** The spectator TV's camera: world position (metres), orientation quaternion, and whether it is the third-person view. */
export interface SpectatorCameraSnapshot {
  p: [number, number, number];
  q: [number, number, number, number];
  thirdPerson: boolean;
}

/** Screen projection of a pavilion, filled in by the scene (null before the first frame). */
export type Projector = (id: string) => { x: number; y: number } | null;
let projector: Projector = () => null;
/** Lets the 3D scene provide `window.exhibit.screenPosition`. */
export const setProjector = (p: Projector) => {
  projector = p;
};

/** A screen rectangle in CSS pixels (page coordinates). */
export interface ScreenRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
let rectProjector: (name: string) => ScreenRect | null = () => null;
/** Lets the 3D scene provide `window.exhibit.screenRect`. */
export const setRectProjector = (p: (name: string) => ScreenRect | null) => {
  rectProjector = p;
};

/** Counts from the WebGL renderer for the last frame (calls, triangles) and what is resident (geometries, textures, programs). */
export interface RenderStatsSnapshot {
  calls: number;
  triangles: number;
  geometries: number;
  textures: number;
  programs: number;
  /** Controller models loaded before the session so their programs are built with its first frames (src/xr/controller-warmup.ts). */
  warmedModels: number;
}
let statsReader: () => RenderStatsSnapshot | null = () => null;
/** Lets the canvas provide `window.exhibit.renderStats`. */
export const setRenderStats = (r: () => RenderStatsSnapshot | null) => {
  statsReader = r;
};

let restReader: () => boolean = () => true;
/** Lets the desktop camera rig provide `window.exhibit.cameraAtRest`. */
export const setCameraRest = (r: () => boolean) => {
  restReader = r;
};

let objectFinder: (name: string) => [number, number, number] | null = () => null;
/** Lets the canvas provide `window.exhibit.objectPosition`. */
export const setObjectFinder = (f: (name: string) => [number, number, number] | null) => {
  objectFinder = f;
};

let spectatorCameraReader: () => SpectatorCameraSnapshot | null = () => null;
/** Lets the spectator camera (a lazy chunk) provide `window.exhibit.spectatorCamera`. */
export const setSpectatorCameraReader = (r: () => SpectatorCameraSnapshot | null) => {
  spectatorCameraReader = r;
};

/** A text of a panel on screen: its em height in CSS pixels. `role` tells figure numerals and titles apart. */
export interface ScreenText {
  panel: string;
  key: string;
  text: string;
  role: 'title' | 'numeral' | 'text' | 'label';
  px: number;
}
/** A panel or label on screen, in CSS pixels (page coordinates). */
export interface ScreenBox extends ScreenRect {
  name: string;
  kind: 'panel' | 'label';
}
let screenTextReader: () => { texts: ScreenText[]; boxes: ScreenBox[] } | null = () => null;
/** Lets the desktop canvas provide `window.exhibit.screenTexts`. */
export const setScreenTextReader = (r: () => { texts: ScreenText[]; boxes: ScreenBox[] } | null) => {
  screenTextReader = r;
};

/** Where a panel, menu or label stands in VR, relative to the visitor's head (degrees; yaw positive to the right, pitch up). */
export interface XRLayoutEntry {
  name: string;
  /** Metres from the eyes to its centre. */
  distance: number;
  yawDeg: number;
  pitchDeg: number;
  widthDeg: number;
  heightDeg: number;
  /** Visual angle of its smallest text (0 for an object without text, such as the park model). */
  minTextDeg: number;
}
let xrLayoutReader: () => XRLayoutEntry[] | null = () => null;
/** Lets the VR session provide `window.exhibit.xrLayout`. */
export const setXRLayoutReader = (r: () => XRLayoutEntry[] | null) => {
  xrLayoutReader = r;
};

/** A 3D text (troika) in the scene: its characters, the glyphs laid out for it, and whether the glyph atlas holds them. */
export interface SceneTextEntry {
  /** The nearest named object (the text itself, or its panel), with `#n` for the n-th text under it. */
  name: string;
  text: string;
  /** Characters that draw something (not white space). */
  chars: number;
  /** Glyphs laid out (troika's `textRenderInfo`); null before the first layout. */
  glyphs: number | null;
  /** Laid-out glyphs whose place in the atlas is still empty now. */
  blank: number;
  /** Empty glyphs at the moment the text was last shown (null: not checked, i.e. shown before the first `sceneTexts()` call). */
  blankWhenShown: number | null;
  /** Shown (it and every ancestor visible). */
  visible: boolean;
  /** The text as laid out, one string of its visible characters per line (null before the first layout). */
  lines: string[] | null;
}
let sceneTextReader: () => SceneTextEntry[] | null = () => null;
/** Lets the text module (a lazy chunk) provide `window.exhibit.sceneTexts`. */
export const setSceneTextReader = (r: () => SceneTextEntry[] | null) => {
  sceneTextReader = r;
};

/** The automation API. */
export interface ExhibitApi {
  state(): ExhibitSnapshot;
  select(id: string): void;
  overview(): void;
  focusPanel(id: string): void;
  setLang(lang: Lang): void;
  pavilions(): { id: string; name: string }[];
  panels(): { id: string; title: string }[];
  screenPosition(id: string): { x: number; y: number } | null;
  /** Where a named scene object (e.g. `pavilion-panel:pico`) appears on screen: its bounding box's rectangle in CSS pixels, or null when not found or behind the camera. */
  screenRect(name: string): ScreenRect | null;
  renderStats(): RenderStatsSnapshot | null;
  /** False while the desktop camera flies to the current selection or its view offset still glides (true in VR and once both rest). */
  cameraAtRest(): boolean;
  /** Starts the guided tour from its first stop. */
  startTour(): void;
  /** Ends the tour (or the attract loop) and returns to exploring. */
  stopTour(): void;
  /** In VR: a pavilion's centre on the table miniature or at full scale, relative to the visitor's XR origin. */
  xrLocate(id: string, where: 'miniature' | 'park'): [number, number, number] | null;
  /** World position of a named scene object (e.g. `vr-panel:pico:button:table`); with 'xr-origin', relative to the visitor's XR origin. */
  objectPosition(name: string, space?: 'world' | 'xr-origin'): [number, number, number] | null;
  /** What the service worker has cached: `ready` means the exhibit now runs with the network cut. */
  offline(): OfflineStatus;
  /** In VR: the visitor's origin in the world (metres, yaw in radians). */
  xrOrigin(): { x: number; z: number; yaw: number } | null;
  /** On a `?spectate` page following a visitor in VR: the camera the TV shows; else null. */
  spectatorCamera(): SpectatorCameraSnapshot | null;
  /** Desktop: every text of the panels in view with its on-screen em height (CSS px), and the boxes of panels and labels. */
  screenTexts(): { texts: ScreenText[]; boxes: ScreenBox[] } | null;
  /** In VR: each panel, menu, label and the park model shown, relative to the visitor's head; each name also works with `objectPosition`. */
  xrLayout(): XRLayoutEntry[] | null;
  /** Every 3D text in the scene with its glyph and atlas counts (null before any text is loaded); from the first call on, texts are also checked at the moment they are shown. */
  sceneTexts(): SceneTextEntry[] | null;
  /** The sound: the AudioContext's state ('none' before one exists), the setting, the ambience place, the last interaction sounds. */
  audio(): AudioSnapshot;
  /** Renders one sound (`audio().sounds`) through the mixer into an OfflineAudioContext: 48 kHz stereo samples. */
  renderSound(name: SoundName, seconds?: number): Promise<RenderedSound>;
  /** In MR: how the park model was placed in the room (see README), else null. */
  placement(): PlacementSnapshot | null;
}

/** Where the park model stands in a mixed-reality session (`exhibit.placement()`). */
export interface PlacementSnapshot {
  /** 'plane' (a detected table/surface), 'hit-test' (where a ray met a surface), 'manual' (grabbed), 'default' (in front of the visitor). */
  method: 'plane' | 'hit-test' | 'manual' | 'default';
  /** Height of the model's base above the floor, metres. */
  height: number;
  /** Whether a WebXR anchor holds it in the room. */
  anchored: boolean;
  /** The model's scale (1/1000, or smaller where the surface is smaller than the model). */
  scale: number;
  /** The model's centre on its base, in the visitor's reference space (metres). */
  position: [number, number, number];
  /** The model's turn about the vertical in the reference space (degrees). */
  yawDeg: number;
  /** The corners of the model's footprint (its outline's bounding rectangle) in the reference space, [x, z] each. */
  footprint: [number, number][];
}
let placementReader: () => PlacementSnapshot | null = () => null;
/** Lets an MR session provide `window.exhibit.placement`. */
export const setPlacementReader = (r: () => PlacementSnapshot | null) => {
  placementReader = r;
};

/** Builds the API over the exhibit store. */
export function createExhibitApi(): ExhibitApi {
  const get = () => useExhibit.getState();
  return {
    state: () => {
      const s = get();
      const live = useLive.getState();
      return {
        view: s.selection.kind,
        selected: s.selection.kind === 'pavilion' ? s.selection.id : null,
        panel: s.selection.kind === 'panel' ? s.selection.id : null,
        lang: s.lang,
        xr: s.xr,
        xrPlace: s.xrPlace,
        xrMode: s.xrMode,
        paused: s.paused,
        ready: hasFirstPicture(),
        mode: s.mode,
        tour: s.tour ? { index: s.tour.index, total: content.tour.length, playing: s.tour.playing } : null,
        spectating: live.role === 'spectator' ? (live.followed?.deviceId ?? null) : null,
        sound: currentSound(),
      };
    },
    select: (id) => {
      if (typeof id !== 'string' || !getPavilion(id))
        throw new Error(`exhibit.select: unknown pavilion "${String(id)}"; known: ${content.pavilions.map((p) => p.id).join(', ')}`);
      get().actions.select(id);
    },
    overview: () => get().actions.overview(),
    focusPanel: (id) => get().actions.focusPanel(id),
    setLang: (lang) => {
      if (!isLang(lang)) throw new Error(`exhibit.setLang: unknown language "${String(lang)}"; use "zh" or "en"`);
      get().actions.setLang(lang);
    },
    pavilions: () => content.pavilions.map((p) => ({ id: p.id, name: p.name[get().lang] })),
    panels: () => content.panels.map((p) => ({ id: p.id, title: p.title[get().lang] })),
    screenPosition: (id) => projector(id),
    screenRect: (name) => rectProjector(name),
    renderStats: () => statsReader(),
    cameraAtRest: () => restReader(),
    startTour: () => get().actions.startTour('tour'),
    stopTour: () => get().actions.stopTour(),
    xrLocate: (id, where) => (get().xr ? locatePavilion(id, where) : null),
    objectPosition: (name, space = 'world') => {
      const p = objectFinder(name);
      return p && space === 'xr-origin' ? worldToOrigin(...p) : p;
    },
    offline: () => offlineStatus(),
    xrOrigin: () => (get().xr ? originWorld() : null),
    spectatorCamera: () => (useLive.getState().followed?.xr ? spectatorCameraReader() : null),
    screenTexts: () => screenTextReader(),
    xrLayout: () => (get().xr ? xrLayoutReader() : null),
    sceneTexts: () => sceneTextReader(),
    audio: () => audioSnapshot(SOUND_NAMES),
    renderSound: async (name, seconds) => {
      if (!(SOUND_NAMES as readonly string[]).includes(name)) throw new Error(`exhibit.renderSound: unknown sound "${String(name)}"; known: ${SOUND_NAMES.join(', ')}`);
      const { renderSound } = await import('../audio/offline-render');
      return renderSound(name, seconds);
    },
    placement: () => (get().xrMode === 'mr' ? placementReader() : null),
  };
}

declare global {
  interface Window {
    exhibit?: ExhibitApi;
  }
}

/** Installs `window.exhibit`. */
export function installAutomation(): void {
  window.exhibit = createExhibitApi();
}
