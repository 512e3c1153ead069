// The site's releases: which releases a site shows, whether its live data is one, a release as site
// data for the same figure builders, and the labelled change list a journalist reads.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFacts } from '../../../src/pipeline/published.ts';
import { releaseChanges } from '../../../src/releases/revisions.ts';
import { keepRelease } from '../../../src/releases/store.ts';
import { changeRow, largestText } from '../../../src/site/changes.ts';
import { editionFigures } from '../../../src/site/figures/index.ts';
import { formatter } from '../../../src/site/format.ts';
import { isStale } from '../../../src/site/freshness.ts';
import { t } from '../../../src/site/i18n/index.ts';
import { latestChanges, liveReleaseOf, loadReleases, releaseSiteData } from '../../../src/site/releases.ts';
import { changeSummary } from '../../../src/releases/revisions.ts';
import { FACTS_CSV, REFERENCE, fixtureSite } from './fixture.ts';

const meta = (asOf: string, extra: object = {}) => `${JSON.stringify({ ...fixtureSite().meta, as_of: asOf, ...extra })}\n`;
const OLDER_CSV = FACTS_CSV.replace('completed,2025,7212,*,*,35,', 'completed,2025,7212,*,*,31,').replace(
  'completed,2025,*,3672010,*,12,',
  'completed,2025,*,3672010,*,,suppressed',
);

function root(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lm-site-releases-'));
  keepRelease(path.join(dir, 'sample'), '2026-04-30', { 'facts.csv': OLDER_CSV, 'meta.json': meta('2026-04-30') });
  keepRelease(path.join(dir, 'sample'), '2026-05-31', {
    'facts.csv': FACTS_CSV,
    'meta.json': meta('2026-05-31', { previous_release: '2026-04-30' }),
  });
  keepRelease(dir, '2026-05-31', { 'facts.csv': FACTS_CSV, 'meta.json': meta('2026-05-31', { sample: false }) });
  return dir;
}

describe('the releases a site shows', () => {
  const dir = root();

  it("are those of its own kind, oldest first: the sample's for a sample site, else the real ones", () => {
    expect(loadReleases(dir, { sample: true }).map((r) => r.asOf)).toEqual(['2026-04-30', '2026-05-31']);
    expect(loadReleases(dir, { sample: false }).map((r) => r.asOf)).toEqual(['2026-05-31']);
    expect(loadReleases(dir, { sample: true })[1].meta.previous_release).toBe('2026-04-30');
  });

  it('know which release the live data is, and refuse a kept release with other numbers', () => {
    const releases = loadReleases(dir, { sample: true });
    const live = fixtureSite();
    expect(liveReleaseOf(releases, live)).toBe('2026-05-31');
    expect(liveReleaseOf(releases, { ...live, meta: { ...live.meta, as_of: '2026-06-30' } })).toBeUndefined();
    expect(() => liveReleaseOf(releases, { ...live, factsCsv: OLDER_CSV })).toThrow(/differs from the kept release 2026-05-31/);
  });

  it('compare the newest release with the one before it', () => {
    const changes = latestChanges(loadReleases(dir, { sample: true }))!;
    expect([changes.older, changes.newer]).toEqual(['2026-04-30', '2026-05-31']);
    expect(changes.revisions.map((r) => `${r.metric},${r.occupation},${r.kecamatan}`)).toEqual(['completed,7212,*', 'completed,*,3672010']);
    expect(latestChanges(loadReleases(dir, { sample: false }))).toBeUndefined();
  });
});

describe("a release drawn by the site's figure builders", () => {
  const live = fixtureSite();
  const [older] = loadReleases(root(), { sample: true });
  const site = releaseSiteData(older, live);
  const figures = editionFigures(site, 'id', older.asOf);

  it("has the release's numbers and today's names", () => {
    expect(site.meta.as_of).toBe('2026-04-30');
    expect(site.reference).toBe(live.reference);
    const funnel = figures.find((f) => f.id === 'welders-funnel')!;
    expect(funnel.data.find((d) => d.row === 'Lulus pelatihan')?.cell).toEqual({ value: 31, flag: '' });
    expect(
      editionFigures(live, 'id')
        .find((f) => f.id === 'welders-funnel')!
        .data.find((d) => d.row === 'Lulus pelatihan')?.cell,
    ).toEqual({ value: 35, flag: '' });
  });

  it("leaves out the charts drawn from vacancy details a release does not keep, and puts the overview's on the release page", () => {
    expect(figures.some((f) => f.id.endsWith('-demand-by-sector') || f.id.endsWith('-certificate-required'))).toBe(false);
    expect(
      editionFigures(live, 'id')
        .filter((f) => f.demandDetails)
        .map((f) => f.id),
    ).toContain('welders-demand-by-sector');
    expect(figures.every((f) => f.release === '2026-04-30')).toBe(true);
    expect(figures.filter((f) => f.page.kind === 'release').map((f) => f.id)).toEqual([
      'demand-supply-gap',
      'demand-supply-trend',
      'training-funnel',
      'kecamatan-map',
    ]);
    expect(figures.find((f) => f.id === 'welders-funnel')!.page).toEqual({ kind: 'occupation', slug: 'welders' });
  });
});

describe('the change list as people read it', () => {
  const older = {
    asOf: '2025-08-31',
    facts: parseFacts(
      'metric,period,occupation,kecamatan,sex,value,flag\nplaced,2025-Q2,7212,*,*,41,\nplaced,2025-Q2,*,3672011,*,9,\nplaced,2025-Q2,*,*,P,6,\nplacement_rate_180d,2025-Q1,*,*,*,0.400,\n',
    ),
  };
  const newer = {
    asOf: '2025-09-30',
    facts: parseFacts(
      'metric,period,occupation,kecamatan,sex,value,flag\nplaced,2025-Q2,7212,*,*,47,\nplaced,2025-Q2,*,3672011,*,,suppressed\nplaced,2025-Q2,*,*,P,5,\nplacement_rate_180d,2025-Q1,*,*,*,0.417,\n',
    ),
  };
  const changes = releaseChanges(older, newer);

  it('names metric, period and breakdown in each language, and writes "suppressed", never a number, for a hidden cell', () => {
    const id = { s: t('id'), fmt: formatter('id'), reference: REFERENCE };
    const en = { s: t('en'), fmt: formatter('en'), reference: REFERENCE };
    expect(
      changes.revisions.map((r) => changeRow(id, r)).map((r) => [r.metric, r.period, r.breakdown, r.before, r.after, r.change]),
    ).toEqual([
      ['Ditempatkan kerja', 'triwulan II 2025', 'Pekerja Pengelasan', '41', '47', '+6'],
      ['Tingkat penempatan 180 hari', 'triwulan I 2025', 'semua', '40%', '41,7%', '+1,7 poin persen'],
      ['Ditempatkan kerja', 'triwulan II 2025', 'perempuan', '6', '5', '−1'],
      ['Ditempatkan kerja', 'triwulan II 2025', 'Citangkil', '9', 'disembunyikan', ''],
    ]);
    expect(changeRow(en, changes.revisions[3])).toMatchObject({
      metric: 'Placed in work',
      period: 'Q2 2025',
      breakdown: 'Citangkil',
      before: '9',
      after: 'suppressed',
    });
    expect(largestText(en, changeSummary(changes)[0])).toBe('Q2 2025, Welders: 41 → 47 (+6)');
  });
});

describe('freshness', () => {
  it('marks a source stale when its latest event is more than 60 days before the as-of date', () => {
    expect(isStale('2026-08-01', '2026-09-30')).toBe(false); // 60 days
    expect(isStale('2026-07-31', '2026-09-30')).toBe(true); // 61 days
    expect(isStale(undefined, '2026-09-30')).toBe(false);
    expect(isStale('2026-09-20', '2026-09-30', 7)).toBe(true);
  });
});
