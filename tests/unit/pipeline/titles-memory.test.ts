// RE2's WebAssembly heap is fixed (16 MiB) and compiled expressions, with the matching state each one
// grows, are never freed: before each pattern was compiled once per process, about 14 sample builds in
// one process (tests, benchmarks) ran out of it ("Cannot enlarge memory arrays").
import { describe, expect, it } from 'vitest';
import { loadReferenceTables } from '../../../src/pipeline/reference.ts';
import { titleClassifier } from '../../../src/pipeline/titles.ts';

const WORDS = [
  'Welder',
  'Juru Las',
  'Operator',
  'Forklift',
  'Crane',
  'Rigger',
  'Teknisi',
  'Listrik',
  'K3',
  'Ahli',
  'Scaffolder',
  'Staf',
  'Admin',
  'Pipa',
  'Fitter',
];

/** Distinct titles, as many postings would bring: most match a rule, some none. */
function titles(count: number, seed: number): string[] {
  return Array.from(
    { length: count },
    (_, i) => `${WORDS[(i * 7 + seed) % WORDS.length]} ${WORDS[(i * 3 + seed) % WORDS.length]} ${seed}-${i}`,
  );
}

describe('job-title patterns in RE2', () => {
  it('load and classify like 40 builds in one process without running out of WebAssembly memory', async () => {
    let matched = 0;
    for (let build = 0; build < 40; build++) {
      const loaded = await loadReferenceTables({});
      if (!loaded.ok) throw new Error('the bundled reference tables do not load');
      const classify = titleClassifier(loaded.tables.jobTitles);
      for (const title of titles(1500, build)) if (classify(title) !== null) matched++;
    }
    expect(matched).toBeGreaterThan(40 * 500);
  }, 120_000);
});
