/** Localisation helpers: UI strings from `ui.json`, content text `{ zh, en }`. */
import { content } from '../content';
import type { Localized } from '../content/types';
import type { UiKey } from './keys';
import type { Lang } from './lang';

export * from './lang';
export type { UiKey } from './keys';

/** The text of a `{ zh, en }` value in a language. */
export const localize = (text: Localized, lang: Lang): string => text[lang];

/** A UI string from `ui.json` in a language. */
export const t = (key: UiKey, lang: Lang): string => content.ui[key]![lang];
