// One metric table (issue 10): a metric added to METRIC_TABLE in contract.ts — here a 60-day placement
// rate, the row and nothing else — is computed, suppressed and published in facts.csv, listed in the
// contract docs, and known to the site (its sources; the methodology page lists METRICS with their
// descriptions). contract.ts is replaced by itself with the longer table, derived as the module derives it.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as Contract from '../../src/pipeline/contract.ts';

vi.mock('../../src/pipeline/contract.ts', async (importOriginal) => {
  const contract = await importOriginal<typeof Contract>();
  const rate180 = contract.METRIC_TABLE.find((m) => m.name === 'placement_rate_180d')!;
  const rate60: Contract.MetricSpec = {
    ...rate180,
    name: 'placement_rate_60d',
    horizonDays: 60,
    description: {
      id: ['Tingkat penempatan 60 hari', ...rate180.description.id.slice(1)] as unknown as Contract.MetricDescription,
      en: ['60-day placement rate', ...rate180.description.en.slice(1)] as unknown as Contract.MetricDescription,
    },
  };
  const table = [...contract.METRIC_TABLE, rate60];
  return { ...contract, METRIC_TABLE: table, ...contract.metricsFrom(table) };
});

const { FIXTURES, build } = await import('./helpers.ts');
const { renderDataContract } = await import('../../src/pipeline/docs/data-contract.ts');
const { METRIC_SOURCES } = await import('../../src/site/facts.ts');

describe('a metric added to the metric table only', () => {
  it('is computed and published in facts.csv, for every cell, with the horizon rule and window_open applied', async () => {
    const built = await build(path.join(FIXTURES, 'routes'), { asOf: '2025-12-31' });
    expect(built.result.exitCode).toBe(0);
    const rows = [...built.facts.keys()].filter((k) => k.startsWith('placement_rate_60d,'));
    expect(rows).toHaveLength([...built.facts.keys()].filter((k) => k.startsWith('placement_rate_180d,')).length);
    // forklift 2024-09: 7 of 12 placed on day 49
    expect(built.facts.get('placement_rate_60d,2024-09,8344,*,*')).toBe('0.583,');
    // cohort A, 2024-03: 8 of 20 within 60 days (the next 4 on day 65), as at 30 days: 0 apart, published
    expect(built.facts.get('placement_rate_60d,2024-03,*,*,*')).toBe('0.400,');
    // cohort C, 2025-10: 31 October + 60 days ≤ 31 December, so computed; the quarter's window is still open
    expect(built.facts.get('placement_rate_60d,2025-10,7212,*,*')).toBe('0.500,');
    expect(built.facts.get('placement_rate_60d,2025-Q4,7212,*,*')).toBe(',window_open');
  });

  it('is defined in docs/data-contract.md and known to the site', () => {
    expect(renderDataContract()).toContain('| `placement_rate_60d` | 60-day placement rate |');
    expect((METRIC_SOURCES as Record<string, unknown>).placement_rate_60d).toEqual(['enrollments', 'placements']);
  });
});
