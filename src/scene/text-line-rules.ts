/**
 * Applies the Chinese line-breaking rules (line-breaks.ts) to troika texts after each layout: a text whose
 * lines break a rule gets a hard break and is typeset again. The text the content gave is kept for the audit.
 */
import type { Object3D } from 'three';
import type { Text } from 'troika-three-text';
import { fixLineBreak } from './line-breaks';
import { textMembers } from './text-members';

/** A text can need a few fixes (each moves later lines); a bound keeps a pathological layout from looping. */
const MAX_PASSES = 6;

interface Fix {
  /** The text as the content gave it. */
  source: string;
  /** The text as typeset, with the inserted breaks. */
  shown: string;
  passes: number;
}
const fixes = new WeakMap<Text, Fix>();

/**
 * Checks the new layout of `o`'s texts and inserts a break where one broke a rule. True when any text changed:
 * the caller typesets again (`o.sync()`) and waits for that layout before showing it.
 */
export function keepLineBreakRules(o: Object3D): boolean {
  let changed = false;
  for (const t of textMembers(o)) {
    const caret = (t.textRenderInfo as { caretPositions?: Float32Array } | null)?.caretPositions;
    if (!caret || !(t.maxWidth < Infinity)) continue;
    let fix = fixes.get(t);
    // New text from the component (another language, another stop): start again from it.
    if (!fix || fix.shown !== t.text) fixes.set(t, (fix = { source: t.text, shown: t.text, passes: 0 }));
    if (fix.passes >= MAX_PASSES || caret.length < t.text.length * 4) continue;
    // Troika gives each character's caret; its third value is the bottom of the character's line.
    const fixed = fixLineBreak(t.text, (i) => caret[i * 4 + 2]!);
    if (fixed === null) continue;
    fix.passes++;
    fix.shown = fixed;
    t.text = fixed;
    changed = true;
  }
  return changed;
}

/** The text as the content gave it, without the breaks inserted for the rules. */
export function sourceText(t: Text): string {
  const fix = fixes.get(t);
  return fix && fix.shown === t.text ? fix.source : t.text;
}
