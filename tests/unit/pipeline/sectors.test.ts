import { describe, expect, it } from 'vitest';
import { loadKbliDivisions, sectorClassifier } from '../../../src/pipeline/sectors.ts';

const classify = sectorClassifier(loadKbliDivisions());

describe('employer sectors', () => {
  it.each([
    ['42', 'kbli:42', 'Konstruksi Bangunan Sipil'],
    ['KBLI 42', 'kbli:42', 'Konstruksi Bangunan Sipil'],
    ['kbli42', 'kbli:42', 'Konstruksi Bangunan Sipil'],
    ['42110', 'kbli:42', 'Konstruksi Bangunan Sipil'],
    ['42 - Konstruksi Bangunan Sipil', 'kbli:42', 'Konstruksi Bangunan Sipil'],
    ['konstruksi  bangunan sipil', 'kbli:42', 'Konstruksi Bangunan Sipil'],
    ['24', 'kbli:24', 'Industri Logam Dasar'],
    ['99 - Badan Internasional', 'kbli:99', 'Badan Internasional (KBLI 99)'],
    ['Galangan Kapal (Jepang)', 'text:galangan kapal (jepang)', 'Galangan Kapal (Jepang)'],
    ['  ', '', 'Tidak diketahui'],
  ])('%s → %s', (text, key, name) => {
    const sector = classify(text);
    expect(sector.key).toBe(key);
    expect(sector.name_id).toBe(name);
  });

  it('names known divisions in English too', () => {
    expect(classify('KBLI 24').name_en).toBe('Manufacture of basic metals');
  });
});
