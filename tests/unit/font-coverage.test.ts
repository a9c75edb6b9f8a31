import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { exhibitCharset, fontWeights, writeFontSubsets } from '../../build/font-subset';
import { loadValidContent } from '../../build/vite-content-plugin';

const content = loadValidContent();

describe('self-hosted font subsets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fonts-'));
  it('have a glyph for every character the content and UI use, in every weight', async () => {
    const { charset } = await writeFontSubsets(content, dir);
    expect(charset).toContain('崂');
    expect(charset).toContain('亿');
    for (const w of fontWeights) {
      const font = fontkit.create(readFileSync(join(dir, `exhibit-sc-${w}.ttf`))) as fontkit.Font;
      const missing = [...charset].filter((ch) => ch.trim() && !font.hasGlyphForCodePoint(ch.codePointAt(0)!));
      expect(missing, `weight ${w}`).toEqual([]);
    }
  }, 30_000);

  it('stay small', () => {
    for (const w of fontWeights) {
      expect(statSync(join(dir, `exhibit-sc-${w}.ttf`)).size).toBeLessThan(250_000);
      expect(statSync(join(dir, `exhibit-sc-${w}.woff2`)).size).toBeLessThan(120_000);
    }
  });

  it('follow the content: a new character in the content is in the next subset', () => {
    const edited = structuredClone(content);
    edited.pavilions[0]!.role.zh += '鳌';
    expect(exhibitCharset(edited)).toContain('鳌');
    expect(exhibitCharset(content)).not.toContain('鳌');
  });
});
