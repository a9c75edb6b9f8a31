/**
 * `window.exhibit`: the automation API booth integrations and tests drive. A public contract: extend, never rename.
 *
 * @example window.exhibit.select('goertek'); window.exhibit.state().selected // 'goertek'
 */
import { content, getPavilion } from '../content';
import { isLang, type Lang } from '../i18n/lang';
import { useExhibit } from './store';

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
  /** True while the headset session is hidden and the exhibit waits. */
  paused: boolean;
}

/** Screen projection of a pavilion, filled in by the scene (null before the first frame). */
export type Projector = (id: string) => { x: number; y: number } | null;
let projector: Projector = () => null;
/** Lets the 3D scene provide `window.exhibit.screenPosition`. */
export const setProjector = (p: Projector) => {
  projector = p;
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
}

/** Builds the API over the exhibit store. */
export function createExhibitApi(): ExhibitApi {
  const get = () => useExhibit.getState();
  return {
    state: () => {
      const s = get();
      return {
        view: s.selection.kind,
        selected: s.selection.kind === 'pavilion' ? s.selection.id : null,
        panel: s.selection.kind === 'panel' ? s.selection.id : null,
        lang: s.lang,
        xr: s.xr,
        xrPlace: s.xrPlace,
        paused: s.paused,
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
