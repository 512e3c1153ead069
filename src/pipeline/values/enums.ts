// Values chosen from a fixed list (sex, status, result, placement type): matched case-insensitively
// with inner white space collapsed, against the canonical value and each accepted spelling
// (contract §3–4). The spellings live in contract.ts; this file only knows how to compare them.

const WHITE_SPACE_RUN = /\s+/g;
// Only a run of two or more, or a white space other than a plain space, needs collapsing.
const NEEDS_COLLAPSE = /\s\s|[^\S ]/;

/** The comparison form of an enum value: lower case, each run of white space one space. */
export function enumKey(text: string): string {
  const lower = text.toLowerCase();
  return NEEDS_COLLAPSE.test(lower) ? lower.replace(WHITE_SPACE_RUN, ' ') : lower;
}

/**
 * A matcher for one enum: canonical value → accepted spellings. Returns the canonical value, or
 * null when the cell (cleaned, non-empty) is none of them. The lookup table is built once, here.
 * A spelling listed under two values is a mistake in the contract and throws at start-up.
 */
export function enumMatcher(values: Readonly<Record<string, readonly string[]>>): (raw: string) => string | null {
  const canonicalByKey = new Map<string, string>();
  for (const [canonical, aliases] of Object.entries(values)) {
    for (const spelling of [canonical, ...aliases]) {
      const key = enumKey(spelling);
      const earlier = canonicalByKey.get(key);
      if (earlier !== undefined && earlier !== canonical) {
        throw new Error(`enum spelling "${spelling}" is listed under both "${earlier}" and "${canonical}"`);
      }
      canonicalByKey.set(key, canonical);
    }
  }
  return (raw) => canonicalByKey.get(enumKey(raw)) ?? null;
}
