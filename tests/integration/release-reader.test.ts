// A kept release the build cannot read is refused by name, with how to fix it (issue 7, item 2): exit 1,
// no stack trace, nothing published. The case in point: a release that kept a wrapped count.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFacts } from '../../src/pipeline/published.ts';
import { readRelease } from '../../src/releases/store.ts';
import { FIXTURES, tempDir } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const HEADER = 'metric,period,occupation,kecamatan,sex,value,flag';
const GOOD_FACTS = `${HEADER}\ndemand_positions,2025,*,*,*,36,\nplaced,2025,*,*,*,12,\nplacement_rate_180d,2025,*,*,*,0.750,\n`;
const meta = (asOf: string) => `${JSON.stringify({ as_of: asOf, min_cell: 5 })}\n`;

function releasesWith(facts: string, metaJson = meta('2025-06-30')): { root: string; release: string } {
  const root = path.join(tempDir(), 'releases');
  const release = path.join(root, '2025-06-30');
  mkdirSync(release, { recursive: true });
  writeFileSync(path.join(release, 'facts.csv'), facts);
  writeFileSync(path.join(release, 'meta.json'), metaJson);
  return { root, release };
}

function cli(args: string[]) {
  const dir = tempDir();
  const run = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'scripts/build-data.ts'),
      '--input',
      path.join(FIXTURES, 'basic'),
      '--out',
      path.join(dir, 'out'),
      '--report',
      path.join(dir, 'report.csv'),
      '--as-of',
      '2025-12-31',
      ...args,
    ],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return { code: run.status, output: `${run.stdout}${run.stderr}`, out: path.join(dir, 'out') };
}

describe('parseFacts refuses what our writer never writes', () => {
  it('refuses a negative, a fractional or an unsafe count, and a rate outside [0, 1]', () => {
    expect(parseFacts(GOOD_FACTS)).toHaveLength(3);
    expect(() => parseFacts(`${HEADER}\ndemand_positions,2025,*,*,*,-2147483563,\n`)).toThrow(/line 2: value "-2147483563"/);
    expect(() => parseFacts(`${HEADER}\nplaced,2025,*,*,*,1.5,\n`)).toThrow(/line 2: value "1.5" is not a whole number/);
    expect(() => parseFacts(`${HEADER}\nplaced,2025,*,*,*,9007199254740993,\n`)).toThrow(/value "9007199254740993" is not a whole number/);
    expect(() => parseFacts(`${HEADER}\nplacement_rate_180d,2025,*,*,*,1.250,\n`)).toThrow(/is not a rate between 0 and 1/);
    expect(() => parseFacts(`${HEADER}\nplaced,2025,*,*,*,007,\n`)).toThrow(/is not a whole number/);
  });
});

describe('readRelease names the release and how to fix it', () => {
  it.each([
    [
      'a wrapped count',
      `${HEADER}\ndemand_positions,2025,*,*,*,-2147483563,\n`,
      meta('2025-06-30'),
      /facts\.csv line 2: value "-2147483563"/,
    ],
    ['a wrong header', 'metric,period,value\n', meta('2025-06-30'), /header must be/],
    ['an unreadable meta.json', GOOD_FACTS, '{"as_of": "2025-06-30",', /meta\.json: /],
  ])('%s', (_name, facts, metaJson, problem) => {
    const { root, release } = releasesWith(facts, metaJson);
    let thrown: Error | undefined;
    try {
      readRelease(root, '2025-06-30');
    } catch (e) {
      thrown = e as Error;
    }
    expect(thrown?.name).toBe('UnreadableRelease');
    expect(thrown?.message).toContain(`rilis ${release} tidak dapat dibaca`);
    expect(thrown?.message).toContain(
      `restore the folder from git (git checkout -- ${release}), or delete it if that release was never published`,
    );
    expect(thrown?.message).toMatch(problem);
  });
});

describe('the build refuses a release it cannot read', () => {
  it('--releases: exit 1, the release named, no stack trace, nothing published', () => {
    const { root, release } = releasesWith(`${HEADER}\ndemand_positions,2025,*,*,*,-2147483563,\n`);
    const run = cli(['--releases', root]);
    expect(run.code).toBe(1);
    expect(run.output).toContain(`the release ${release} cannot be read (facts.csv line 2: value "-2147483563" with flag "")`);
    expect(run.output).toMatch(/nothing was published/);
    expect(run.output).not.toMatch(/\n\s+at |node:internal/);
  });

  it('--previous: exit 1 for a release whose meta.json has no as-of date', () => {
    const { release } = releasesWith(GOOD_FACTS);
    writeFileSync(path.join(release, 'meta.json'), 'null\n');
    const run = cli(['--previous', path.join(release, 'facts.csv')]);
    expect(run.code).toBe(1);
    expect(run.output).toContain(`the release ${release} cannot be read (meta.json: no as_of date)`);
    expect(run.output).not.toMatch(/\n\s+at |node:internal/);
  });

  it('still suppresses against a release it can read', () => {
    const { root } = releasesWith(GOOD_FACTS);
    const run = cli(['--releases', root]);
    expect(run.code).toBe(0);
    expect(run.output).toMatch(/suppressed against the release of 2025-06-30/);
  });
});
