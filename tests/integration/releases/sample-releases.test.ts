// Two successive releases from the sample (the second with updated statuses and a new month), built
// the way `npm run release` builds them: both are kept, the second is suppressed against the first,
// the committed data/releases/sample/ is exactly what the script makes, a release stays put, and the
// change list holds the revisions a journalist would ask about.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MIN_CELL } from '../../../src/pipeline/contract.ts';
import { isoToDay } from '../../../src/pipeline/values/dates.ts';
import { releaseChanges } from '../../../src/releases/revisions.ts';
import { release } from '../../../src/releases/release.ts';
import { SAMPLE_RELEASES, copySampleExports, writeSampleReleases } from '../../../src/releases/sample.ts';
import { RELEASE_FILES, readRelease, releaseDates } from '../../../src/releases/store.ts';
import { tempDir } from '../helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const root = tempDir('lm-releases-');
const folder = path.join(root, 'sample');
const [first, second] = SAMPLE_RELEASES;

beforeAll(async () => {
  await writeSampleReleases({ releases: root });
}, 60_000);

describe("the sample's two releases", () => {
  it("are both kept, as facts.csv and meta.json, in the sample's own releases folder", () => {
    expect(releaseDates(folder)).toEqual(['2026-08-31', '2026-09-30']);
    expect(releaseDates(root)).toEqual([]); // never among the releases of real exports
  });

  it('suppress the second against the first, and say so in meta.json', () => {
    const meta = (asOf: string) => JSON.parse(readFileSync(path.join(folder, asOf, 'meta.json'), 'utf8'));
    expect(meta(first.asOf)).not.toHaveProperty('previous_release');
    expect(meta(second.asOf).previous_release).toBe('2026-08-31');
    expect(meta(second.asOf).sample).toBe(true);
  });

  it('are exactly the committed data/releases/sample/ (run npm run release:sample after changing the sample or the build)', () => {
    for (const { asOf } of SAMPLE_RELEASES) {
      for (const file of RELEASE_FILES) {
        const committed = readFileSync(path.join(ROOT, 'data/releases/sample', asOf, file), 'utf8');
        expect(committed === readFileSync(path.join(folder, asOf, file), 'utf8'), `data/releases/sample/${asOf}/${file} is stale`).toBe(
          true,
        );
      }
    }
  });

  it('list the revisions of periods the first already published, with old and new values', () => {
    const changes = releaseChanges(readRelease(folder, first.asOf), readRelease(folder, second.asOf));
    expect(changes.newPeriods).toEqual(['2026-09']);
    const find = (key: string) => changes.revisions.find((r) => `${r.metric},${r.period},${r.occupation},${r.kecamatan},${r.sex}` === key);
    // Statuses updated by the export of 30 September: one more welder completed in 2026-Q2.
    expect(find('completed,2026-Q2,7212,*,*')).toMatchObject({
      before: { value: 122, flag: '' },
      after: { value: 123, flag: '' },
      change: 1,
      periodWasOpen: false,
    });
    // July's courses were not in the export of 30 June at all.
    expect(find('completed,2026-07,*,*,*')).toMatchObject({
      before: { value: 0 },
      after: { value: 107 },
      change: 107,
      periodWasOpen: false,
    });
    // A quarter still running on 31 August grows with September.
    expect(find('demand_positions,2026-Q3,*,*,*')).toMatchObject({ before: { value: 614 }, after: { value: 1064 }, periodWasOpen: true });
    // A revision can hide a cell: shown as a flag, never a number.
    expect(find('enrolled,2026-Q1,*,*,L')).toMatchObject({
      before: { value: 279, flag: '' },
      after: { value: null, flag: 'suppressed' },
      change: null,
    });
    expect(changes.revisions[0]).toMatchObject({ metric: 'demand_positions', period: '2026', change: 450 });
  });
});

describe('a release stays put', () => {
  const exports = path.join(root, 'exports-2');
  beforeAll(() => copySampleExports(second, exports));
  const again = () =>
    release({
      input: exports,
      out: path.join(root, 'out-again'),
      report: path.join(root, 'again.csv'),
      asOf: isoToDay(second.asOf)!,
      minCell: DEFAULT_MIN_CELL,
      releases: root,
    });

  it('building the same release again changes nothing', async () => {
    const result = await again();
    expect(result.exitCode).toBe(0);
    expect(result.kept).toBe('unchanged');
  });

  it('other content for an existing release is refused, and the release is left as it was', async () => {
    const file = path.join(folder, second.asOf, 'facts.csv');
    const kept = readFileSync(file, 'utf8');
    const edited = kept.replace('\ncompleted,2026-Q2,7212,*,*,123,\n', '\ncompleted,2026-Q2,7212,*,*,124,\n');
    expect(edited).not.toBe(kept);
    writeFileSync(file, edited);
    const result = await again();
    expect(result.exitCode).toBe(1);
    expect(result.kept).toBe('conflict');
    expect(result.summary.at(-1)).toMatch(
      /^GAGAL \/ FAILED: rilis 2026-09-30 sudah ada dengan isi lain; rilis tidak pernah ditimpa \/ release 2026-09-30 exists already with other content; a release stays put/,
    );
    expect(readFileSync(file, 'utf8')).toBe(edited);
    writeFileSync(file, kept);
  });
});

describe('npm run data with --previous or --releases', () => {
  const exports = path.join(root, 'exports-cli');
  beforeAll(() => copySampleExports(second, exports));
  const run = (...args: string[]) =>
    spawnSync(
      process.execPath,
      [path.join(ROOT, 'scripts/build-data.ts'), '--input', exports, '--report', path.join(root, 'cli.csv'), ...args],
      { cwd: ROOT, encoding: 'utf8' },
    );

  it('--previous FILE builds exactly the kept release', () => {
    const out = path.join(root, 'out-previous');
    const r = run('--out', out, '--previous', path.join(folder, first.asOf, 'facts.csv'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Disembunyikan terhadap rilis / suppressed against the release of 2026-08-31');
    for (const file of RELEASE_FILES)
      expect(readFileSync(path.join(out, file), 'utf8') === readFileSync(path.join(folder, second.asOf, file), 'utf8'), file).toBe(true);
  });

  it('--releases DIR picks the newest release before the as-of date and writes nothing there', () => {
    const out = path.join(root, 'out-releases');
    const r = run('--out', out, '--releases', root);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(path.join(out, 'facts.csv'), 'utf8') === readFileSync(path.join(folder, second.asOf, 'facts.csv'), 'utf8')).toBe(
      true,
    );
    expect(releaseDates(folder)).toEqual(['2026-08-31', '2026-09-30']);
  });

  it("refuses a previous release that is not earlier, and a file that is not a release's facts.csv", () => {
    const same = run('--out', path.join(root, 'out-same'), '--previous', path.join(folder, second.asOf, 'facts.csv'));
    expect(same.status).toBe(1);
    expect(same.stdout).toContain('the previous release (2026-09-30) must be earlier than the as-of date 2026-09-30');
    const wrong = run('--out', path.join(root, 'out-wrong'), '--previous', path.join(folder, second.asOf, 'meta.json'));
    expect(wrong.status).toBe(2);
    const both = run('--previous', path.join(folder, first.asOf, 'facts.csv'), '--releases', root);
    expect(both.status).toBe(2);
  });
});
