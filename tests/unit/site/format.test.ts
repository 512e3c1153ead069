import { describe, expect, it } from 'vitest';
import { formatter } from '../../../src/site/format.ts';

describe('formatter', () => {
  const id = formatter('id');
  const en = formatter('en');
  it('formats counts, decimals and percentages with id-ID and en-GB conventions', () => {
    expect(id.count(12345)).toBe('12.345');
    expect(en.count(12345)).toBe('12,345');
    expect(id.decimal(3.24)).toBe('3,2');
    expect(en.decimal(3.24)).toBe('3.2');
    expect(id.fixed(2, 1)).toBe('2,0');
    expect(en.fixed(0.25, 2)).toBe('0.25');
    expect(id.percent(0.417)).toBe('41,7%');
    expect(en.percent(0.417)).toBe('41.7%');
  });
  it('formats calendar dates without any time-zone shift', () => {
    expect(id.date('2026-09-30')).toBe('30 September 2026');
    expect(en.date('2026-01-01')).toBe('1 January 2026');
    expect(id.shortDate('2026-12-27')).toBe('27 Des 2026');
  });
  it('names periods in words and in short form', () => {
    expect(id.period('2025-Q3')).toBe('triwulan III 2025');
    expect(en.period('2025-Q3')).toBe('Q3 2025');
    expect(id.periodShort('2025-Q3')).toBe('triwulan III 2025');
    expect(id.period('2025')).toBe('2025');
    expect(en.period('2025-09')).toBe('September 2025');
  });
});
