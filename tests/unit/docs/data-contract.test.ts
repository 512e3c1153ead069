import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLUMNS, DATASETS, KECAMATAN_LIST, METRICS, REFERENCE_COLUMNS, metricSpec } from '../../../src/pipeline/contract.ts';
import { renderDataContract } from '../../../src/pipeline/docs/data-contract.ts';

const committed = readFileSync(new URL('../../../docs/data-contract.md', import.meta.url), 'utf8');
const rendered = renderDataContract();
const section = (n: number) =>
  rendered.slice(
    rendered.indexOf(`\n## ${n}. `),
    rendered.indexOf(`\n## ${n + 1}. `) >= 0 ? rendered.indexOf(`\n## ${n + 1}. `) : undefined,
  );

describe('docs/data-contract.md', () => {
  it('is exactly what the generator writes from the contract now (run `node scripts/generate-docs.ts`)', () => {
    expect(committed).toBe(rendered);
  });

  it('keeps the section numbers the `§n` comments in src/ cite', () => {
    const titles = [...rendered.matchAll(/^## (\d+)\. (.+)$/gm)].map((m) => `${m[1]}. ${m[2]}`);
    expect(titles).toEqual([
      '1. Command line',
      '2. Input layout',
      '3. Reading a file',
      '4. Datasets',
      '5. Scope and derived fields',
      '6. Kecamatan',
      '7. Published metrics',
      '8. Privacy',
      '9. Published files',
    ]);
  });

  it('lists every column with its accepted names, every reference column and every kecamatan', () => {
    const datasets = section(4);
    for (const d of DATASETS) {
      for (const c of COLUMNS[d]) {
        const row = datasets.split('\n').find((line) => line.startsWith(`| ${c.name}`));
        expect(row, `${d}.${c.name}`).toBeDefined();
        for (const alias of c.aliases.filter((a) => a !== c.name)) expect(row, `${d}.${c.name}`).toContain(alias);
      }
    }
    for (const [name, columns] of Object.entries(REFERENCE_COLUMNS)) {
      expect(datasets).toContain(`| ${name}.csv | ${columns.map((c) => `${c.name}${c.required ? ' (R)' : ''}`).join(', ')} |`);
    }
    for (const k of KECAMATAN_LIST) expect(section(6)).toContain(`| ${k.bps} | ${k.kemendagri} | ${k.name} |`);
  });

  it('defines every metric of the metric table in §7, with its sources, kind and privacy', () => {
    for (const m of METRICS) {
      const spec = metricSpec(m);
      expect(section(7)).toContain(`| \`${m}\` | ${spec.description.en[0]} |`);
      expect(section(7)).toContain(`| ${spec.sources.join(', ')} | ${spec.kind} | ${spec.private ? 'yes' : 'no'} |`);
    }
  });

  it('states amendment 1.1: crosswalk codes outside occupations.csv, route group (c), horizons, rates in groups', () => {
    expect(section(4)).toContain('published as `other` (§5)');
    expect(section(8)).toContain(
      '(c) within one period and cell, `placed_employed`, `placed_migrant`, `placed_self_employed` with `placed` as their total',
    );
    expect(section(8)).toContain('decided in the order 180, 90, 30, 365 days');
    expect(section(8)).toContain('"smallest" compared by numerator');
  });
});
