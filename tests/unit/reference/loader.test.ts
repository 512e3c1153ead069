// Every reference table is read once, by one declarative loader (issue 10, item 5): the KBLI divisions and the
// kecamatan populations come with the four replaceable tables, and the kecamatan list has one owner, the
// contract (KECAMATAN_LIST), which kecamatan.csv must agree with.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KECAMATAN_LIST, type ReferenceName } from '../../../src/pipeline/contract.ts';
import { KBLI_DIVISIONS, KECAMATAN, loadReferenceTables } from '../../../src/pipeline/reference.ts';
import { loadReferenceTable, type ReferenceTableSpec } from '../../../src/pipeline/reference-table.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'lm-loader-'));
let n = 0;
function file(text: string): string {
  const name = path.join(dir, `table-${n++}.csv`);
  writeFileSync(name, text);
  return name;
}

async function refusal<R>(spec: ReferenceTableSpec<R>, text: string): Promise<{ line?: number; id: string; en: string }> {
  const loaded = await loadReferenceTable(spec, file(text));
  if (loaded.ok) throw new Error('expected the table to be refused');
  return { line: loaded.line, id: loaded.message.id, en: loaded.message.en };
}

async function tableRefusal(name: ReferenceName, text: string): Promise<{ line?: number; en: string }> {
  const loaded = await loadReferenceTables({ [name]: file(text) });
  if (loaded.ok) throw new Error('expected the tables to be refused');
  return { line: loaded.line, en: loaded.message.en };
}

const bundled = await loadReferenceTables({});
if (!bundled.ok) throw new Error(bundled.message.en);
const tables = bundled.tables;

describe('the kecamatan list has one owner: the contract, which kecamatan.csv agrees with', () => {
  it('loads a population for each of the 8 kecamatan of the contract, in the contract order, with its codes, name and slug', () => {
    expect(tables.kecamatan.map(({ bps, kemendagri, name, slug }) => ({ bps, kemendagri, name, slug }))).toEqual(
      KECAMATAN_LIST.map(({ bps, kemendagri, name, slug }) => ({ bps, kemendagri, name, slug })),
    );
    expect(tables.kecamatan.map((k) => k.population)).toEqual([54851, 88392, 51421, 44824, 47070, 55144, 73486, 67827]);
  });

  const header = 'bps_code,kemendagri_code,name,slug,kelurahan_count,population_2025h1';
  it('refuses a row whose name, code or slug differs from the contract, naming the line', async () => {
    expect(
      await refusal(KECAMATAN, `${header}\n3672010,36.72.04,Ciwandan,ciwandan,6,54851\n3672011,36.72.08,Citangkel,citangkil,7,88392\n`),
    ).toEqual({
      line: 3,
      id: "name 'Citangkel' berbeda dengan kontrak untuk 3672011: Citangkil",
      en: "name 'Citangkel' differs from the contract for 3672011: Citangkil",
    });
    expect(await refusal(KECAMATAN, `${header}\n3672010,36.72.09,Ciwandan,ciwandan,6,54851\n`)).toMatchObject({
      line: 2,
      en: "kemendagri_code '36.72.09' differs from the contract for 3672010: 36.72.04",
    });
  });

  it('refuses a kecamatan the contract does not have, a repeated one, and a population that is not a whole number', async () => {
    expect(await refusal(KECAMATAN, `${header}\n3673010,36.73.01,Serang,serang,6,1000\n`)).toMatchObject({
      line: 2,
      en: 'BPS code 3673010 is not a kecamatan of Kota Cilegon in the contract',
    });
    expect(
      await refusal(KECAMATAN, `${header}\n3672010,36.72.04,Ciwandan,ciwandan,6,54851\n3672010,36.72.04,Ciwandan,ciwandan,6,54851\n`),
    ).toMatchObject({ line: 3, en: 'code 3672010 appears twice' });
    expect(await refusal(KECAMATAN, `${header}\n3672010,36.72.04,Ciwandan,ciwandan,6,54851.5\n`)).toMatchObject({
      line: 2,
      en: 'decimals are not accepted: write a whole number',
    });
  });
});

describe('KBLI divisions are a reference table like the others', () => {
  it('loads the 30 bundled divisions with their aliases', () => {
    expect(tables.kbliDivisions).toHaveLength(30);
    expect(tables.kbliDivisions.find((d) => d.code === '24')).toEqual({
      code: '24',
      name_id: 'Industri Logam Dasar',
      name_en: 'Manufacture of basic metals',
      aliases: [
        'Logam Dasar',
        'Baja',
        'Industri Baja',
        'Besi dan Baja',
        'Industri Besi dan Baja',
        'Basic metals',
        'Steel',
        'Iron and steel',
      ],
    });
  });

  it('refuses a code that is not two digits, and a repeated code, by line', async () => {
    const header = 'kbli_code,name_id,name_en,aliases';
    expect(await refusal(KBLI_DIVISIONS, `${header}\n24,Logam,Metals,\n241,Logam,Metals,\n`)).toMatchObject({
      line: 3,
      en: 'a KBLI division code has 2 digits (e.g. 24)',
    });
    expect(await refusal(KBLI_DIVISIONS, `${header}\n24,Logam,Metals,\n24,Baja,Steel,\n`)).toMatchObject({
      line: 3,
      en: 'code 24 appears twice',
    });
  });
});

describe('the loader checks each row in one order: required cells, values, keys, then the record', () => {
  it('names an empty required column before a bad value on the same row', async () => {
    expect(await tableRefusal('schemes', 'scheme_code,name_id,name_en,occupation_code,validity_years\nS-1,,Welding,72,99\n')).toEqual({
      line: 2,
      en: "column 'name_id' is empty",
    });
  });

  it('reads values in column order: a bad occupation code before a bad validity', async () => {
    expect(await tableRefusal('schemes', 'scheme_code,name_id,name_en,occupation_code,validity_years\nS-1,Las,Welding,72,99\n')).toEqual({
      line: 2,
      en: 'a KBJI code has 4 digits (e.g. 7212, 0110); if a leading 0 was lost, format the column as Text in Excel',
    });
  });

  it('compares program codes as keys case-insensitively', async () => {
    expect(
      await tableRefusal('programs', 'program_code,name_id,name_en,occupation_code\nLAS-01,Las,Welding,7212\nlas-01,Las,Welding,7212\n'),
    ).toEqual({ line: 3, en: "program code 'las-01' appears twice" });
  });

  it('names a missing required column on the header line, and an empty occupations table without a line', async () => {
    expect(await tableRefusal('occupations', 'occupation_code,name_id,name_en\n')).toEqual({
      line: 1,
      en: "required column 'slug' is missing; accepted names: slug",
    });
    expect(await tableRefusal('occupations', 'occupation_code,slug,name_id,name_en\n')).toEqual({
      line: undefined,
      en: 'the occupations table is empty',
    });
  });

  it('lists crosswalk rows whose occupation occupations.csv does not list, with their file and line', async () => {
    const programs = file(
      'program_code,name_id,name_en,occupation_code\nLAS-01,Las,Welding,7212\nMASAK-01,Masak,Cooking,5120\nX-9,X,X,9999\n',
    );
    const loaded = await loadReferenceTables({ programs });
    if (!loaded.ok) throw new Error(loaded.message.en);
    expect(loaded.tables.unlisted.filter((u) => u.table === 'programs')).toEqual([
      { table: 'programs', file: programs, line: 4, code: 'X-9', occupationCode: '9999' },
    ]);
    expect(loaded.tables.sources).toEqual({ occupations: 'bundled', programs: 'input', schemes: 'bundled', job_titles: 'bundled' });
  });
});
