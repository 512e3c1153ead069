// Vacancy job titles → occupation (§5): the job_titles.csv rules, run in a linear-time engine.
// JavaScript's RegExp backtracks: the bundled patterns took time quadratic in the title's length
// (a 1 MB title: 262 s) and a pattern like `(a+)+$` exponential time (33 characters: 66 s). RE2
// (re2-wasm) guarantees time linear in the title for every pattern, at the price of lookaround and
// backreferences; job_titles.csv says what to exclude in its own column instead of a lookahead.

import { RE2 } from 're2-wasm';
import { message, type Message } from './messages.ts';
import { detached } from './read/records.ts';
import { withFix, type Reason } from './reasons.ts';

/**
 * Titles are matched on their first 300 characters. A job title is a few words (the sample's longest,
 * written like the real exports, has 36 characters), so this leaves room for a title with a project,
 * a location and a few requirements pasted in, and bounds the work per row whatever a cell holds.
 */
export const TITLE_MATCH_LENGTH = 300;

/** A pattern longer than this is not a job-title rule (the bundled longest: 233 characters). */
export const PATTERN_MAX_LENGTH = 500;

export interface JobTitleRule {
  pattern: RE2;
  /** The pattern as written in job_titles.csv. */
  source: string;
  /** A title matching this is not classified by the rule (what a lookahead used to say). */
  exclude: RE2 | null;
  occupationCode: string;
}

export const TITLE_CUT: Reason = withFix(
  message(
    `judul lebih dari ${TITLE_MATCH_LENGTH} karakter: hanya ${TITLE_MATCH_LENGTH} karakter pertama dipakai untuk menentukan jabatan`,
    `the title is longer than ${TITLE_MATCH_LENGTH} characters: only its first ${TITLE_MATCH_LENGTH} are used to classify the occupation`,
  ),
  message(
    'tulis judul jabatan saja di kolom ini (deskripsi dan persyaratan di kolom lain), atau isi kode KBJI',
    'write only the job title in this column (description and requirements elsewhere), or fill in the KBJI code',
  ),
);

const LOOKAROUND = /\(\?<?[=!]/;
const BACKREFERENCE = /\\[1-9]|\\k</;

/**
 * RE2's WebAssembly heap is fixed (16 MiB) and a compiled expression is never freed by the garbage
 * collector: a process that loads the reference tables again and again (tests, benchmarks, about 14
 * builds) ran out of it ("Cannot enlarge memory arrays"). Each distinct pattern is compiled once per
 * process, so loading the same tables again costs no WebAssembly memory. Used with the flags 'iu'
 * only, without 'g' or 'y', a compiled expression keeps no state between calls and can be shared.
 */
const COMPILED = new Map<string, RE2>();

function compiled(source: string): RE2 {
  let pattern = COMPILED.get(source);
  if (pattern === undefined) COMPILED.set(source, (pattern = new RE2(source, 'iu')));
  return pattern;
}

/** Compiles a job_titles.csv pattern (case-insensitive, Unicode), or says in plain words why it cannot be used. */
export function compilePattern(source: string): { ok: true; pattern: RE2 } | { ok: false; reason: Message } {
  if (source.length > PATTERN_MAX_LENGTH) {
    return {
      ok: false,
      reason: message(
        `pola ${source.length} karakter, paling banyak ${PATTERN_MAX_LENGTH}: pecah menjadi beberapa baris`,
        `the pattern has ${source.length} characters, at most ${PATTERN_MAX_LENGTH}: split it over several rows`,
      ),
    };
  }
  if (LOOKAROUND.test(source)) {
    return {
      ok: false,
      reason: message(
        'pola memakai lookahead/lookbehind ((?= (?! (?<= (?<!), yang tidak didukung: tulis yang dikecualikan di kolom exclude',
        'the pattern uses a lookahead/lookbehind ((?= (?! (?<= (?<!), which is not supported: write what to exclude in the exclude column',
      ),
    };
  }
  if (BACKREFERENCE.test(source)) {
    return {
      ok: false,
      reason: message(
        'pola memakai rujukan balik (\\1, \\k<…>), yang tidak didukung: tulis kata-katanya langsung',
        'the pattern uses a backreference (\\1, \\k<…>), which is not supported: write the words out',
      ),
    };
  }
  try {
    return { ok: true, pattern: compiled(source) };
  } catch (e) {
    const detail = (e as Error).message;
    return {
      ok: false,
      reason: message(`pola bukan regular expression yang sah: ${detail}`, `the pattern is not a valid regular expression: ${detail}`),
    };
  }
}

/** The part of a title that is matched: its first TITLE_MATCH_LENGTH characters, never half a surrogate pair. */
export function titleForMatching(title: string): { text: string; cut: boolean } {
  if (title.length <= TITLE_MATCH_LENGTH) return { text: title, cut: false };
  const end = /[\uD800-\uDBFF]/.test(title[TITLE_MATCH_LENGTH - 1]) ? TITLE_MATCH_LENGTH - 1 : TITLE_MATCH_LENGTH;
  return { text: title.slice(0, end), cut: true };
}

/** The occupation code of the first rule whose pattern is found in the text and whose exclude is not; null when none. */
export function classifyTitle(rules: readonly JobTitleRule[], text: string): string | null {
  for (const rule of rules) {
    if (rule.pattern.test(text) && !(rule.exclude?.test(text) ?? false)) return rule.occupationCode;
  }
  return null;
}

/**
 * Titles repeat (the same "Welder 6G" in many postings), and each call into RE2's WebAssembly costs
 * 15–35 µs against 2 µs for RegExp, whatever the pattern: the first DISTINCT_TITLES_KEPT distinct
 * titles' results are remembered (at most 300 characters each, so memory stays bounded).
 */
const DISTINCT_TITLES_KEPT = 20_000;

/**
 * `classifyTitle` over the given rules, remembering results; a title no rule can match (the most
 * expensive case: every rule tried) is found with one call to all the patterns joined as alternatives.
 */
export function titleClassifier(rules: readonly JobTitleRule[]): (text: string) => string | null {
  const known = new Map<string, string | null>();
  const any = anyOf(rules);
  return (text) => {
    const seen = known.get(text);
    if (seen !== undefined) return seen;
    const code = any !== null && !any.test(text) ? null : classifyTitle(rules, text);
    if (known.size < DISTINCT_TITLES_KEPT) known.set(detached(text), code);
    return code;
  };
}

/** One expression that matches where any rule's pattern does; null when RE2 will not compile that many (its memory budget). */
function anyOf(rules: readonly JobTitleRule[]): RE2 | null {
  if (rules.length === 0) return null;
  try {
    return compiled(rules.map((r) => `(?:${r.source})`).join('|'));
  } catch {
    return null;
  }
}
