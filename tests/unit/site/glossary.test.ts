// Every string the site shows in Indonesian and English uses the glossary's one form of each term.
import { describe, expect, it } from 'vitest';
import { offTerms } from '../../../src/site/i18n/glossary.ts';
import { t } from '../../../src/site/i18n/index.ts';

/** Every text of a string table: plain strings, and functions called with placeholder arguments. */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const f = value as (...a: unknown[]) => unknown;
    const words = Array.from({ length: f.length }, () => 'X');
    // A few take a count first (plural forms): 'X' then fails as a number would not.
    let result: unknown;
    try {
      result = f(...words);
    } catch {
      result = f(1, ...words.slice(1));
    }
    return texts(result, path);
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
  return [];
}

describe('glossary', () => {
  for (const lang of ['id', 'en'] as const) {
    it(`the ${lang} strings use only its forms`, () => {
      const off = texts(t(lang)).flatMap(([path, text]) => offTerms(text, lang).map((o) => `${path}: ${o}`));
      expect(off).toEqual([]);
    });
  }

  it('finds the forms it forbids', () => {
    expect(offTerms('TW3 2025: 12 orang tersertifikasi', 'id')).toEqual([
      '"TW3" (use: triwulan I … IV)',
      '"tersertifikasi" (use: bersertifikat)',
    ]);
    expect(offTerms('Contoh: situs ini', 'id')).toEqual(['"Contoh:" (use: Data contoh)']);
    expect(offTerms('Data contoh: situs ini', 'id')).toEqual([]);
  });
});
