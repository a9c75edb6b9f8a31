import { describe, expect, it } from 'vitest';
import { content } from '../../src/content';
import { fixLineBreak } from '../../src/scene/line-breaks';

/**
 * Troika's wrapping of text without spaces (`overflowWrap: 'break-word'`), for square glyphs: a line breaks where
 * the next character would overflow `perLine` characters, and at every '\n'. Returns each character's line.
 */
function wrap(text: string, perLine: number): number[] {
  const lines: number[] = [];
  let line = 0;
  let used = 0;
  for (const ch of text) {
    if (ch !== '\n' && used === perLine) {
      line++;
      used = 0;
    }
    lines.push(line);
    if (ch === '\n') {
      line++;
      used = 0;
    } else used++;
  }
  return lines;
}

/** Applies fixes the way the scene does (one per layout) until the layout keeps the rules. */
function typeset(text: string, perLine: number): string[] {
  let t = text;
  for (let pass = 0; pass < 10; pass++) {
    const lines = wrap(t, perLine);
    const fixed = fixLineBreak(t, (i) => lines[i]!);
    if (fixed === null) break;
    t = fixed;
  }
  const lines = wrap(t, perLine);
  const out: string[] = [];
  [...t].forEach((ch, i) => {
    if (ch === '\n') return;
    out[lines[i]!] = (out[lines[i]!] ?? '') + ch;
  });
  return out;
}

describe('Chinese line-breaking rules over troika wrapping', () => {
  it('takes a character down with a stop that troika put alone on the last line', () => {
    expect(typeset('崂山区打造虚拟现实之都。', 11)).toEqual(['崂山区打造虚拟现实之', '都。']);
    // The unfixed layout breaks before "。": the test's wrapping is troika's.
    expect(wrap('崂山区打造虚拟现实之都。', 11)[11]).toBe(1);
  });

  it('keeps a run of closing marks with the character before it, and an opening mark with what follows', () => {
    expect(typeset('入选“中国虚拟现实产业基地”。', 13)).toEqual(['入选“中国虚拟现实产业基', '地”。']);
    expect(typeset('青岛崂山《虚拟现实》', 5)).toEqual(['青岛崂山', '《虚拟现', '实》']);
    expect(typeset('青岛崂山区（虚拟现实）', 6)).toEqual(['青岛崂山区', '（虚拟现实）']);
  });

  it('leaves a layout that keeps the rules, and hard breaks, alone', () => {
    expect(fixLineBreak('崂山区打造虚拟现实之都。', (i) => (i < 6 ? 0 : 1))).toBeNull();
    expect(fixLineBreak('第一行\n。第二行', (i) => (i < 4 ? 0 : 1))).toBeNull();
    expect(fixLineBreak('短句。', () => 0)).toBeNull();
  });

  it('never empties a line to keep a rule', () => {
    expect(fixLineBreak('虚。', (i) => i)).toBeNull();
  });

  it('lays out every Chinese text of the content without a line starting with a stop or ending with an opening mark', () => {
    const texts: string[] = [];
    const collect = (v: unknown) => {
      if (typeof v === 'string' && /[\u4e00-\u9fff]/.test(v)) texts.push(v);
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    collect(content);
    expect(texts.length).toBeGreaterThan(50);
    let moved = 0;
    for (const text of texts)
      for (const perLine of [7, 9, 12, 16]) {
        const lines = typeset(text, perLine);
        expect(lines.join(''), text).toBe(text.replace(/\n/g, ''));
        for (const [n, l] of lines.entries()) {
          if (n > 0) expect(l, `${text} at ${perLine}`).not.toMatch(/^[，。、：；！？）》」』】”]/);
          if (n < lines.length - 1) expect(l, `${text} at ${perLine}`).not.toMatch(/[（《「『【“]$/);
        }
        const raw = wrap(text, perLine);
        if (fixLineBreak(text, (i) => raw[i]!) !== null) moved++;
      }
    // Troika alone broke the rules for many of these layouts (the checks above are not vacuous).
    expect(moved).toBeGreaterThan(10);
  });
});
