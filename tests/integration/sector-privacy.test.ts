// Free text in employer_sector is never published (issue 7, item 5): a sector that names no KBLI
// division is published as "Lainnya / tidak terpetakan" and counted, in demand.json, in the figures
// the pages draw from it, and as a warning for the data team, without its text anywhere.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContext } from '../../src/site/figures/context.ts';
import { figureCsv } from '../../src/site/figures/figure.ts';
import { occupationFigures } from '../../src/site/figures/occupation.ts';
import { loadSiteData } from '../../src/site/facts.ts';
import { build, FIXTURES, filesUnder, tempDir, type Built } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FREE_TEXT = 'Budi Santoso NIK 3672011234567890 HP 0812-3456-7890';
/** Any piece of the free texts that would give them away. */
const LEAK = /budi|santoso|3672011234567890|0812|\bsiti\b|aminah|0813/i;

let input: string;
let built: Built;

beforeAll(async () => {
  input = path.join(tempDir(), 'input');
  cpSync(path.join(FIXTURES, 'basic'), input, { recursive: true });
  writeFileSync(
    path.join(input, 'vacancies_sectors.csv'),
    [
      'vacancy_id,posted_date,occupation_code,positions,city,employer_sector',
      `S1,2025-03-01,7212,5,Cilegon,${FREE_TEXT}`,
      `S2,2025-03-02,7212,3,Cilegon,${FREE_TEXT.toUpperCase()}`,
      'S3,2025-03-03,7212,2,Cilegon,"Siti Aminah, 0813-1111-2222"',
      'S4,2025-03-04,7212,7,Cilegon,KBLI 24',
      'S5,2025-03-05,7212,4,Cilegon,24 - Industri Logam Dasar',
      'S6,2025-03-06,7212,6,Cilegon,Baja',
      'S7,2025-03-07,7212,1,Cilegon,Industri Logam Dasar (KBLI 24)',
      'S8,2025-03-08,7212,9,Cilegon,konstruksi  bangunan sipil',
    ].join('\n'),
  );
  built = await build(input, { asOf: '2025-12-31' });
});

describe('demand.json', () => {
  it('groups mapped spellings by division and every other text as one unmapped group, with exact numbers', () => {
    expect(built.result.exitCode).toBe(0);
    const demand = JSON.parse(readFileSync(path.join(built.out, 'demand.json'), 'utf8'));
    const year = demand.by_sector.filter((r: { period: string; occupation: string }) => r.period === '2025' && r.occupation === '7212');
    expect(year).toEqual(
      expect.arrayContaining([
        {
          period: '2025',
          occupation: '7212',
          sector: 'Industri Logam Dasar',
          sector_en: 'Manufacture of basic metals',
          kbli: '24',
          positions: 18,
          vacancies: 4,
        },
        {
          period: '2025',
          occupation: '7212',
          sector: 'Konstruksi Bangunan Sipil',
          sector_en: 'Civil engineering',
          kbli: '42',
          positions: 9,
          vacancies: 1,
        },
        {
          period: '2025',
          occupation: '7212',
          sector: 'Lainnya / tidak terpetakan',
          sector_en: 'Other / not mapped',
          kbli: null,
          positions: 10,
          vacancies: 3,
        },
      ]),
    );
    expect(demand.unmapped_sectors).toEqual({ vacancies: 3, positions: 10, texts: 2 });
  });

  it('holds none of the free text, nor does any other published file', () => {
    for (const { file, content } of filesUnder(built.out)) expect(content.toString('utf8'), file).not.toMatch(LEAK);
  });
});

describe('the pages', () => {
  it('draw the sector figure and its CSV from the groups, in both languages, without the free text', () => {
    const site = loadSiteData(built.out);
    for (const lang of ['id', 'en'] as const) {
      const ctx = buildContext(site, lang);
      for (const occupation of site.reference.occupations) {
        for (const figure of occupationFigures(ctx, occupation)) {
          expect(JSON.stringify(figure), figure.id).not.toMatch(LEAK);
          expect(figureCsv(figure), figure.id).not.toMatch(LEAK);
        }
      }
      const welders = occupationFigures(
        ctx,
        site.reference.occupations.find((o) => o.code === '7212')!,
      ).find((f) => f.id === 'welders-demand-by-sector')!;
      expect(welders.data.map((d) => d.row)).toContain(lang === 'id' ? 'Lainnya / tidak terpetakan' : 'Other / not mapped');
    }
  });
});

describe('the data team is told, without the text', () => {
  it('in the build summary: a warning naming the file, the column and the count, and a line with the rows and distinct texts', () => {
    const lines = built.result.summary.join('\n');
    expect(lines).toContain(
      'vacancies_sectors.csv employer_sector: 3× bukan kode atau nama divisi KBLI; diterbitkan sebagai "Lainnya / tidak terpetakan", teksnya tidak ditampilkan',
    );
    expect(lines).toContain(
      'lowongan / vacancies: 3 baris dengan employer_sector yang bukan kode atau nama divisi KBLI (2 teks berbeda), diterbitkan sebagai "Lainnya / tidak terpetakan" / 3 rows whose employer_sector is no KBLI division code or name (2 distinct texts), published as "Other / not mapped"',
    );
    expect(lines).not.toMatch(LEAK);
    expect(built.meta.datasets.vacancies.files.find((f: { name: string }) => f.name === 'vacancies_sectors.csv').warnings).toBe(3);
  });

  it.each(['id', 'en'])('in data:check --lang %s: the lines and the fix', (lang) => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check-data.ts'), input, '--lang', lang], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      lang === 'id'
        ? '  vacancies_sectors.csv, kolom employer_sector: 3 baris — bukan kode atau nama divisi KBLI'
        : '  vacancies_sectors.csv, column employer_sector: 3 rows — not a KBLI division code or name',
    );
    expect(run.stdout).toContain(lang === 'id' ? '      baris: 2, 3, 4\n' : '      lines: 2, 3, 4\n');
    expect(`${run.stdout}${run.stderr}`).not.toMatch(LEAK);
  });
});
