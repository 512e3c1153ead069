import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLUMNS, DATASETS, DATASET_STEMS, KECAMATAN_LIST, REFERENCE_COLUMNS } from '../../../src/pipeline/contract.ts';
import { renderInputFormat } from '../../../src/pipeline/docs/input-format.ts';

const committed = readFileSync(new URL('../../../docs/input-format.md', import.meta.url), 'utf8');
const rendered = renderInputFormat();
const [indonesian, english] = rendered.split('\n## English\n');

describe('docs/input-format.md', () => {
  it('is exactly what the generator writes from the contract now (run `node scripts/generate-docs.ts`)', () => {
    expect(committed).toBe(rendered);
  });

  it('has an Indonesian section followed by an English one', () => {
    expect(indonesian).toContain('\n## Bahasa Indonesia\n');
    expect(english).toBeDefined();
    expect(english).not.toContain('## Bahasa Indonesia');
  });

  for (const [language, section] of [
    ['Indonesian', indonesian],
    ['English', english],
  ] as const) {
    describe(`the ${language} section`, () => {
      it('names every column and every accepted other name of every dataset', () => {
        const missing = DATASETS.flatMap((dataset) =>
          COLUMNS[dataset].flatMap((column) => [column.name, ...column.aliases]).filter((name) => !section.includes(`\`${name}\``)),
        );
        expect(missing).toEqual([]);
      });

      it('lists every accepted value of every choice column', () => {
        const missing = DATASETS.flatMap((dataset) =>
          COLUMNS[dataset].flatMap((column) => Object.entries(column.values ?? {}).flat(2)),
        ).filter((value) => !section.includes(`\`${value}\``));
        expect(missing).toEqual([]);
      });

      it('names every file stem, folder, kecamatan code and reference column', () => {
        const names = [
          ...DATASETS.flatMap((dataset) => DATASET_STEMS[dataset].flatMap((stem) => [`${stem}*.csv`, `${stem}/`])),
          ...KECAMATAN_LIST.flatMap((k) => [k.bps, k.kemendagri]),
          ...Object.entries(REFERENCE_COLUMNS).flatMap(([name, columns]) => [`${name}.csv`, ...columns.map((c) => c.name)]),
        ];
        expect(names.filter((name) => !section.includes(`\`${name}\``))).toEqual([]);
      });

      it('marks every private column as such in its row', () => {
        const marker = language === 'Indonesian' ? '**rahasia**' : '**private**';
        for (const dataset of DATASETS) {
          for (const column of COLUMNS[dataset]) {
            const row = section.split('\n').find((line) => line.startsWith(`| \`${column.name}\` |`));
            expect(row, `${dataset}.${column.name}`).toBeDefined();
            expect(row!.includes(marker), `${dataset}.${column.name}`).toBe(column.private === true);
          }
        }
      });
    });
  }

  it('shows examples as the parsers read them', () => {
    expect(english).toContain('| `45925` | 2025-09-25 |');
    expect(english).toContain('| `12.000` | 12000 |');
    expect(english).toContain('| `31/02/2025` | refused: this date does not exist in the calendar |');
    expect(indonesian).toContain('| `31/02/2025` | ditolak: tanggal tidak ada di kalender |');
    expect(english).toContain('| `Kec. Pulo Merak` | `3672020` |');
    expect(english).toContain('of 1000 rows read, 50 rejected rows are still fine; 51 are not');
  });
});
