/**
 * The self-hosted font subsets (generated from the content at build time). Every troika text gets one of
 * these explicitly (text-elements.ts makes the regular one troika's default); troika only falls back to its CDN for glyphs a font lacks, and a test checks that the
 * subsets cover every character the content and UI use.
 */
import bold from '../generated/fonts/exhibit-sc-700.ttf?url';
import regular from '../generated/fonts/exhibit-sc-400.ttf?url';

/** Font URLs for the 3D scene. */
export const sceneFonts = { regular, bold } as const;

/** A TrueType/OpenType file starts with one of these tags. */
const FONT_TAGS = ['00010000', '4f54544f', '74727565']; // 1.0, 'OTTO', 'true'

/**
 * Checks that the scene fonts arrive intact: troika only logs a failed font and leaves the text blank, so
 * the app checks first and tells the visitor. Resolves to the URLs that are missing or damaged.
 */
export async function checkSceneFonts(): Promise<string[]> {
  const bad: string[] = [];
  for (const url of [regular, bold]) {
    try {
      const res = await fetch(url);
      const head = new Uint8Array(await res.arrayBuffer()).subarray(0, 4);
      const tag = Array.from(head, (b) => b.toString(16).padStart(2, '0')).join('');
      if (!res.ok || !FONT_TAGS.includes(tag)) bad.push(url);
    } catch {
      bad.push(url);
    }
  }
  return bad;
}
