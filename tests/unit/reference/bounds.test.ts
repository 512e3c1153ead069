// Reference tables cannot hang or swamp the build (issue 7, items 3 and 10): job-title patterns run in a
// linear-time engine and those it cannot run are refused by line; tables are bounded to what the site shows.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReferenceName } from '../../../src/pipeline/contract.ts';
import { loadReferenceTables, type ReferenceResult } from '../../../src/pipeline/reference.ts';
import { classifyTitle, titleClassifier, titleForMatching } from '../../../src/pipeline/titles.ts';

async function load(tables: Partial<Record<ReferenceName, string>>): Promise<ReferenceResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lm-ref-'));
  const overrides: Partial<Record<ReferenceName, string>> = {};
  for (const [name, content] of Object.entries(tables)) {
    overrides[name as ReferenceName] = path.join(dir, `${name}.csv`);
    writeFileSync(overrides[name as ReferenceName]!, content);
  }
  return loadReferenceTables(overrides);
}

async function refusal(tables: Partial<Record<ReferenceName, string>>): Promise<{ file: string; line?: number; en: string }> {
  const result = await load(tables);
  if (result.ok) throw new Error('expected the tables to be refused');
  return { file: path.basename(result.file), line: result.line, en: result.message.en };
}

describe('job-title patterns run in linear time', () => {
  it('runs (a+)+$ without backtracking and with the expected result', async () => {
    const result = await load({ job_titles: 'pattern,occupation_code\n(a+)+$,7212\n' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const rules = result.tables.jobTitles;
    expect(classifyTitle(rules, `${'a'.repeat(40)}!`)).toBeNull();
    expect(classifyTitle(rules, 'A'.repeat(40))).toBe('7212');
  });

  it('refuses a lookahead or a backreference by line, saying what to do instead', async () => {
    expect(await refusal({ job_titles: 'pattern,occupation_code\nwelder,7212\n^(?!.*helper).*las,7212\n' })).toEqual({
      file: 'job_titles.csv',
      line: 3,
      en: 'the pattern uses a lookahead/lookbehind ((?= (?! (?<= (?<!), which is not supported: write what to exclude in the exclude column',
    });
    expect(await refusal({ job_titles: 'pattern,occupation_code\n(las)\\1,7212\n' })).toMatchObject({
      line: 2,
      en: expect.stringMatching(/^the pattern uses a backreference/),
    });
    expect(await refusal({ job_titles: 'pattern,exclude,occupation_code\nlas,(?<=x)y,7212\n' })).toMatchObject({
      line: 2,
      en: expect.stringMatching(/^exclude: the pattern uses a lookahead/),
    });
  });

  it('applies exclude: the first rule whose pattern is found and whose exclude is not', async () => {
    const result = await load({ job_titles: 'pattern,exclude,occupation_code\n\\bwelder\\b,\\bhelper\\b,7212\n\\bhelper\\b,,8344\n' });
    if (!result.ok) throw new Error(result.message.en);
    expect(classifyTitle(result.tables.jobTitles, 'Welder 6G')).toBe('7212');
    expect(classifyTitle(result.tables.jobTitles, 'Helper Welder')).toBe('8344');
    expect(classifyTitle(result.tables.jobTitles, 'Driver')).toBeNull();
  });

  it('refuses a pattern longer than 500 characters', async () => {
    expect(await refusal({ job_titles: `pattern,occupation_code\n${'a'.repeat(501)},7212\n` })).toEqual({
      file: 'job_titles.csv',
      line: 2,
      en: 'the pattern has 501 characters, at most 500: split it over several rows',
    });
  });

  it('cuts a title for matching at 300 characters, never inside a surrogate pair', () => {
    expect(titleForMatching('Welder 6G')).toEqual({ text: 'Welder 6G', cut: false });
    expect(titleForMatching('x'.repeat(300)).cut).toBe(false);
    expect(titleForMatching('x'.repeat(301))).toEqual({ text: 'x'.repeat(300), cut: true });
    expect(titleForMatching(`${'x'.repeat(299)}😀tail`)).toEqual({ text: 'x'.repeat(299), cut: true });
  });
});

describe('reference tables are bounded to what the site can show', () => {
  const occupations = (n: number) =>
    [
      'occupation_code,slug,name_id,name_en',
      ...Array.from({ length: n }, (_, i) => `${String(1000 + i)},o${i},Jabatan ${i},Occupation ${i}`),
    ].join('\n');

  it('refuses a 201-row occupations.csv, naming the table, the limit and the first row too many', async () => {
    expect(await refusal({ occupations: occupations(201) })).toEqual({
      file: 'occupations.csv',
      line: 202,
      en: 'occupations.csv has more than 200 rows, more than the site can show: at most 200',
    });
  });

  it('accepts 200 occupations (the bundled programs then point at unlisted codes, published as other: amendment 1.1)', async () => {
    const result = await load({ occupations: occupations(200) });
    expect(result.ok).toBe(true);
  });

  it('refuses a job_titles.csv of 2,001 rows', async () => {
    const rows = Array.from({ length: 2001 }, (_, i) => `title${i},7212`);
    expect(await refusal({ job_titles: ['pattern,occupation_code', ...rows].join('\n') })).toMatchObject({
      line: 2002,
      en: expect.stringMatching(/more than 2,000 rows/),
    });
  });

  it('refuses a validity of more than 50 years', async () => {
    const schemes = 'scheme_code,name_id,name_en,occupation_code,validity_years\nSMAW-3G,Las,Welding,7212,51\n';
    expect(await refusal({ schemes })).toEqual({ file: 'schemes.csv', line: 2, en: 'validity_years must be a whole number 1–50 (years)' });
  });
});

describe('titleClassifier: the same results as classifyTitle, faster', () => {
  it('agrees with classifyTitle on the bundled rules, for titles matched, excluded and unmatched, twice', async () => {
    const result = await loadReferenceTables({});
    if (!result.ok) throw new Error(result.message.en);
    const rules = result.tables.jobTitles;
    const classify = titleClassifier(rules);
    const titles = [
      'Welder 6G',
      'Helper Welder',
      'Safety Engineer',
      'Driver',
      'Operator Forklift (SIO K3)',
      'Welding Operator\n(Proyek Petrokimia)',
      '',
    ];
    const expected = titles.map((t) => classifyTitle(rules, t));
    expect(expected).toEqual(['7212', null, '2263', null, '8344', '7212', null]);
    expect(titles.map(classify)).toEqual(expected);
    expect(titles.map(classify)).toEqual(expected);
  });
});
