// Same answers (issue 9, target 2): the published files and the reject report are byte-identical to
// those of the build before the ingest rewrite, on a messy input (repeats within and across files,
// superseded rows, conflicting duplicates, links, out-of-scope rows, rejects and warnings of many
// kinds, three encodings) and on the sample with its releases, whatever the number of workers
// (INGEST_WORKERS; 0 reads in the main thread).
// The golden hashes were recorded from the build of main at 9637c81, before any change to ingest.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './helpers.ts';
import { addUnreadableFiles, writeMessyInput } from './support/messy-input.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUTPUTS = ['facts.csv', 'meta.json', 'reference.json', 'demand.json'] as const;

const MESSY_GOLDEN: Record<string, string> = {
  'facts.csv': '0372f70ed3f5b8797cf2b25c87d523e82d8b3387f8ad215f14b585ea941c95cb',
  'meta.json': '2120a22c4073c5c6f13160baf47070ef225bfbffbc5632ac5dee4dee4c0e6632',
  'reference.json': 'b7f1cadd6a3fbc69b3629da5e2564d499f3635335de5e476fc10caa1b74e8e91',
  'demand.json': 'a086ffa28fa5e50a174835bb2e5de183f521bde03d39966f6135d566e2a7f635',
  'rejected-rows.csv': 'e178a01dd7f1c4361cdba362ecf6c976b06d879af7b0fecd4293558d79284b04',
};

const SAMPLE_GOLDEN: Record<string, string> = {
  'facts.csv': 'eafa9b1567512e3f1f13d5d6bf66de05024a85e7b29d6f726dcd156fb34ccd35',
  'meta.json': '79165fc3f2103efba4bb0e3fb61e37ac8a9e5a261a083183ca70af69c5e2cef1',
  'reference.json': 'b7f1cadd6a3fbc69b3629da5e2564d499f3635335de5e476fc10caa1b74e8e91',
  'demand.json': '8fede3014c731af3a6811722c059c3851bde4620a0af52a69499d916596e670b',
  'rejected-rows.csv': '5de8e80d23400ae6ff47823be826d3b812c540165c8e4dfb64ee30514e1d9be7',
};

/** What `npm run data` of main prints (paths replaced) when a messy input holds two files that cannot be read. */
const UNREADABLE_GOLDEN = 'c3093b7ee6712c9841bc9c121443f9f614a6b23cf5c50431ebf914eca2911ba8';

/** The sample's outputs built by main into /tmp/baseline-out, when this machine has them. */
const BASELINE = { out: '/tmp/baseline-out', report: '/tmp/baseline-report.csv' };

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Runs `npm run data` as the command line does, with `INGEST_WORKERS` set, and hashes what it wrote. */
function buildHashes(input: string, workers: number, extra: string[]): Record<string, string> {
  const dir = tempDir('lm-same-');
  const out = path.join(dir, 'out');
  const report = path.join(dir, 'report.csv');
  const run = spawnSync(process.execPath, ['scripts/build-data.ts', '--input', input, '--out', out, '--report', report, ...extra], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, INGEST_WORKERS: String(workers) },
  });
  expect(run.status, run.stderr).toBe(0);
  const hashes: Record<string, string> = Object.fromEntries(OUTPUTS.map((f) => [f, sha256(path.join(out, f))]));
  hashes['rejected-rows.csv'] = sha256(report);
  return hashes;
}

describe('the published bytes stay the same', () => {
  let messy: string;
  beforeAll(() => {
    messy = writeMessyInput(path.join(tempDir('lm-messy-'), 'input'));
  });

  for (const workers of [0, 1, 2, 3]) {
    it(`on a messy input, with ${workers} worker(s)`, () => {
      expect(buildHashes(messy, workers, ['--as-of', '2026-06-30'])).toEqual(MESSY_GOLDEN);
    }, 120_000);
  }

  for (const workers of [0, 2]) {
    it(`on the sample with its releases, with ${workers} worker(s)`, () => {
      const hashes = buildHashes('data/sample', workers, ['--releases', 'data/releases']);
      expect(hashes).toEqual(SAMPLE_GOLDEN);
      if (existsSync(BASELINE.out)) {
        const baseline = Object.fromEntries(OUTPUTS.map((f) => [f, sha256(path.join(BASELINE.out, f))]));
        baseline['rejected-rows.csv'] = sha256(BASELINE.report);
        expect(hashes).toEqual(baseline);
      }
    }, 120_000);
  }

  describe('with files that cannot be read', () => {
    let dir: string;
    let input: string;
    beforeAll(() => {
      dir = tempDir('lm-unreadable-');
      input = addUnreadableFiles(writeMessyInput(path.join(dir, 'input')));
    });
    const run = (script: string, args: string[], workers: number) => {
      const r = spawnSync(process.execPath, [script, ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, INGEST_WORKERS: String(workers) },
      });
      const text = `${r.stdout}\u0000${r.stderr}`.split(input).join('INPUT').split(dir).join('DIR');
      return { status: r.status, text };
    };

    for (const workers of [0, 2]) {
      it(`the build stops with the same message, with ${workers} worker(s)`, () => {
        const r = run(
          'scripts/build-data.ts',
          ['--input', input, '--out', path.join(dir, 'out'), '--report', path.join(dir, 'report.csv'), '--as-of', '2026-06-30'],
          workers,
        );
        expect(r.status).toBe(1);
        expect(r.text).toContain('peserta_zz.csv, baris/line 2: tanda kutip (") dibuka di baris ini tetapi tidak pernah ditutup');
        expect(createHash('sha256').update(r.text).digest('hex')).toBe(UNREADABLE_GOLDEN);
      }, 120_000);
    }

    it('a file whose first pass fails says so the same way, surveyed by the main thread or by the worker', () => {
      // Not a worker's first file: with 2 workers the main thread surveys it (datasets/sources.ts).
      const bad = path.join(input, 'peserta_zy.csv');
      writeFileSync(
        bad,
        Buffer.concat([
          Buffer.from([0xef, 0xbb, 0xbf]),
          Buffer.from('enrollment_id,person_id\nX9,'),
          Buffer.from([0xff, 0xfe]),
          Buffer.from('\n'),
        ]),
      );
      try {
        const args = [input, '--lang', 'en', '--as-of', '2026-06-30'];
        const inThread = run('scripts/check-data.ts', args, 0);
        expect(inThread.text).toContain('peserta_zy.csv: enrollments (peserta) — CANNOT BE READ');
        expect(inThread.text).toContain('the file starts with a UTF-8 byte order mark, but its content is not valid UTF-8');
        expect(run('scripts/check-data.ts', args, 2)).toEqual(inThread);
      } finally {
        rmSync(bad);
      }
    }, 120_000);

    it('data:check names both files, the same with 0 and 2 workers', () => {
      const args = [input, '--lang', 'en', '--as-of', '2026-06-30'];
      const inThread = run('scripts/check-data.ts', args, 0);
      expect(inThread.status).toBe(1);
      expect(inThread.text).toContain('peserta_zz.csv: enrollments (peserta) — CANNOT BE READ (line 2)');
      expect(inThread.text).toContain('sertifikasi_zz.csv: certifications (sertifikasi) — CANNOT BE READ (line 1)');
      expect(run('scripts/check-data.ts', args, 2)).toEqual(inThread);
    }, 120_000);
  });
});
