// subset-font ships no typings; this is the part of its API we call.
declare module 'subset-font' {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'truetype' | 'woff' | 'woff2' | 'sfnt' },
  ): Promise<Uint8Array>;
}

// fontkit ships no typings; the tests read glyph coverage with these calls.
declare module 'fontkit' {
  export interface Font {
    hasGlyphForCodePoint(codePoint: number): boolean;
    numGlyphs: number;
    /** Shapes a string with the font's default features (ligatures included). */
    layout(text: string): { glyphs: { codePoints: number[] }[] };
  }
  export function create(buffer: Uint8Array): Font | { fonts: Font[] };
}
