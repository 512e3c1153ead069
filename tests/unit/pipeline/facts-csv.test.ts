// facts.csv's reader, next to its writer: what factsCsv writes, parseFacts reads back exactly.
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/pipeline/metrics.ts';
import { factsCsv } from '../../../src/pipeline/publish.ts';
import { parseFacts } from '../../../src/pipeline/published.ts';

const HEADER = 'metric,period,occupation,kecamatan,sex,value,flag';

describe('parseFacts', () => {
  it('reads back what factsCsv writes: numbers, rates, flagged cells as null with their flag', () => {
    const facts: Fact[] = [
      { metric: 'placed', period: '2025', occupation: '*', kecamatan: '*', sex: '*', value: 41, flag: '' },
      { metric: 'placed', period: '2025', occupation: '7212', kecamatan: '*', sex: '*', value: null, flag: 'suppressed' },
      { metric: 'placement_rate_180d', period: '2025-Q1', occupation: '*', kecamatan: '*', sex: '*', value: 0.4, flag: '' },
      { metric: 'placement_rate_180d', period: '2025-Q4', occupation: '*', kecamatan: '*', sex: '*', value: null, flag: 'window_open' },
    ];
    const text = factsCsv(facts);
    expect(text).toContain('placement_rate_180d,2025-Q1,*,*,*,0.400,\n');
    expect(parseFacts(text)).toEqual(facts);
  });

  it('refuses anything our writer would not write', () => {
    expect(() => parseFacts('a,b\n1,2\n')).toThrow(/header/);
    expect(() => parseFacts(`${HEADER}\r\nplaced,2025,*,*,*,1,\r\n`)).toThrow(/LF/);
    expect(() => parseFacts(`${HEADER}\nwages,2025,*,*,*,1,\n`)).toThrow(/line 2: unknown metric "wages"/);
    expect(() => parseFacts(`${HEADER}\nplaced,2025,*,*,*,1,hidden\n`)).toThrow(/unknown flag "hidden"/);
    expect(() => parseFacts(`${HEADER}\nplaced,2025,*,*,*,,\n`)).toThrow(/value "" with flag ""/);
    expect(() => parseFacts(`${HEADER}\nplaced,2025,*,*,*,3,suppressed\n`)).toThrow(/value "3" with flag "suppressed"/);
    expect(() => parseFacts(`${HEADER}\nplaced,2025,*,*,*,1\n`)).toThrow(/6 fields, not 7/);
    expect(() => parseFacts(`${HEADER}\nplaced,2025,*,*,*,"1",\n`)).toThrow(/value ""1""/);
  });
});
