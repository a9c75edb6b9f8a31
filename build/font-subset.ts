/**
 * Cuts the Chinese/Latin font down to exactly the characters the content and UI use (plus printable ASCII),
 * so the exhibit ships a small self-hosted font and never asks a CDN for glyphs.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { consoleStrings } from '../src/console/strings.ts';
import type { Content } from '../src/content/types.ts';
import { formatFigureValue } from '../src/lib/format.ts';

const require = createRequire(import.meta.url);

/** Weights shipped: regular for text, bold for headings and numerals. */
export const fontWeights = [400, 700] as const;

/** Characters the UI may produce beyond the content: printable ASCII and typographic marks. */
const EXTRA = ' ·–—…’‘“”×≈°%¥$，。、：；（）《》！？「」【】';

function collectStrings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => collectStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => collectStrings(v, out));
}

/** Every character the exhibit can show for this content, sorted and unique. */
export function exhibitCharset(content: Content): string {
  const strings: string[] = [EXTRA];
  for (let c = 0x20; c < 0x7f; c++) strings.push(String.fromCharCode(c));
  collectStrings(content, strings);
  // The staff console (console.html) uses the same fonts.
  collectStrings(consoleStrings, strings);
  // Numbers are formatted at run time (e.g. 1800亿 in Chinese): include what the formatter emits.
  for (const f of content.figures)
    for (const lang of ['zh', 'en'] as const) {
      strings.push(formatFigureValue(f.value, f.unit[lang], lang));
      if (f.alt) strings.push(formatFigureValue(f.alt.value, f.alt.unit[lang], lang));
    }
  for (const t of content.timeline) strings.push(String(t.year));
  const set = new Set<string>();
  for (const s of strings) for (const ch of s) if (ch !== '\n' && ch !== '\t') set.add(ch);
  return [...set].sort().join('');
}

/** Path of the full-coverage source font for a weight (from the npm package @openfonts/noto-sans-sc_all). */
export function sourceFontPath(weight: number): string {
  return require.resolve(`@openfonts/noto-sans-sc_all/files/noto-sans-sc-all-${weight}.woff`);
}

/**
 * Writes `exhibit-sc-<weight>.ttf` (for troika in the 3D scene) and `.woff2` (for the DOM HUD) into `outDir`,
 * skipping the work when the character set has not changed since the last run.
 */
export async function writeFontSubsets(content: Content, outDir: string): Promise<{ charset: string; changed: boolean }> {
  const charset = exhibitCharset(content);
  const stamp = createHash('sha256').update(charset).digest('hex');
  const stampFile = join(outDir, 'charset.sha256');
  const complete = fontWeights.every((w) => existsSync(join(outDir, `exhibit-sc-${w}.ttf`)) && existsSync(join(outDir, `exhibit-sc-${w}.woff2`)));
  if (complete && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return { charset, changed: false };
  const { default: subsetFont } = await import('subset-font');
  mkdirSync(outDir, { recursive: true });
  for (const weight of fontWeights) {
    const source = readFileSync(sourceFontPath(weight));
    writeFileSync(join(outDir, `exhibit-sc-${weight}.ttf`), await subsetFont(source, charset, { targetFormat: 'truetype' }));
    writeFileSync(join(outDir, `exhibit-sc-${weight}.woff2`), await subsetFont(source, charset, { targetFormat: 'woff2' }));
  }
  writeFileSync(join(outDir, 'charset.txt'), charset);
  writeFileSync(stampFile, stamp);
  return { charset, changed: true };
}
