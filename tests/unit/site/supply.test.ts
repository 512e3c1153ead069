// What an occupation's certified supply counts: its schemes from reference.json, and the licences
// outside the data from data/reference/licences-outside.csv (issue 8, item 5).
import { describe, expect, it } from 'vitest';
import { loadLicencesOutside, parseLicencesOutside, supplySources } from '../../../src/site/supply.ts';
import { REFERENCE } from './fixture.ts';

describe('supplySources', () => {
  it('lists the schemes mapped to the occupation, sorted by name in the page language', () => {
    expect(supplySources(REFERENCE, [], '7212', 'id').schemes.map((s) => s.code)).toEqual(['BNSP-LAS-FCAW3G', 'BNSP-LAS-SMAW3G']);
    expect(supplySources(REFERENCE, [], '5120', 'en').schemes.map((s) => s.name_en)).toEqual(['Cook']);
    expect(supplySources(REFERENCE, [], '7411', 'id').schemes).toEqual([]);
  });

  it('names the licence of security guards as lying outside the data, and the excavator SKK beside the SIO', () => {
    const licences = loadLicencesOutside();
    const guards = supplySources({ schemes: [] }, licences, '5414', 'id').licences;
    expect(guards.map((l) => [l.kind, l.basis])).toEqual([['only', 'Perpol 4/2020']]);
    expect(guards[0].licence_id).toContain('Gada Pratama');
    expect(guards[0].issuer_id).toContain('Polri');
    expect(supplySources({ schemes: [] }, licences, '8342', 'en').licences.map((l) => l.kind)).toEqual(['also']);
    expect(supplySources({ schemes: [] }, licences, '7212', 'en').licences).toEqual([]);
  });

  it('stops on a table that cannot be read, naming the line', () => {
    const header = 'occupation_code,kind,licence_id,licence_en,issuer_id,issuer_en,basis';
    expect(() => parseLicencesOutside(`${header}\n5414,maybe,a,b,c,d,e\n`)).toThrow('line 2: kind must be "only" or "also", not "maybe"');
    expect(() => parseLicencesOutside(`${header}\n5414,only,a,b,,d,e\n`)).toThrow('line 2: every column needs a value');
    expect(() => parseLicencesOutside('code,kind\n')).toThrow('the header must be');
  });
});

describe('reference.json', () => {
  it('publishes every scheme of schemes.csv with its occupation, and no scheme for security guards', async () => {
    const { loadKecamatanPopulation, loadReferenceTables } = await import('../../../src/pipeline/reference.ts');
    const { referenceJson } = await import('../../../src/pipeline/publish.ts');
    const loaded = await loadReferenceTables({});
    if (!loaded.ok) throw new Error(loaded.message.en);
    const published = JSON.parse(referenceJson(loaded.tables, loadKecamatanPopulation())) as { schemes: { code: string; occupation_code: string }[] };
    expect(published.schemes).toHaveLength(25);
    expect(Object.keys(published.schemes[0])).toEqual(['code', 'name_id', 'name_en', 'occupation_code']);
    expect(published.schemes.filter((s) => s.occupation_code === '2263').map((s) => s.code)).toEqual(['KEMNAKER-AK3U']);
    expect(published.schemes.filter((s) => s.occupation_code === '7127').map((s) => s.code)).toEqual(['BNSP-AC']);
    expect(published.schemes.filter((s) => s.occupation_code === '5414')).toEqual([]);
  });
});
