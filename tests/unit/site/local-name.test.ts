// One owner for "the name in the page's language": localName/localField, not a ternary on every page.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localField, localName } from '../../../src/site/i18n/local-name.ts';

const welders = { code: '7212', slug: 'welders', name_id: 'Pekerja Pengelasan', name_en: 'Welders and flamecutters' };
const licence = { licence_id: 'SIO Juru Las', licence_en: 'Welder licence (SIO)', issuer_id: 'Disnaker', issuer_en: 'Manpower office' };

describe('localName', () => {
  it("picks the name column of the page's language", () => {
    expect(localName(welders, 'id')).toBe('Pekerja Pengelasan');
    expect(localName(welders, 'en')).toBe('Welders and flamecutters');
  });

  it('picks any bilingual field the same way', () => {
    expect([localField(licence, 'licence', 'id'), localField(licence, 'issuer', 'en')]).toEqual(['SIO Juru Las', 'Manpower office']);
  });

  it('is the only place that chooses between name_id and name_en by language', () => {
    const root = path.resolve(import.meta.dirname, '../../../src');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\.(ts|astro)$/.test(f) && !f.startsWith(`site${path.sep}i18n${path.sep}`),
    );
    const byHand = /=== 'id' \? [\w.]+\.(name|licence|issuer)_id : [\w.]+\.\1_en/;
    const found = files.flatMap((f) =>
      readFileSync(path.join(root, f), 'utf8')
        .split('\n')
        .map((line, i) => (byHand.test(line) ? `${f}:${i + 1}` : ''))
        .filter(Boolean),
    );
    expect(found).toEqual([]);
  });
});
