// Progress while the build reads a generated input of 84,000 rows in four files (the national
// benchmark's generator, scaled down): what ingest reports, the lines a CI log gets, and that the
// published files and the reject report are the same bytes with progress as without.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FILES, PARAMETERS, nationalInput } from '../../scripts/bench/national-input.ts';
import { buildData } from '../../src/pipeline/build.ts';
import { DEFAULT_MIN_CELL } from '../../src/pipeline/contract.ts';
import { progressReporter } from '../../src/pipeline/progress.ts';
import { tempDir } from './helpers.ts';

const SCALE = { ...PARAMETERS, enrollments: 30_000, certifications: 15_000, placements: 9_000, vacancies: 30_000, persons: 22_000 };
const PUBLISHED = ['facts.csv', 'meta.json', 'reference.json', 'demand.json'];

let input: string;
let work: string;
beforeAll(async () => {
  work = tempDir('lm-progress-');
  input = await nationalInput(path.join(work, 'national'), () => {}, SCALE);
}, 120_000);

async function buildInto(name: string, onProgress?: Parameters<typeof buildData>[0]['onProgress']) {
  const out = path.join(work, name);
  const report = path.join(work, `${name}-report.csv`);
  const result = await buildData({ input, out, report, minCell: DEFAULT_MIN_CELL, onProgress });
  expect(result.exitCode).toBe(0);
  return { out, report, result };
}

describe('progress of the data build', () => {
  it('reports each file with its bytes and the rows read so far, up to its whole size', async () => {
    const calls: { file: string; read: number; total: number; rows: number }[] = [];
    const { result } = await buildInto('reported', (file, read, total, rows) => calls.push({ file, read, total, rows }));
    for (const [dataset, name] of Object.entries(FILES)) {
      const own = calls.filter((c) => c.file === name);
      const size = statSync(path.join(input, name)).size;
      expect(own.length).toBeGreaterThan(5);
      expect(own.every((c) => c.total === size)).toBe(true);
      expect(own.at(-1)!.read).toBe(size);
      // Rows lag one decoded chunk behind the bytes: the chunk is reported before its rows are read.
      const rows = own.map((c) => c.rows);
      expect(rows).toEqual([...rows].sort((a, b) => a - b));
      expect(rows.at(-1)).toBeGreaterThan(0);
      expect(rows.at(-1)).toBeLessThanOrEqual(result.datasets![dataset as keyof typeof FILES].rows_read);
    }
  }, 120_000);

  it('gives a CI log a few lines, on a clock as slow as 10 s a chunk, and publishes the same bytes as without progress', async () => {
    let clock = 0;
    const lines: string[] = [];
    const progress = progressReporter({ write: (text) => lines.push(text), tty: false, now: () => (clock += 10_000) });
    const withProgress = await buildInto('with', progress.update);
    progress.done();
    const without = await buildInto('without');

    // 84,000 rows, 6.5 MB in 64 KiB chunks: about 100 chunks, 17 simulated minutes.
    expect(lines.length).toBeGreaterThan(20);
    expect(lines.length).toBeLessThanOrEqual(150);
    expect(lines.every((l) => l.endsWith('\n') && !/[\r\u001b]/.test(l))).toBe(true);
    expect(lines.filter((l) => l.includes('selesai/done'))).toHaveLength(4);
    for (const file of PUBLISHED) {
      expect(readFileSync(path.join(withProgress.out, file))).toEqual(readFileSync(path.join(without.out, file)));
    }
    expect(readFileSync(withProgress.report)).toEqual(readFileSync(without.report));
    expect(withProgress.result.summary.slice(0, 6)).toEqual(without.result.summary.slice(0, 6));
  }, 300_000);
});
