// Private data never reaches the published site: no NIK, name, birth date, certificate number or
// employer name from the bundled sample's exports appears in any file of the built site.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COLUMNS, DATASETS } from '../../src/pipeline/contract.ts';
import { readCsv } from '../../src/pipeline/read/csv.ts';
import { discoverInputs } from '../../src/pipeline/read/discover.ts';
import { mapColumns } from '../../src/pipeline/read/headers.ts';
import { site } from './support/site.ts';

const SAMPLE = path.resolve(import.meta.dirname, '../../data/sample');

/** Every value of a private column in the sample's exports (read by the data build's own reader). */
async function privateValues(): Promise<Set<string>> {
  const values = new Set<string>();
  const { files } = discoverInputs(SAMPLE);
  for (const dataset of DATASETS) {
    const privateColumns = COLUMNS[dataset].map((c, i) => (c.private ? i : -1)).filter((i) => i >= 0);
    for (const file of files[dataset]) {
      let sources: number[] = [];
      for await (const event of readCsv(file.path)) {
        if (event.kind === 'opened')
          sources = privateColumns.map((i) => mapColumns(dataset, event.header.fields).columns[i]).filter((c) => c >= 0);
        if (event.kind === 'records') {
          for (const r of event.records) for (const c of sources) if ((r.fields[c] ?? '').length >= 6) values.add(r.fields[c]);
        }
      }
    }
  }
  return values;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

let secrets: Set<string>;
let published: { file: string; text: string }[];

beforeAll(async () => {
  secrets = await privateValues();
  published = filesUnder(site().dist)
    .filter((f) => !f.endsWith('.png'))
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}, 120_000);

describe('the built site', () => {
  it('has private values to look for, of every kind', () => {
    expect(secrets.size).toBeGreaterThan(5000);
    expect([...secrets].some((s) => /^00\d{14}$/.test(s))).toBe(true); // NIKs
    expect([...secrets].some((s) => s.includes('(fiktif)'))).toBe(true); // employers
    expect([...secrets].some((s) => s.startsWith('SAMPLE-'))).toBe(true); // certificate numbers
  });

  it('contains none of them, in any file', () => {
    // One pattern of every value, longest first, so each file is scanned once.
    const escaped = [...secrets].sort((a, b) => b.length - a.length).map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const pattern = new RegExp(`${escaped.join('|')}|\\b00\\d{14}\\b`, 'g');
    const leaks: string[] = [];
    for (const { file, text } of published) {
      for (const match of text.matchAll(pattern)) leaks.push(`${path.relative(site().dist, file)}: ${match[0]}`);
    }
    expect(leaks.slice(0, 20)).toEqual([]);
  });
});
