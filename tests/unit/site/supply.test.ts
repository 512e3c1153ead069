// What an occupation's certified supply counts: its schemes from reference.json, and the licences
// outside the data from data/reference/licences-outside.csv (issue 8, item 5).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLicencesOutside, supplySources } from '../../../src/site/supply.ts';
import { REFERENCE } from './fixture.ts';

describe('supplySources', () => {
  it('lists the schemes mapped to the occupation, sorted by name in the page language', () => {
    expect(supplySources(REFERENCE, [], '7212', 'id').schemes.map((s) => s.code)).toEqual(['BNSP-LAS-FCAW3G', 'BNSP-LAS-SMAW3G']);
    expect(supplySources(REFERENCE, [], '5120', 'en').schemes.map((s) => s.name_en)).toEqual(['Cook']);
    expect(supplySources(REFERENCE, [], '7411', 'id').schemes).toEqual([]);
  });

  it('names the licence of security guards as lying outside the data, and the excavator SKK beside the SIO', async () => {
    const licences = await loadLicencesOutside();
    const guards = supplySources({ schemes: [] }, licences, '5414', 'id').licences;
    expect(guards.map((l) => [l.kind, l.basis])).toEqual([['only', 'Perpol 4/2020']]);
    expect(guards[0].licence_id).toContain('Gada Pratama');
    expect(guards[0].issuer_id).toContain('Polri');
    expect(supplySources({ schemes: [] }, licences, '8342', 'en').licences.map((l) => l.kind)).toEqual(['also']);
    expect(supplySources({ schemes: [] }, licences, '7212', 'en').licences).toEqual([]);
  });

  it('stops on a table that cannot be read, naming the file, the line and the column, in both languages', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lm-licences-'));
    const file = (text: string) => {
      const name = path.join(dir, 'licences-outside.csv');
      writeFileSync(name, text);
      return name;
    };
    const header = 'occupation_code,kind,licence_id,licence_en,issuer_id,issuer_en,basis';
    await expect(loadLicencesOutside(file(`${header}\n5414,maybe,a,b,c,d,e\n`))).rejects.toThrow(
      'licences-outside.csv line 2: kind harus "only" atau "also", bukan "maybe" / kind must be "only" or "also", not "maybe"',
    );
    await expect(loadLicencesOutside(file(`${header}\n5414,only,a,b,c,d,e\n5414,only,a,b,,d,e\n`))).rejects.toThrow(
      "line 3: kolom 'issuer_id' kosong / column 'issuer_id' is empty",
    );
    await expect(loadLicencesOutside(file(`${header}\n541,only,a,b,c,d,e\n`))).rejects.toThrow('line 2: kode KBJI harus 4 angka');
    await expect(loadLicencesOutside(file('occupation_code,kind\n'))).rejects.toThrow("line 1: kolom wajib 'licence_id' tidak ada");
  });
});

describe('reference.json', () => {
  it('publishes every scheme of schemes.csv with its occupation, and no scheme for security guards', async () => {
    const { loadReferenceTables } = await import('../../../src/pipeline/reference.ts');
    const { referenceJson } = await import('../../../src/pipeline/publish.ts');
    const loaded = await loadReferenceTables({});
    if (!loaded.ok) throw new Error(loaded.message.en);
    const published = JSON.parse(referenceJson(loaded.tables, loaded.tables.kecamatan)) as {
      schemes: { code: string; occupation_code: string }[];
    };
    expect(published.schemes).toHaveLength(25);
    expect(Object.keys(published.schemes[0])).toEqual(['code', 'name_id', 'name_en', 'occupation_code']);
    expect(published.schemes.filter((s) => s.occupation_code === '2263').map((s) => s.code)).toEqual(['KEMNAKER-AK3U']);
    expect(published.schemes.filter((s) => s.occupation_code === '7127').map((s) => s.code)).toEqual(['BNSP-AC']);
    expect(published.schemes.filter((s) => s.occupation_code === '5414')).toEqual([]);
  });
});
