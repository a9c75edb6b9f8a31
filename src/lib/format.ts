/** Number and figure formatting for both languages (pure; no content strings live here). */
import type { Lang } from '../i18n/lang.ts';

/** A figure split for display: the big numeral and the small unit beside it. */
export interface FigureParts {
  number: string;
  /** Unit including any magnitude word, e.g. `亿元` or `billion yuan`. */
  unit: string;
}

const trim = (n: number, digits: number) => String(Number(n.toFixed(digits)));

/** Splits a value into numeral and magnitude in the conventions of the language (1800亿 / 180 billion). */
export function numberParts(value: number, lang: Lang): { number: string; magnitude: string } {
  const abs = Math.abs(value);
  if (lang === 'zh') {
    if (abs >= 1e8) return { number: trim(value / 1e8, 2), magnitude: '亿' };
    if (abs >= 1e5) return { number: trim(value / 1e4, 2), magnitude: '万' };
    return { number: trim(value, 2), magnitude: '' };
  }
  if (abs >= 1e9) return { number: trim(value / 1e9, 2), magnitude: 'billion' };
  if (abs >= 1e6) return { number: trim(value / 1e6, 2), magnitude: 'million' };
  return { number: value.toLocaleString('en-US', { maximumFractionDigits: 2 }), magnitude: '' };
}

/** Splits a value with its unit into display parts. */
export function figureParts(value: number, unit: string, lang: Lang): FigureParts {
  const { number, magnitude } = numberParts(value, lang);
  if (lang === 'zh') return { number, unit: magnitude + unit };
  return { number, unit: [magnitude, unit].filter(Boolean).join(' ') };
}

/** Formats a value with its unit as one string: `86.55%`, `920家`, `180 billion yuan`. */
export function formatFigureValue(value: number, unit: string, lang: Lang): string {
  const { number, unit: u } = figureParts(value, unit, lang);
  if (u === '%' || lang === 'zh') return `${number}${u}`;
  return u ? `${number} ${u}` : number;
}

/** Prefixes a qualifier word ("over", "超过") in the way each language writes it. */
export function withQualifier(text: string, qualifier: string | null, lang: Lang): string {
  if (!qualifier) return text;
  return lang === 'zh' ? `${qualifier}${text}` : `${qualifier} ${text}`;
}
