import { describe, expect, it } from 'vitest';
import { parseFacts } from '../../../src/pipeline/published.ts';
import { cell, missingSources } from '../../../src/site/facts.ts';
import { FACTS_CSV, fixtureMeta, fixtureSite } from './fixture.ts';

describe('parseFacts', () => {
  it('reads values as numbers and flagged cells as null with their flag', () => {
    const facts = parseFacts(FACTS_CSV);
    expect(facts).toHaveLength(29);
    expect(facts[0]).toEqual({ metric: 'certified', period: '2025', occupation: '*', kecamatan: '*', sex: '*', value: 42, flag: '' });
    expect(facts.find((f) => f.flag === 'window_open')).toMatchObject({ metric: 'placement_rate_180d', period: '2025-Q4', value: null });
  });

  it('refuses a file that is not facts.csv', () => {
    expect(() => parseFacts('a,b\n1,2\n')).toThrow(/header/);
    expect(() => parseFacts('metric,period,occupation,kecamatan,sex,value,flag\nwages,2025,*,*,*,1,\n')).toThrow(/unknown metric "wages"/);
    expect(() => parseFacts('metric,period,occupation,kecamatan,sex,value,flag\nplaced,2025,*,*,*,1,hidden\n')).toThrow(/unknown flag/);
  });
});

describe('cell', () => {
  const site = fixtureSite();
  it('finds a published cell by metric, period and one breakdown', () => {
    expect(cell(site, 'demand_positions', '2025', { occupation: '7212' })).toEqual({ value: 300, flag: '' });
    expect(cell(site, 'completed', '2025', { kecamatan: '3672011' })).toEqual({ value: null, flag: 'suppressed' });
  });
  it('returns undefined for a cross-tabulation facts.csv does not publish', () => {
    expect(cell(site, 'completed', '2025', { occupation: '7212', kecamatan: '3672010' })).toBeUndefined();
  });
});

describe('missingSources', () => {
  it('names the datasets without files behind a metric', () => {
    const meta = fixtureMeta({ vacancies: false, placements: false });
    expect(missingSources(meta, 'demand_positions')).toEqual(['vacancies']);
    expect(missingSources(meta, 'placement_rate_180d')).toEqual(['placements']);
    expect(missingSources(meta, 'certified')).toEqual([]);
  });
});
