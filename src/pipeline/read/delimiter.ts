// The delimiter (§3): comma, semicolon or tab, whichever occurs most often outside quotes in the header
// line; a tie goes to comma, then semicolon. Excel writes `;` where the decimal separator is a comma
// (Indonesian locale), `,` elsewhere; web systems often write tabs.

export type Delimiter = ',' | ';' | '\t';

/** In order of preference on a tie. */
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/** Counts each delimiter outside double quotes in one line; the most frequent wins. */
export function chooseDelimiter(headerLine: string): Delimiter {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  return DELIMITERS.reduce((best, d) => (counts.get(d)! > counts.get(best)! ? d : best));
}

/** Anything that survives cleaning in some cell: not white space, a quote, a text marker or a delimiter. */
const CONTENT = /[^\s"',;\t\u0085]/;

export type HeaderLineSearch =
  /** `number`: the physical line, counting from 1. */
  { state: 'found'; line: string; number: number } | { state: 'need-more' } | { state: 'none' };

/**
 * The header line: the first physical line of LF-normalised text that holds anything besides white
 * space, quotes, text markers and delimiters. `complete` says the text is the whole file; otherwise a
 * line that has not ended yet needs more text.
 */
export function findHeaderLine(text: string, complete: boolean): HeaderLineSearch {
  let start = 0;
  for (let number = 1; ; number++) {
    const end = text.indexOf('\n', start);
    if (end === -1) {
      if (!complete) return { state: 'need-more' };
      const last = text.slice(start);
      return CONTENT.test(last) ? { state: 'found', line: last, number } : { state: 'none' };
    }
    const line = text.slice(start, end);
    if (CONTENT.test(line)) return { state: 'found', line, number };
    start = end + 1;
  }
}
