// data/templates/: one CSV per dataset with the canonical headers in contract order and two synthetic
// example rows that the data build accepts whole (no rejected row, no warning, links holding).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseInputs } from '../../src/pipeline/analyse.ts';
import { COLUMNS, DATASETS } from '../../src/pipeline/contract.ts';
import type { Rejection } from '../../src/pipeline/ingest.ts';
import { discoverInputs } from '../../src/pipeline/read/discover.ts';

const TEMPLATES = path.resolve(import.meta.dirname, '../../data/templates');

describe.each(DATASETS)('the %s template', (dataset) => {
  const lines = readFileSync(path.join(TEMPLATES, `${dataset}.csv`), 'utf8').split('\n');

  it('has the canonical headers in contract order, then two example rows', () => {
    expect(lines[0]).toBe(COLUMNS[dataset].map((c) => c.name).join(','));
    expect(lines.slice(1)).toHaveLength(3);
    expect(lines[3]).toBe('');
    for (const row of lines.slice(1, 3)) expect(row.split(',')).toHaveLength(COLUMNS[dataset].length);
  });

  it('uses only synthetic NIKs (starting 00)', () => {
    const at = COLUMNS[dataset].findIndex((c) => c.name === 'person_id');
    for (const row of lines.slice(1, 3)) if (at >= 0) expect(row.split(',')[at]).toMatch(/^00\d{14}$/);
  });
});

describe('the templates together', () => {
  it('are accepted whole by the data build: every row, no warning, nothing refused', async () => {
    const rejected: Rejection[] = [];
    const inputs = discoverInputs(TEMPLATES);
    const analysis = await analyseInputs({ inputs, onReject: (r) => rejected.push(r) });
    expect(inputs.ignored).toEqual([]);
    expect(analysis.refusals).toEqual([]);
    expect(rejected).toEqual([]);
    expect(analysis.data!.warnings).toEqual([]);
    expect(analysis.data!.notes.flatMap((n) => [...n.unknownColumns, ...n.duplicateColumns])).toEqual([]);
    for (const d of DATASETS) {
      expect(analysis.datasets![d], d).toMatchObject({ rows_read: 2, accepted: 2, rejected: 0, out_of_scope: 0, warnings: 0 });
    }
  });
});
