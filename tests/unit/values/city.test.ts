import { describe, expect, it } from 'vitest';
import { isCityInScope } from '../../../src/pipeline/values/city.ts';

describe('isCityInScope: Kota Cilegon, or no city at all', () => {
  it('keeps an empty city', () => {
    expect(isCityInScope('')).toBe(true);
  });

  it('keeps Cilegon, Kota Cilegon, 3672 and 36.72 in any case, white space collapsed', () => {
    for (const raw of ['Cilegon', 'CILEGON', 'cilegon', 'Kota Cilegon', 'KOTA  CILEGON', 'kota\u00a0cilegon', '3672', '36.72']) {
      expect(isCityInScope(raw), raw).toBe(true);
    }
  });

  it('puts every other value out of scope', () => {
    for (const raw of [
      'Kota Serang',
      'Kabupaten Serang',
      'Serang',
      'Cilegon Barat',
      'Kota Cilegon, Banten',
      'KotaCilegon',
      'Kab. Cilegon',
      '3604',
      '36.04',
      '36 72',
      '3672.0',
      'Banten',
    ]) {
      expect(isCityInScope(raw), raw).toBe(false);
    }
  });
});
