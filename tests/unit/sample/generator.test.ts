// The sample generator: deterministic to the byte (any run, any time zone), the committed data/sample
// is its output, the synthetic world has the shape the dashboard is meant to show, and nothing in it
// can be mistaken for a real person or company.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { excelSerial, weekday } from '../../../src/sample/calendar.ts';
import { dayNumber } from '../../../src/pipeline/values/dates.ts';
import { generateSample, type SampleOutput } from '../../../src/sample/generate.ts';
import { createRandom } from '../../../src/sample/random.ts';
import { occupationOfTitle, loadSampleReference } from '../../../src/sample/reference.ts';
import { writeSample } from '../../../src/sample/write.ts';
import { DEMAND_PLANS, DIRECT_ASSESSMENTS, PROGRAM_PLANS } from '../../../src/sample/world.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const REFERENCE = new URL('../../../data/reference/', import.meta.url);
const COMMITTED = join(ROOT, 'data', 'sample');

function listFiles(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    files.set(relative(dir, full).split(sep).join('/'), readFileSync(full));
  }
  return files;
}

function expectSameFiles(actual: Map<string, Buffer>, expected: Map<string, Buffer>): void {
  expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [path, bytes] of expected) expect(Buffer.compare(actual.get(path) as Buffer, bytes), path).toBe(0);
}

/** Text of any sample file, whatever its encoding. */
function decode(path: string, bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (path.endsWith('peserta_2024.csv')) return new TextDecoder('windows-1252').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

const reference = await loadSampleReference(fileURLToPath(REFERENCE));
let output: SampleOutput;
/** The same reference with another seed, generated first in this process: what follows must not depend on it. */
let otherSeed: SampleOutput;
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'sample-'));
  dirs.push(dir);
  return join(dir, 'out');
};

beforeAll(() => {
  otherSeed = generateSample(reference, 1);
  output = generateSample(reference);
});
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('determinism', () => {
  // The second generation: npm run sample, in its own process and another time zone.
  let spawned: string;
  beforeAll(() => {
    spawned = tempDir();
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'generate-sample.ts'), spawned], {
      env: { ...process.env, TZ: 'Pacific/Kiritimati' },
      stdio: 'pipe',
    });
  });

  it('two generations into two folders are byte-identical', () => {
    const a = tempDir();
    writeSample(a, output.files);
    expect(listFiles(a).size).toBe(24);
    expectSameFiles(listFiles(a), listFiles(spawned));
  });

  it('the committed data/sample equals a fresh generation', () => {
    const fresh = tempDir();
    writeSample(fresh, output.files);
    expectSameFiles(listFiles(COMMITTED), listFiles(fresh));
  });

  it('npm run sample writes the same bytes in another time zone', () => {
    expectSameFiles(listFiles(spawned), listFiles(COMMITTED));
  });

  it('a different seed gives different data', () => {
    const path = 'peserta/peserta_2023.csv';
    const mine = output.files.find((f) => f.path === path)?.bytes as Uint8Array;
    expect(Buffer.compare(Buffer.from(otherSeed.files.find((f) => f.path === path)?.bytes as Uint8Array), Buffer.from(mine))).not.toBe(0);
  });

  it('the sample code reads no clock and no Math.random', () => {
    const dir = join(ROOT, 'src', 'sample');
    for (const name of readdirSync(dir)) {
      const text = readFileSync(join(dir, name), 'utf8');
      expect(text, name).not.toMatch(/Math\.random|Date\.now|new Date\b|Date\.UTC/);
    }
  });
});

describe('building blocks', () => {
  it('writes Excel serials and weekdays from day numbers', () => {
    expect(excelSerial(dayNumber(2025, 9, 25))).toBe(45925);
    expect(weekday(dayNumber(2026, 9, 30))).toBe(3); // a Wednesday
  });

  it('the same seed gives the same stream, a fork an independent one', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const drawsA = [a.next(), a.next(), a.int(1, 6)];
    expect([b.next(), b.next(), b.int(1, 6)]).toEqual(drawsA);
    expect(createRandom(42).fork('x').next()).not.toBe(createRandom(42).fork('y').next());
  });
});

describe('the world refers to the reference tables', () => {
  it('every program and scheme the generator uses exists', () => {
    for (const plan of PROGRAM_PLANS) {
      expect(reference.programs.has(plan.code), plan.code).toBe(true);
      if (plan.scheme)
        expect(reference.schemes.get(plan.scheme)?.occupation, plan.scheme).toBe(reference.programs.get(plan.code)?.occupation);
    }
    for (const { scheme } of DIRECT_ASSESSMENTS) expect(reference.schemes.has(scheme), scheme).toBe(true);
    for (const plan of DEMAND_PLANS)
      for (const scheme of plan.schemes) expect(reference.schemes.get(scheme)?.occupation, scheme).toBe(plan.occupation);
  });

  it('every vacancy title is classified by job_titles.csv into the occupation it was written for', () => {
    for (const plan of DEMAND_PLANS) {
      for (const title of plan.titles) expect(occupationOfTitle(reference, title), title).toBe(plan.occupation);
    }
  });
});

describe('the sample as the data build will see it', () => {
  it('has four datasets, every file accounted for row by row', () => {
    expect(output.summary.datasets.map((d) => [d.dataset, d.files.length])).toEqual([
      ['enrollments', 5],
      ['certifications', 4],
      ['placements', 3],
      ['vacancies', 9],
    ]);
    for (const d of output.summary.datasets) {
      for (const f of d.files) {
        const c = f.counts;
        expect(c.accepted + c.rejected + c.duplicate + c.superseded + c.out_of_scope, f.path).toBe(c.rows_read);
      }
    }
  });

  it('rejects 0.5–1.5 % of each dataset, well under the 5 % limit', () => {
    for (const d of output.summary.datasets) {
      const share = d.totals.rejected / d.totals.rows_read;
      expect(share, d.dataset).toBeGreaterThan(0.005);
      expect(share, d.dataset).toBeLessThan(0.015);
    }
  });

  it('exercises every repeat rule: duplicates, conflicts, superseded rows, out-of-scope rows and links', () => {
    const problems = Object.fromEntries(output.summary.datasets.map((d) => [d.dataset, d.problems]));
    for (const dataset of ['enrollments', 'certifications', 'placements', 'vacancies']) {
      expect(problems[dataset].exact_duplicate, dataset).toBeGreaterThan(0);
      expect(problems[dataset].conflicting_duplicate, dataset).toBeGreaterThan(0);
      expect(problems[dataset].out_of_scope_city, dataset).toBeGreaterThan(0);
      expect(problems[dataset].kecamatan_outside_cilegon, dataset).toBeGreaterThan(0);
    }
    expect(problems.enrollments.superseded).toBeGreaterThan(500);
    expect(problems.vacancies.superseded).toBeGreaterThan(0);
    expect(problems.certifications.out_of_scope_link).toBeGreaterThan(0);
    expect(problems.certifications.unknown_enrollment).toBeGreaterThan(0);
  });

  it('has realistic volumes, a welder shortage and a sewing surplus', () => {
    for (const year of [2023, 2024, 2025]) {
      const v = output.summary.volumes[year];
      expect(v.enrolled, String(year)).toBeGreaterThanOrEqual(1000);
      expect(v.enrolled, String(year)).toBeLessThanOrEqual(2000);
      expect(v.welderPositions, String(year)).toBeGreaterThan(3 * v.welderCertifiedPeople);
      expect(v.sewingCompleted, String(year)).toBeGreaterThan(3 * v.sewingPositions);
      const rate = (v.placedWithin180?.placed ?? 0) / (v.placedWithin180?.cohort ?? 1);
      expect(rate, String(year)).toBeGreaterThan(0.4);
      expect(rate, String(year)).toBeLessThan(0.6);
    }
    expect(output.summary.volumes[2026].placedWithin180).toBeNull();
    expect(output.summary.latestEvent).toBe('2026-09-30');
  });

  it('has no NIK that could be real, no real-looking company, and only SAMPLE- certificate numbers', () => {
    const texts = output.files.filter((f) => f.path.endsWith('.csv')).map((f) => decode(f.path, Buffer.from(f.bytes)));
    const niks = texts.flatMap((t) => t.match(/(?<!\d)\d{16}(?!\d)/g) ?? []);
    expect(niks.length).toBeGreaterThan(10000);
    expect(niks.filter((n) => !n.startsWith('00'))).toEqual([]);
    const companies = texts.flatMap((t) => t.match(/\b(?:PT|CV) [^,;\t\r\n"]+/g) ?? []);
    expect(companies.length).toBeGreaterThan(1000);
    expect(companies.filter((c) => !c.includes('Contoh') || !c.endsWith('(fiktif)'))).toEqual([]);
    const certificates = texts.flatMap((t) => t.match(/[\w-]*\b(?:BNSP|K3)-20\d\d-\d{6}\b/g) ?? []);
    expect(certificates.length).toBeGreaterThan(1000);
    expect(certificates.filter((c) => !c.startsWith('SAMPLE-'))).toEqual([]);
  });

  it('marks itself as sample data', () => {
    const marker = new TextDecoder().decode(output.files.find((f) => f.path === 'SAMPLE-DATA.txt')?.bytes);
    expect(marker).toMatch(/sintetis/);
    expect(marker).toMatch(/[Ss]ynthetic/);
    const readme = new TextDecoder().decode(output.files.find((f) => f.path === 'README.md')?.bytes);
    expect(readme).toContain('starting with `00`');
  });
});
