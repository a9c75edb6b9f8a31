/** The exhibit's languages. */
export const langs = ['zh', 'en'] as const;
/** A language code. */
export type Lang = (typeof langs)[number];

/** Whether a string is a supported language code. */
export const isLang = (v: unknown): v is Lang => v === 'zh' || v === 'en';

/** Picks the exhibit language from a browser language list: Chinese variants → zh, anything else → en. */
export function langFromBrowser(languages: readonly string[] | undefined): Lang {
  for (const l of languages ?? []) {
    const code = l.toLowerCase();
    if (code.startsWith('zh')) return 'zh';
    if (code.startsWith('en')) return 'en';
  }
  return 'en';
}
