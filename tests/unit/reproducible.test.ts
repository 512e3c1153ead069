// The reproducible-build check (scripts/reproducible.ts) compares two builds with treeDifferences, and
// runs the second build on a clock shifted by tests/e2e/support/shifted-clock.ts.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { treeDifferences } from '../e2e/support/trees.ts';
import { temporaryFolder, writeFixture } from './read/files.ts';

const dir = temporaryFolder();

describe('treeDifferences', () => {
  it('names a file whose bytes differ (where, and both lengths), and files only one side has', () => {
    writeFixture(dir, 'a/index.html', '<p>1 Desember 2026</p>');
    writeFixture(dir, 'b/index.html', '<p>2 Desember 2026</p>');
    writeFixture(dir, 'a/same/preview.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFixture(dir, 'b/same/preview.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFixture(dir, 'a/only-a.txt', 'x');
    writeFixture(dir, 'b/deep/only-b.txt', 'y');
    expect(treeDifferences(path.join(dir, 'a'), path.join(dir, 'b'))).toEqual([
      { file: 'index.html', reason: 'bytes differ from byte 3 (22 vs 22 bytes): "1 Desember 2026</p>" vs "2 Desember 2026</p>"' },
      { file: 'only-a.txt', reason: 'only in the first build' },
      { file: 'deep/only-b.txt', reason: 'only in the second build' },
    ]);
  });

  it('finds nothing between identical trees', () => {
    writeFixture(dir, 'c/x/y.csv', 'a,b\n');
    writeFixture(dir, 'd/x/y.csv', 'a,b\n');
    expect(treeDifferences(path.join(dir, 'c'), path.join(dir, 'd'))).toEqual([]);
  });
});

describe('shifted-clock', () => {
  it('moves now (new Date(), Date.now()) by the given days and leaves given dates alone', () => {
    const clock = path.resolve(import.meta.dirname, '../e2e/support/shifted-clock.ts');
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        clock,
        '-e',
        'console.log(JSON.stringify([new Date().getTime() - performance.timeOrigin, Date.now() - performance.timeOrigin, new Date(0).toISOString(), new Date(2026, 11, 2).getDate()]))',
      ],
      {
        env: { ...process.env, REPRODUCIBLE_CLOCK_SHIFT_DAYS: '400', NODE_OPTIONS: '' },
        encoding: 'utf8',
      },
    );
    const [viaNew, viaNow, epoch, day] = JSON.parse(run.stdout) as [number, number, string, number];
    const days = (ms: number) => Math.round(ms / 86_400_000);
    expect([days(viaNew), days(viaNow), epoch, day]).toEqual([400, 400, '1970-01-01T00:00:00.000Z', 2]);
  });
});
