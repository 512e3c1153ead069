import type { Lang } from '../../pipeline/messages.ts';

/** The site's two languages, those of every message (messages.ts): Bahasa Indonesia (default, at `/`) and English (at `/en/`). */
export type { Lang };

export const LANGS: readonly Lang[] = ['id', 'en'];

/** BCP 47 locale for Intl and for `lang` / `hreflang` attributes. */
export const LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

export const HREFLANG: Record<Lang, string> = { id: 'id', en: 'en' };

export function otherLang(lang: Lang): Lang {
  return lang === 'id' ? 'en' : 'id';
}
