/**
 * Chinese line-breaking rules (禁则) on top of troika's wrapping. Troika breaks Chinese only where a line
 * overflows (`overflowWrap: 'break-word'`) and has no rule about punctuation, so a caption could end with "。"
 * alone on its last line, or a line could end with "（" or "《". Given troika's layout of a text, this finds
 * the first such break and moves it back by one character with a hard line break, as Chinese typesetting does.
 */

/** Marks that must not begin a line: closing brackets and quotes, stops, commas, and their ASCII cousins. */
const NO_START = /[，。、：；！？）》」』】〕〉’”·%,.:;!?)\]}]/;
/** Marks that must not end a line: opening brackets and quotes. */
const NO_END = /[（《「『【〔〈‘“([{]/;

/**
 * Returns `text` with one hard break inserted where troika's wrapping broke a rule, or null when its lines
 * (`lineOf(i)`: a value that differs between lines, e.g. the caret's bottom y) are fine. Call it again on the
 * new layout: each fix can move later breaks.
 */
export function fixLineBreak(text: string, lineOf: (index: number) => number): string | null {
  const same = (a: number, b: number) => Math.abs(lineOf(a) - lineOf(b)) < 1e-4;
  for (let i = 1; i < text.length; i++) {
    if (text[i - 1] === '\n' || text[i] === '\n' || same(i, i - 1)) continue;
    // Character i begins a soft-wrapped line. Where must the line break instead?
    let at = -1;
    if (NO_START.test(text[i]!)) {
      // Take the character before the mark (and any marks before it) down with it.
      at = i - 1;
      while (at > 0 && NO_START.test(text[at]!)) at--;
      if (at > 0 && NO_END.test(text[at - 1]!)) at--;
    } else if (NO_END.test(text[i - 1]!)) at = i - 1;
    if (at < 0) continue;
    // Never empty the line above (a line of one character and its marks is left as it is).
    const lineStart = startOfLine(text, at, same);
    if (at <= lineStart) continue;
    return `${text.slice(0, at)}\n${text.slice(at)}`;
  }
  return null;
}

/** Index of the first character on the line that holds `index`. */
function startOfLine(text: string, index: number, same: (a: number, b: number) => boolean): number {
  let s = index;
  while (s > 0 && text[s - 1] !== '\n' && same(s - 1, index)) s--;
  return s;
}
