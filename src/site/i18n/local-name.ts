// The reference names things in every language of the site, one column per language (`name_id`,
// `name_en`, `licence_id`, …). One helper picks the page's column, so a new language is a new column
// in the reference and a new entry in LANGS, not a change on every page that shows a name.
import type { Lang } from './lang.ts';

/** A record with the field `<field>_<lang>` for every language of the site. */
export type Localised<F extends string> = { readonly [L in Lang as `${F}_${L}`]: string };

/** The field in the page's language: `localField(l, 'licence', 'en')` is `l.licence_en`. */
export function localField<F extends string>(record: Localised<F>, field: F, lang: Lang): string {
  return (record as Record<string, string>)[`${field}_${lang}`];
}

/** A reference entry's name in the page's language: an occupation's KBJI title, a scheme's name. */
export function localName(record: Localised<'name'>, lang: Lang): string {
  return localField(record, 'name', lang);
}
