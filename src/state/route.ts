/** Pure URL handling: the hash names what is selected, `?lang=` the language. */
import { isLang, type Lang } from '../i18n/lang';

/** What the exhibit shows: the whole park, a pavilion, or a data panel. */
export type Selection = { kind: 'overview' } | { kind: 'pavilion'; id: string } | { kind: 'panel'; id: string };

/** The result of reading a hash: a selection, or a hash that could not be read. */
export type HashRoute = Selection | { kind: 'invalid'; raw: string };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads `#/pavilion/<id>`, `#/panel/<id>` or an empty hash; anything else is `invalid`. */
export function parseHash(hash: string): HashRoute {
  let raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    raw = decodeURIComponent(raw);
  } catch {
    return { kind: 'invalid', raw: hash };
  }
  const path = raw.replace(/^\/+/, '').replace(/\/+$/, '');
  if (path === '' || path === 'overview') return { kind: 'overview' };
  const m = /^(pavilion|panel)\/([^/]+)$/.exec(path);
  if (!m || !ID.test(m[2]!.toLowerCase())) return { kind: 'invalid', raw: hash };
  return { kind: m[1] as 'pavilion' | 'panel', id: m[2]!.toLowerCase() };
}

/** The hash for a selection: `''` for the overview, else `#/pavilion/<id>` or `#/panel/<id>`. */
export function formatHash(sel: Selection): string {
  return sel.kind === 'overview' ? '' : `#/${sel.kind}/${sel.id}`;
}

/** Reads `lang` from a query string; `undefined` when absent, `'invalid'` when present but not zh/en. */
export function parseLangParam(search: string): Lang | 'invalid' | undefined {
  const v = new URLSearchParams(search).get('lang');
  if (v === null) return undefined;
  const code = v.trim().toLowerCase();
  if (isLang(code)) return code;
  if (code.startsWith('zh')) return 'zh';
  if (code.startsWith('en')) return 'en';
  return 'invalid';
}

/** Whether two selections name the same thing. */
export const sameSelection = (a: Selection, b: Selection): boolean =>
  a.kind === b.kind && (a.kind === 'overview' || a.id === (b as { id: string }).id);
