// The strings of one language: `t(lang).figure.csv`. One file per language; the key set is typed.
import { en } from './en.ts';
import { id } from './id.ts';
import type { Strings } from './id.ts';
import type { Lang } from './lang.ts';

export type { Strings } from './id.ts';
export type { Lang } from './lang.ts';
export { LANGS, LOCALE, HREFLANG, otherLang } from './lang.ts';

const STRINGS: Record<Lang, Strings> = { id, en };

export function t(lang: Lang): Strings {
  return STRINGS[lang];
}
