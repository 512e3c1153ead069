// Determinism across time zones, privacy of every published byte, and the row rules that decide
// rejected / duplicate / superseded / out_of_scope.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, build, filesUnder, tempDir } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('determinism', () => {
  it('gives byte-identical facts.csv and meta.json in two time zones and locales', () => {
    const outputs = ['America/Los_Angeles', 'Asia/Tokyo'].map((tz, i) => {
      const dir = tempDir();
      const out = path.join(dir, 'out');
      const run = spawnSync(
        process.execPath,
        [
          path.join(ROOT, 'scripts/build-data.ts'),
          '--input',
          path.join(FIXTURES, 'basic'),
          '--out',
          out,
          '--report',
          path.join(dir, 'r.csv'),
        ],
        {
          cwd: ROOT,
          encoding: 'utf8',
          env: { ...process.env, TZ: tz, LANG: i ? 'ja_JP.UTF-8' : 'en_US.UTF-8', LC_ALL: i ? 'ja_JP.UTF-8' : 'en_US.UTF-8' },
        },
      );
      expect(run.status, run.stderr).toBe(0);
      return ['facts.csv', 'meta.json'].map((f) => readFileSync(path.join(out, f)));
    });
    expect(outputs[0][0].equals(outputs[1][0])).toBe(true);
    expect(outputs[0][1].equals(outputs[1][1])).toBe(true);
    // Without --as-of, the latest event (E19's end date from the later export) is the as-of date.
    expect(JSON.parse(outputs[0][1].toString()).as_of).toBe('2025-12-19');
  });
});

describe('privacy', () => {
  it('publishes no NIK, name, certificate number or employer name, in any file under --out', async () => {
    const built = await build(path.join(FIXTURES, 'basic'), { asOf: '2025-12-31' });
    expect(built.result.exitCode).toBe(0);
    const input = path.join(FIXTURES, 'basic');
    const secrets = new Set<string>();
    for (const file of ['enrollments.csv', 'certifications.csv', 'placements.csv', 'vacancies.csv']) {
      const [header, ...rows] = readFileSync(path.join(input, file), 'utf8')
        .trim()
        .split('\n')
        .map((l) => l.split(','));
      for (const column of ['person_id', 'name', 'certificate_number', 'employer_name']) {
        const i = header.indexOf(column);
        if (i >= 0) for (const row of rows) if (row[i]) secrets.add(row[i]);
      }
    }
    expect(secrets.size).toBeGreaterThan(40);
    expect([...secrets]).toContain('PT Rahasia Lowongan');
    const published = filesUnder(built.out);
    // The four published files, and the build's mark of ownership (output.ts), which the site never copies.
    expect(published.map((f) => path.basename(f.file)).sort()).toEqual([
      '.link-and-match-output',
      'demand.json',
      'facts.csv',
      'meta.json',
      'reference.json',
    ]);
    for (const { file, content } of published) {
      const text = content.toString('utf8');
      for (const secret of secrets) expect(text.includes(secret), `${secret} in ${path.basename(file)}`).toBe(false);
      // No 16-digit NIK-like number at all, and nothing of the private words used in the fixture.
      expect(text).not.toMatch(/\d{16}/);
      expect(text).not.toMatch(/Rahasia|SERT-/);
    }
  });
});

describe('row rules', () => {
  it("rejects conflicting duplicates, unknown links and other cities' kecamatan; links to out-of-scope enrollments are out of scope", async () => {
    const dir = tempDir();
    const input = path.join(dir, 'input');
    cpSync(path.join(FIXTURES, 'basic'), input, { recursive: true });
    writeFileSync(
      path.join(input, 'placements_more.csv'),
      [
        'placement_id,person_id,enrollment_id,placement_date,placement_type,kecamatan',
        'Q01,0099000000000010,E10,2025-05-01,bekerja,', // accepted
        'Q01,0099000000000010,E10,1/5/2025,Bekerja,', // duplicate: equal after parsing
        'Q01,0099000000000010,E10,2025-05-02,bekerja,', // conflicting duplicate id
        'Q02,0099000000000099,E99,2025-05-01,bekerja,', // unknown enrollment
        'Q03,0099000000000021,E21,2025-05-01,bekerja,', // enrollment out of scope
        'Q04,0099000000000011,,2025-05-01,bekerja,Kramatwatu', // a kecamatan of another city, city empty
        'Q05,0099000000000012,,2025-05-01,bekerja,Pulo Merak', // accepted
        'Q06,0099000000000012,,2025-05-01,kerja kontrak,', // invalid enum
      ].join('\n'),
    );
    writeFileSync(
      path.join(input, 'placements_zz_later.csv'),
      [
        'placement_id,person_id,enrollment_id,placement_date,placement_type',
        'Q05,0099000000000012,,2025-05-03,wirausaha', // supersedes Q05 of the earlier file
        'Q04,0099000000000011,,2025-05-03,wirausaha', // only an accepted row supersedes: Q04 was rejected, so this is new
      ].join('\n'),
    );
    const built = await build(input, { asOf: '2025-12-31' });
    expect(built.result.exitCode).toBe(1); // placements: 5 rejected of 19 rows read is over 5 %
    const files = Object.fromEntries(built.result.datasets!.placements.files.map((f) => [f.name, f]));
    expect(files['placements_more.csv']).toMatchObject({
      rows_read: 8,
      accepted: 1,
      duplicate: 1,
      rejected: 4,
      out_of_scope: 1,
      superseded: 1,
    });
    expect(files['placements_zz_later.csv']).toMatchObject({ rows_read: 2, accepted: 2, rejected: 0 });
    const report = readFileSync(built.report, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',').slice(1, 5).join(','));
    expect(report).toEqual([
      'enrollments.csv,23,start_date,31/02/2025', // the fixture's own bad date
      'placements_more.csv,4,placement_id,Q01',
      'placements_more.csv,5,enrollment_id,E99',
      'placements_more.csv,7,kecamatan,Kramatwatu',
      'placements_more.csv,9,placement_type,kerja kontrak',
    ]);
  });

  it('rejects an end date before the start date, but only warns for an ongoing enrollment', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'input');
    cpSync(path.join(FIXTURES, 'basic'), input, { recursive: true });
    writeFileSync(
      path.join(input, 'peserta_tambahan.csv'),
      [
        'enrollment_id,person_id,program_code,start_date,end_date,status',
        'E30,0099000000000030,LAS-SMAW,2025-05-05,2025-05-01,selesai',
        'E31,0099000000000031,LAS-SMAW,2025-05-05,2025-05-01,berjalan',
        'E32,0099000000000032,LAS-SMAW,2025-05-05,,completed',
      ].join('\n'),
    );
    const built = await build(input, { asOf: '2025-12-31' });
    const file = built.result.datasets!.enrollments.files.find((f) => f.name === 'peserta_tambahan.csv')!;
    expect(file).toMatchObject({ rows_read: 3, accepted: 1, rejected: 2, warnings: 1 });
    const report = readFileSync(built.report, 'utf8');
    expect(report).toContain('peserta_tambahan.csv,2,end_date,2025-05-01,');
    expect(report).toContain('peserta_tambahan.csv,4,end_date,,');
  });
});
