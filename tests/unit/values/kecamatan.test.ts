import { describe, expect, it } from 'vitest';
import { KECAMATAN_LIST } from '../../../src/pipeline/contract.ts';
import { matchKecamatan } from '../../../src/pipeline/values/kecamatan.ts';

describe('matchKecamatan: the BPS code of a kecamatan of Kota Cilegon', () => {
  it('reads the BPS code and the Kemendagri code exactly as written in the table', () => {
    expect(matchKecamatan('3672020')).toBe('3672020');
    expect(matchKecamatan('36.72.03')).toBe('3672020');
    expect(matchKecamatan('36.72.01')).toBe('3672040');
    for (const k of KECAMATAN_LIST) {
      expect(matchKecamatan(k.bps)).toBe(k.bps);
      expect(matchKecamatan(k.kemendagri)).toBe(k.bps);
    }
  });

  it('reads names in any case, without spaces, dots or hyphens, with or without "kecamatan", "kec." or "kec"', () => {
    const pulomerak = [
      'Pulomerak',
      'Pulo Merak',
      'PULO MERAK',
      'pulo-merak',
      'Pulo.Merak',
      'Kec. Pulo Merak',
      'Kec Pulomerak',
      'kec.pulomerak',
      'Kecamatan Pulomerak',
      'KECAMATAN PULO-MERAK',
      'Pulo\u00a0Merak',
    ];
    for (const raw of pulomerak) expect(matchKecamatan(raw), raw).toBe('3672020');
    expect(matchKecamatan('KECAMATAN GEROGOL')).toBe('3672022');
    expect(matchKecamatan('Grogol')).toBe('3672022');
    expect(matchKecamatan('ciwandan')).toBe('3672010');
    expect(matchKecamatan('Kec. Cilegon')).toBe('3672030');
    expect(matchKecamatan('Cilegon')).toBe('3672030');
    for (const k of KECAMATAN_LIST) expect(matchKecamatan(k.name.toUpperCase())).toBe(k.bps);
  });

  it('refuses anything that is not one of the 8', () => {
    for (const raw of [
      'Serang',
      'Kota Serang',
      '36.72.99',
      '3672099',
      '367203',
      '36.72.3',
      '36 72 03',
      '3672',
      'Kecamatan',
      'Kec.',
      'Pulo_Merak',
      'Merak',
      'Cilegon Barat',
      'Kec. 36.72.03',
      'Kota Cilegon',
    ]) {
      expect(matchKecamatan(raw), raw).toBeNull();
    }
  });
});
