// Comparisons of two kept releases in the release page cache (issue 9, target 3): stored under a key
// of both releases' kept files and the code, read back only when intact, and taken by the changes
// pages instead of parsing and comparing the two releases again.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseFacts } from '../../../src/pipeline/published.ts';
import { releaseChanges, type ReleaseChanges } from '../../../src/releases/revisions.ts';
import { keepRelease } from '../../../src/releases/store.ts';
import { CACHE_MARKER } from '../../../src/site/releases/cache-store.ts';
import {
  CHANGES_DIR,
  comparisonKey,
  comparisonName,
  pruneComparisons,
  readComparison,
  writeComparison,
} from '../../../src/site/releases/changes-cache.ts';
import { FACTS_CSV, REFERENCE, fixtureMeta } from './fixture.ts';

const OLDER_CSV = FACTS_CSV.replace('completed,2025,7212,*,*,35,', 'completed,2025,7212,*,*,31,');
const NEWER_CSV = FACTS_CSV.replace('enrolled,2025,*,*,*,150,', 'enrolled,2025,*,*,*,160,');
const meta = (asOf: string) => `${JSON.stringify({ ...fixtureMeta(), as_of: asOf, sample: true })}\n`;
const release = (asOf: string, facts: string) => ({ asOf, files: { 'facts.csv': facts, 'meta.json': meta(asOf) } });
const A = release('2026-04-30', OLDER_CSV);
const B = release('2026-05-31', FACTS_CSV);
const C = release('2026-06-30', NEWER_CSV);
const compared = (older: typeof A, newer: typeof A): ReleaseChanges =>
  releaseChanges(
    { asOf: older.asOf, facts: parseFacts(older.files['facts.csv']) },
    { asOf: newer.asOf, facts: parseFacts(newer.files['facts.csv']) },
  );

const tempDir = (name: string) => mkdtempSync(path.join(tmpdir(), `lm-${name}-`));

describe('the key of a comparison', () => {
  const key = comparisonKey(A, B, 'code-1');

  it("changes with either release's kept bytes and with the code, not with anything else", () => {
    expect(comparisonKey(A, B, 'code-1')).toBe(key);
    expect(comparisonKey(A, B, 'code-2')).not.toBe(key);
    expect(comparisonKey(release(A.asOf, `${OLDER_CSV}`.replace('31,', '32,')), B, 'code-1')).not.toBe(key);
    expect(comparisonKey(A, { ...B, files: { ...B.files, 'meta.json': `${B.files['meta.json']}\n` } }, 'code-1')).not.toBe(key);
    // The same bytes on the other side are another comparison.
    expect(comparisonKey(B, A, 'code-1')).not.toBe(key);
  });
});

describe('a stored comparison', () => {
  const changes = compared(A, B);
  const key = comparisonKey(A, B, 'code-1');

  it('is read back as it was computed (one revision here), under its key only', () => {
    const cache = tempDir('changes-cache');
    expect(writeComparison(cache, key, changes)).toBe(true);
    expect(changes.revisions.map((r) => `${r.metric},${r.occupation},${r.before.value}->${r.after.value}`)).toEqual([
      'completed,7212,31->35',
    ]);
    expect(readComparison(cache, A.asOf, B.asOf, key)).toEqual(changes);
    expect(readComparison(cache, A.asOf, B.asOf, comparisonKey(A, B, 'code-2'))).toBeUndefined();
    expect(existsSync(path.join(cache, CHANGES_DIR, CACHE_MARKER))).toBe(true);
    expect(readdirSync(path.join(cache, CHANGES_DIR)).filter((n) => n !== CACHE_MARKER)).toEqual([comparisonName(A.asOf, B.asOf, key)]);
  });

  it('damaged, truncated, emptied or without its header is not read (compare again), and reading never throws', () => {
    const cache = tempDir('changes-cache');
    writeComparison(cache, key, changes);
    const file = path.join(cache, CHANGES_DIR, comparisonName(A.asOf, B.asOf, key));
    const stored = readFileSync(file, 'utf8');
    const damaged = [
      stored.replace('"after":{"value":35', '"after":{"value":36'),
      stored.slice(0, stored.length - 20),
      '',
      stored.slice(stored.indexOf('\n') + 1),
      stored.replace('"format":1', '"format":0'),
      '\u0000\u0000\u0000',
    ];
    for (const text of damaged) {
      writeFileSync(file, text);
      expect(readComparison(cache, A.asOf, B.asOf, key)).toBeUndefined();
    }
    writeFileSync(file, stored);
    expect(readComparison(cache, A.asOf, B.asOf, key)).toEqual(changes);
  });

  it('is neither read nor written in a changes/ folder this cache did not make', () => {
    const cache = tempDir('changes-cache');
    writeComparison(cache, key, changes);
    const foreign = tempDir('changes-cache');
    mkdirSync(path.join(foreign, CHANGES_DIR));
    writeFileSync(
      path.join(foreign, CHANGES_DIR, comparisonName(A.asOf, B.asOf, key)),
      readFileSync(path.join(cache, CHANGES_DIR, comparisonName(A.asOf, B.asOf, key))),
    );
    expect(readComparison(foreign, A.asOf, B.asOf, key)).toBeUndefined();
    expect(writeComparison(foreign, comparisonKey(B, C, 'code-1'), compared(B, C))).toBe(false);
    expect(readdirSync(path.join(foreign, CHANGES_DIR))).toEqual([comparisonName(A.asOf, B.asOf, key)]);
  });

  it("is pruned when this build shows its newer release under another key; other kinds' comparisons, fresh temporary files and files not named by the cache stay", () => {
    const cache = tempDir('changes-cache');
    const now = comparisonKey(B, C, 'code-2');
    const otherKind = { ...changes, older: '2025-01-31', newer: '2025-02-28' };
    writeComparison(cache, key, otherKind);
    writeComparison(cache, key, changes);
    writeComparison(cache, comparisonKey(B, C, 'code-1'), compared(B, C));
    writeComparison(cache, now, compared(B, C));
    const dir = path.join(cache, CHANGES_DIR);
    writeFileSync(path.join(dir, 'notes.json'), '{}');
    const oldTemp = `.tmp-${comparisonName(B.asOf, C.asOf, now)}-123-abc`;
    const freshTemp = `.tmp-${comparisonName(B.asOf, C.asOf, now)}-124-abd`;
    writeFileSync(path.join(dir, oldTemp), 'half');
    writeFileSync(path.join(dir, freshTemp), 'half');
    const hourAgo = (Date.now() - 2 * 60 * 60 * 1000) / 1000;
    utimesSync(path.join(dir, oldTemp), hourAgo, hourAgo);
    // This build shows B and C (A is no longer kept) and uses the comparison under `now`.
    const removed = pruneComparisons(cache, new Set([comparisonName(B.asOf, C.asOf, now)]), new Set([B.asOf, C.asOf]));
    expect(removed.sort()).toEqual(
      [oldTemp, comparisonName(A.asOf, B.asOf, key), comparisonName(B.asOf, C.asOf, comparisonKey(B, C, 'code-1'))].sort(),
    );
    expect(readdirSync(dir).sort()).toEqual(
      [CACHE_MARKER, freshTemp, comparisonName('2025-01-31', '2025-02-28', key), comparisonName(B.asOf, C.asOf, now), 'notes.json'].sort(),
    );
  });
});

describe("the changes pages' history", () => {
  afterEach(async () => {
    (await import('../../../src/site/releases/cache.ts')).setSharedChanges(undefined);
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  /** Three kept sample releases; the oldest one's facts.csv does not parse, so whoever parses it fails. */
  function site(): void {
    const root = tempDir('changes-site');
    keepRelease(path.join(root, 'sample'), A.asOf, { 'facts.csv': `${OLDER_CSV}not,a,fact\n`, 'meta.json': A.files['meta.json'] });
    keepRelease(path.join(root, 'sample'), B.asOf, B.files);
    keepRelease(path.join(root, 'sample'), C.asOf, C.files);
    const data = path.join(root, 'site-data');
    mkdirSync(data);
    writeFileSync(path.join(data, 'facts.csv'), NEWER_CSV);
    writeFileSync(path.join(data, 'meta.json'), meta(C.asOf));
    writeFileSync(path.join(data, 'reference.json'), JSON.stringify(REFERENCE));
    writeFileSync(path.join(data, 'demand.json'), JSON.stringify({ by_sector: [], certificate_required: [] }));
    vi.stubEnv('RELEASES', root);
    vi.stubEnv('SITE_DATA', data);
    vi.resetModules();
  }

  it('takes a cached comparison as stored, without parsing its releases, and hands the ones it computed to the integration', async () => {
    site();
    const cache = await import('../../../src/site/releases/cache.ts');
    const { siteChangeHistory } = await import('../../../src/site/releases/history.ts');
    // What the cache holds is what the page shows: a stored comparison that says 7 cells were dropped.
    const stored = { ...compared(A, B), dropped: 7 };
    const computed = new Map<string, ReleaseChanges>();
    cache.setSharedChanges({ cached: new Map([[cache.pairId(A.asOf, B.asOf), stored]]), computed });
    const history = siteChangeHistory();
    expect(history.map((c) => `${c.older}/${c.newer}`)).toEqual([`${B.asOf}/${C.asOf}`, `${A.asOf}/${B.asOf}`]);
    expect(history[1]).toBe(stored);
    expect(history[0]).toEqual(compared(B, C));
    expect([...computed.keys()]).toEqual([cache.pairId(B.asOf, C.asOf)]);
    expect(computed.get(cache.pairId(B.asOf, C.asOf))).toBe(history[0]);
  });

  it('without a cached comparison parses both releases and compares them (here: the unreadable release stops the build)', async () => {
    site();
    const { siteChangeHistory } = await import('../../../src/site/releases/history.ts');
    expect(() => siteChangeHistory()).toThrow(/2026-04-30 cannot be read \(facts.csv line 31: 3 fields, not 7\)/);
  });

  it('lists every release with its number of facts, parsing none of them', async () => {
    site();
    const { siteReleases } = await import('../../../src/site/releases.ts');
    expect(siteReleases().map((r) => [r.asOf, r.factCount])).toEqual([
      [A.asOf, 30],
      [B.asOf, 29],
      [C.asOf, 29],
    ]);
    expect(siteReleases()[2].facts).toHaveLength(29);
  });
});
