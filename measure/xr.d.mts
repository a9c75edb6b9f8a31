/** Types of xr.mjs for TypeScript importers (`allowJs` is off). Keep in step with that file. */
import type { BrowserContext, Page } from 'playwright-core';
import type { RenderStats } from './page-probe.mjs';

/** Which emulated headset to install. */
export type Headset = 'quest3' | 'pico4' | 'unknown-controller';

/** The paths an emulated headset can take (see xr.mjs). */
export interface HeadsetOptions {
  /** Render both eyes. Default false. */
  stereo?: boolean;
  /** `'projection'` (default, as Quest and Pico browsers): an XRProjectionLayer; `'webgl'`: an XRWebGLLayer. */
  layers?: 'projection' | 'webgl';
  /** `'stops'`: window rAF callbacks are held while an immersive session runs. Default `'runs'`. */
  windowLoop?: 'runs' | 'stops';
  /** `'hands'`: the session starts with tracked hands (Quest only). Default `'controllers'`. */
  input?: 'controllers' | 'hands';
}

/** Draws into the session's framebuffer outside the XR frame callback. */
export interface StrayDraws {
  count: number;
  /** The method and a stack of the first few. */
  samples: string[];
}

export declare const iwerScript: string;
export declare const layersPolyfillScript: string;
export declare const headsetDefaults: Readonly<Required<HeadsetOptions>>;
export declare function installHeadset(target: Page | BrowserContext, kind: Headset, options?: HeadsetOptions): Promise<void>;
export declare function strayXRDraws(page: Page): Promise<StrayDraws>;
export declare function xrLayerKind(page: Page): Promise<'projection' | 'webgl' | null>;
export declare function xrFrames(page: Page, n: number): Promise<void>;
export declare function settleXR(page: Page, need?: number): Promise<RenderStats>;
export declare function aim(page: Page, hand: 'left' | 'right', target: [number, number, number]): Promise<void>;
export declare function aimHand(page: Page, hand: 'left' | 'right', target: [number, number, number]): Promise<void>;
export declare function pullTrigger(page: Page, hand: 'left' | 'right'): Promise<void>;
export declare function pinch(page: Page, hand: 'left' | 'right'): Promise<void>;
export declare function setSystemMenu(page: Page, state: 'visible' | 'visible-blurred' | 'hidden'): Promise<void>;
