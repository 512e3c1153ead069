// File names are published: names that look like they hold a NIK or a phone number are refused,
// and shown only masked.
import { describe, expect, it } from 'vitest';
import { maskedName, privateNameRule } from '../../../src/pipeline/read/file-names.ts';

describe('privateNameRule', () => {
  it('finds 16 digits in a row (a NIK), anywhere in the name', () => {
    expect(privateNameRule('peserta_3672011234567890.csv')).toBe('nik');
    expect(privateNameRule('penempatan/3672011234567890_budi.csv')).toBe('nik');
    expect(privateNameRule('peserta_367201123456789.csv')).toBeNull(); // 15 digits
  });

  it('finds Indonesian mobile numbers: 08…, 62 8…, +62 8…, 9 to 13 digits, separators allowed', () => {
    for (const name of [
      'pmi_081234567890.csv',
      'pmi 0812-3456-7890.csv',
      'pmi_0812.3456.789.csv',
      'hp +62 812 3456 7890.csv',
      'hp_6281234567890.csv',
      'hp (0812) 345 678.csv',
      'x 081234567.csv',
    ])
      expect(privateNameRule(name), name).toBe('phone');
  });

  it('leaves dates, date ranges, years and short numbers alone', () => {
    for (const name of [
      'lowongan_2025-08-01-2025-08-31.csv',
      'sertifikasi_2023-2026.csv',
      'lowongan_20250801.csv',
      'peserta_08_2025.csv',
      'x 08123456.csv',
      'penempatan_2025-08.csv',
      'peserta 08 2025 - 09 2025.csv',
      'lowongan/2025/08/a.csv',
    ])
      expect(privateNameRule(name), name).toBeNull();
  });
});

describe('maskedName', () => {
  it('replaces the digits of what looks private by #, and only those', () => {
    expect(maskedName('peserta_2025_3672011234567890.csv')).toBe('peserta_2025_################.csv');
    expect(maskedName('pmi_2025 +62 812-3456-7890.csv')).toBe('pmi_2025 +## ###-####-####.csv');
  });
});
