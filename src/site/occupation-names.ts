// An occupation's names. Pages, charts and lists lead with the everyday term people use ("Juru las",
// "Operator crane"); the KBJI title and code stay under it on the occupation page and in the data page,
// and the downloads keep the code. A reference table without everyday names falls back to the KBJI title.
import type { OccupationRef } from './facts.ts';
import type { Lang } from './i18n/index.ts';
import { localName } from './i18n/local-name.ts';

export function everydayName(o: OccupationRef, lang: Lang): string {
  return (lang === 'id' ? o.short_id : o.short_en) || localName(o, lang);
}

/** KBJI titles abbreviate "not elsewhere classified" as YTDL: said in full where the title is shown. */
export const YTDL = { abbr: 'YTDL', id: 'yang tidak diklasifikasikan di tempat lain', en: 'not elsewhere classified' } as const;

/** A piece of the KBJI line: plain text, or the abbreviation YTDL with its expansion. */
export type KbjiPart = { text: string } | { abbr: string; expansion: string };

/**
 * "KBJI 7212 · Pekerja Pengelasan" (in English with the English title after it), split so a page can
 * mark YTDL up as an abbreviation; `explained` is the sentence that spells it out, when it occurs.
 */
export function kbjiLine(o: OccupationRef, lang: Lang): { parts: KbjiPart[]; explained: string | null } {
  const title = lang === 'id' ? o.name_id : `${o.name_id} (${o.name_en})`;
  const parts: KbjiPart[] = [{ text: `KBJI ${o.code} · ` }];
  title.split(/\b(YTDL)\b/).forEach((piece, i) => {
    if (i % 2 === 1) parts.push({ abbr: YTDL.abbr, expansion: YTDL[lang] });
    else if (piece) parts.push({ text: piece });
  });
  const hasYtdl = parts.some((p) => 'abbr' in p);
  return {
    parts,
    explained: hasYtdl ? (lang === 'id' ? `YTDL: ${YTDL.id}.` : `YTDL: ${YTDL.en} (Indonesian: ${YTDL.id}).`) : null,
  };
}
