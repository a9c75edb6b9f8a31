/** Types of page-probe.mjs for TypeScript importers (`allowJs` is off). Keep in step with that file. */
import type { BrowserContext, Page } from 'playwright-core';

/** A texture allocation's size (depth 1 for 2D textures). */
export interface TextureSize {
  width: number;
  height: number;
  depth: number;
}

/** GL counts of the last rendered frame and what is resident, as `window.exhibit.renderStats()` gives them. */
export interface RenderStats {
  calls: number;
  triangles: number;
  geometries: number;
  textures: number;
  programs: number;
}

/** GL counts of the view on screen plus what the probe saw. */
export interface ViewFigures extends RenderStats {
  /** The largest (by area) texture the exhibit's scripts allocated so far. */
  largestTexture: TextureSize | null;
  largestTextureArea: number;
  /** The largest allocated by anything else (the headset emulator's framebuffer). */
  largestEmulatorTexture: TextureSize | null;
  /** The exhibit's allocations over 2048 on a side so far (at most 50). */
  oversizeTextures: TextureSize[];
  /** Live programs of the page's canvases by material name. */
  programNames: Record<string, number>;
}

export declare function pageProbe(): void;
export declare function installProbe(context: BrowserContext): Promise<void>;
export declare function firstPicture(page: Page, timeout: number): Promise<{ ready: number; readyWall: number; firstDraw: number | null }>;
export declare const probeTextures: (page: Page) => Promise<{ app: TextureSize | null; other: TextureSize | null; oversize: TextureSize[] }>;
export declare const programNames: (page: Page) => Promise<Record<string, number>>;
export declare const startFrameRecorder: (page: Page) => Promise<void>;
export declare const recordedFrames: (page: Page) => Promise<number>;
export declare const stopFrameRecorder: (page: Page) => Promise<[number, number, number][]>;
export declare function renderStats(page: Page): Promise<RenderStats>;
export declare function viewFigures(page: Page): Promise<ViewFigures>;
export declare const sizeText: (t: TextureSize | null) => string;
