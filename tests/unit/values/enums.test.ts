import { describe, expect, it } from 'vitest';
import { ENROLLMENT_STATUS_VALUES, PLACEMENT_TYPE_VALUES, RESULT_VALUES, SEX_VALUES } from '../../../src/pipeline/contract.ts';
import { enumKey, enumMatcher } from '../../../src/pipeline/values/enums.ts';

describe('enumKey', () => {
  it('lower-cases and collapses every run of white space into one space', () => {
    expect(enumKey('LAKI  LAKI')).toBe('laki laki');
    expect(enumKey('Tidak\u00a0Lulus')).toBe('tidak lulus');
    expect(enumKey('belum \t kompeten')).toBe('belum kompeten');
    expect(enumKey('selesai')).toBe('selesai');
  });
});

describe('sex', () => {
  const sex = enumMatcher(SEX_VALUES);

  it('reads L and its spellings', () => {
    for (const raw of ['L', 'l', 'Laki-Laki', 'laki-laki', 'LAKI  LAKI', 'Laki laki', 'Pria', 'Male', 'M']) {
      expect(sex(raw), raw).toBe('L');
    }
  });

  it('reads P and its spellings', () => {
    for (const raw of ['P', 'p', 'Perempuan', 'WANITA', 'Female', 'F']) {
      expect(sex(raw), raw).toBe('P');
    }
  });

  it('refuses what is not listed', () => {
    for (const raw of ['X', 'lakilaki', 'laki_laki', 'L.', 'Laki-laki ?', '1', '2']) {
      expect(sex(raw), raw).toBeNull();
    }
  });
});

describe('enrollment status', () => {
  const status = enumMatcher(ENROLLMENT_STATUS_VALUES);

  it('reads every canonical value and alias', () => {
    expect(['completed', 'Lulus', 'SELESAI'].map(status)).toEqual(['completed', 'completed', 'completed']);
    expect(['failed', 'Tidak Lulus', 'TIDAK_LULUS', 'tidak   lulus'].map(status)).toEqual(['failed', 'failed', 'failed', 'failed']);
    expect(['dropped', 'Mengundurkan Diri', 'mengundurkan_diri', 'Drop Out', 'dropout', 'DO', 'withdrawn'].map(status)).toEqual(
      Array(7).fill('dropped'),
    );
    expect(['ongoing', 'Berjalan', 'Sedang Berjalan', 'AKTIF'].map(status)).toEqual(Array(4).fill('ongoing'));
  });

  it('refuses what is not listed', () => {
    expect(['lulus.', 'tidaklulus', 'drop-out', 'complete', 'gagal'].map(status)).toEqual(Array(5).fill(null));
  });
});

describe('certification result', () => {
  const result = enumMatcher(RESULT_VALUES);

  it('reads every canonical value and alias', () => {
    expect(['competent', 'Kompeten', 'K'].map(result)).toEqual(Array(3).fill('competent'));
    expect(['not_yet', 'Belum Kompeten', 'BELUM_KOMPETEN', 'BK', 'Not Yet Competent'].map(result)).toEqual(Array(5).fill('not_yet'));
  });

  it('refuses what is not listed', () => {
    expect(['not yet', 'tidak kompeten', 'kompeten!'].map(result)).toEqual([null, null, null]);
  });
});

describe('placement type', () => {
  const placementType = enumMatcher(PLACEMENT_TYPE_VALUES);

  it('reads every canonical value and alias', () => {
    expect(['employed', 'Kerja', 'Bekerja', 'Dalam Negeri', 'AKL', 'AKAD'].map(placementType)).toEqual(Array(6).fill('employed'));
    expect(['migrant', 'Migran', 'Pekerja Migran', 'Luar Negeri', 'AKAN', 'PMI'].map(placementType)).toEqual(Array(6).fill('migrant'));
    expect(['self_employed', 'Wirausaha', 'Mandiri', 'Usaha Mandiri', 'TKM', 'Self Employed'].map(placementType)).toEqual(
      Array(6).fill('self_employed'),
    );
  });

  it('refuses what is not listed', () => {
    expect(['self-employed', 'self employed.', 'migrant worker'].map(placementType)).toEqual([null, null, null]);
  });
});

describe('enumMatcher', () => {
  it('refuses a contract that lists one spelling under two values', () => {
    expect(() => enumMatcher({ yes: ['ya', 'y'], no: ['tidak', 'Y'] })).toThrow('"Y" is listed under both "yes" and "no"');
  });
});
