import { describe, expect, it } from 'vitest';
import { loadReferenceTables } from '../../../src/pipeline/reference.ts';
import { normaliseSectorText, sectorClassifier } from '../../../src/pipeline/sectors.ts';

const loaded = await loadReferenceTables({});
if (!loaded.ok) throw new Error(loaded.message.en);
const divisions = loaded.tables.kbliDivisions;
const classify = sectorClassifier(divisions);

describe('employer sectors', () => {
  it('classifies a text the same after 10,000 other distinct texts have filled its memo', () => {
    const fresh = sectorClassifier(divisions);
    // A repeated text gives the very same answer object (classified once)…
    expect(fresh('Baja')).toBe(fresh('Baja'));
    for (let i = 0; i < 10_050; i++) fresh(`PT Contoh ${i}`);
    expect(fresh('24 - Industri Logam Dasar')).toEqual(classify('24 - Industri Logam Dasar'));
    expect(fresh('PT Contoh 10049')).toEqual({ ...classify('PT Contoh 10049') });
    expect(fresh('PT Contoh 10049').variant).toBe('unmapped:pt contoh 10049');
    // …until the memo is full: then a new text is classified each time it comes.
    expect(fresh('Semen')).not.toBe(fresh('Semen'));
    expect(fresh('Semen')).toEqual(classify('Semen'));
  });

  it.each([
    ['42', 'kbli:42', 'Konstruksi Bangunan Sipil'],
    ['KBLI 42', 'kbli:42', 'Konstruksi Bangunan Sipil'],
    ['kbli42', 'kbli:42', 'Konstruksi Bangunan Sipil'],
    ['42110', 'kbli:42', 'Konstruksi Bangunan Sipil'],
    ['42 - Konstruksi Bangunan Sipil', 'kbli:42', 'Konstruksi Bangunan Sipil'],
    ['konstruksi  bangunan sipil', 'kbli:42', 'Konstruksi Bangunan Sipil'],
    ['24', 'kbli:24', 'Industri Logam Dasar'],
    ['KBLI 24', 'kbli:24', 'Industri Logam Dasar'],
    ['24 - Industri Logam Dasar', 'kbli:24', 'Industri Logam Dasar'],
    ['(24) industri logam dasar.', 'kbli:24', 'Industri Logam Dasar'],
    ['KBLI 24: Industri Logam Dasar', 'kbli:24', 'Industri Logam Dasar'],
    ['Industri Logam Dasar (KBLI 24)', 'kbli:24', 'Industri Logam Dasar'],
    ['Industri Logam Dasar - 24', 'kbli:24', 'Industri Logam Dasar'],
    ['INDUSTRI LOGAM DASAR', 'kbli:24', 'Industri Logam Dasar'],
    [' Industri   Logam  Dasar ', 'kbli:24', 'Industri Logam Dasar'],
    ['Manufacture of basic metals', 'kbli:24', 'Industri Logam Dasar'],
    ['Baja', 'kbli:24', 'Industri Logam Dasar'],
    ['Reparasi & Pemasangan Mesin & Peralatan', 'kbli:33', 'Reparasi dan Pemasangan Mesin dan Peralatan'],
    ['Industri Karet Barang dari Karet dan Plastik', 'kbli:22', 'Industri Karet, Barang dari Karet dan Plastik'],
    ['Pengadaan Listrik Gas Uap Air Panas dan Udara Dingin', 'kbli:35', 'Pengadaan Listrik, Gas, Uap/Air Panas dan Udara Dingin'],
    ['Outsourcing', 'kbli:78', 'Aktivitas Ketenagakerjaan'],
    ['galangan kapal', 'kbli:30', 'Industri Alat Angkutan Lainnya'],
    ['99 - Badan Internasional', 'kbli:99', 'KBLI 99'],
    ['  ', '', 'Tidak diketahui'],
    ['-', '', 'Tidak diketahui'],
  ])('%j → %s', (text, key, name) => {
    const sector = classify(text);
    expect(sector.key).toBe(key);
    expect(sector.name_id).toBe(name);
  });

  it.each([
    'Budi Santoso NIK 3672011234567890 HP 0812-3456-7890',
    '24 - Budi Santoso NIK 3672011234567890',
    '0812-3456-7890',
    'Budi Santoso 24',
    'Konstruksi Bangunan Sipil 24',
    '081234567890',
    '04',
    'Galangan Kapal (Jepang)',
    'PT Krakatau Baja Sejahtera',
  ])('%j → unmapped, published without its text', (text) => {
    const sector = classify(text);
    expect(sector).toMatchObject({ key: 'unmapped', kbli: null, name_id: 'Lainnya / tidak terpetakan', name_en: 'Other / not mapped' });
    expect(JSON.stringify({ ...sector, variant: undefined })).not.toMatch(/budi|3672|0812|jepang|krakatau/i);
  });

  it('keeps each unmapped text a variant of its own, and spellings of one text one variant', () => {
    expect(classify('Budi  santoso').variant).toBe(classify('BUDI SANTOSO').variant);
    expect(classify('Budi Santoso').variant).not.toBe(classify('Siti Aminah').variant);
    expect(classify('24').variant).toBe(classify('Industri Logam Dasar').variant);
  });

  it('names known divisions in English too', () => {
    expect(classify('KBLI 24').name_en).toBe('Manufacture of basic metals');
  });

  it('lets no name or alias point at two divisions', () => {
    const seen = new Map<string, string>();
    for (const d of divisions) {
      for (const name of [d.name_id, d.name_en, ...d.aliases]) {
        const key = normaliseSectorText(name);
        expect(seen.get(key) ?? d.code, `${name}`).toBe(d.code);
        seen.set(key, d.code);
      }
    }
  });
});
