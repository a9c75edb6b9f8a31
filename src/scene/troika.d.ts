// troika-three-text ships no typings; these are the parts the scene uses.
declare module 'troika-three-text' {
  import type { Color, Material, Mesh } from 'three';
  export class Text extends Mesh {
    text: string;
    font: string | null;
    fontSize: number;
    fontWeight: number | string;
    color: Color | string | number | null;
    anchorX: number | 'left' | 'center' | 'right';
    anchorY: number | 'top' | 'top-baseline' | 'middle' | 'bottom-baseline' | 'bottom';
    maxWidth: number;
    lineHeight: number | 'normal';
    letterSpacing: number;
    overflowWrap: 'normal' | 'break-word';
    textAlign: 'left' | 'right' | 'center' | 'justify';
    outlineWidth: number | string;
    outlineColor: Color | string | number;
    outlineOpacity: number;
    fillOpacity: number;
    sdfGlyphSize: number;
    depthOffset: number;
    material: Material;
    /** The last layout's glyph data; null until the first sync completes. */
    readonly textRenderInfo: object | null;
    sync(callback?: () => void): void;
    dispose(): void;
  }
  export class BatchedText extends Text {}
  export function preloadFont(options: { font?: string; characters?: string | string[]; sdfGlyphSize?: number }, callback: () => void): void;
  export function configureTextBuilder(config: { useWorker?: boolean; defaultFontURL?: string; unicodeFontsURL?: string; sdfGlyphSize?: number }): void;
}
