// The releases the site shows (docs/data-rules.md, "Releases and revisions"): the kept facts.csv and
// meta.json of every release of the same kind as the live data (sample or real), each one a SiteData
// that the same figure builders draw — names, population and map from today's reference, the numbers
// from the release. Read from `data/releases` (env RELEASES names another root).
import { join, resolve } from 'node:path';
import { countFacts, type PublishedFact } from '../pipeline/published.ts';
import { releaseChanges, type ReleaseChanges } from '../releases/revisions.ts';
import { RELEASES_ROOT, parsePublishedFacts, readReleaseFiles, releaseDates, releasesFolder, type Release } from '../releases/store.ts';
import { indexFacts, siteData, type Meta, type SiteData } from './facts.ts';

export interface SiteRelease {
  asOf: string;
  meta: Meta;
  files: Release['files'];
  /** Parsed on first use: a release whose pages and comparisons come from the release page cache needs none. */
  readonly facts: Release['facts'];
  /** How many facts its facts.csv holds (the release list), without parsing them. */
  factCount: number;
}

export function releasesRoot(): string {
  return resolve(process.env.RELEASES ?? RELEASES_ROOT);
}

/** Oldest first; given the live meta, so tests can pass their own. */
export function loadReleases(root: string, live: Pick<Meta, 'sample'>): SiteRelease[] {
  const folder = releasesFolder(root, live.sample);
  return releaseDates(folder).map((asOf) => {
    const r = readReleaseFiles(folder, asOf);
    let facts: PublishedFact[] | undefined;
    return {
      asOf,
      files: r.files,
      get facts() {
        facts ??= parsePublishedFacts(join(folder, asOf), r.files['facts.csv']);
        return facts;
      },
      factCount: countFacts(r.files['facts.csv']),
      meta: JSON.parse(r.files['meta.json']) as Meta,
    };
  });
}

/**
 * The release the live data is, if its as-of date is kept. A kept release that differs from the live
 * facts.csv stops the build: pinned embeds would show other numbers than the page they came from.
 */
export function liveReleaseOf(releases: readonly SiteRelease[], live: Pick<SiteData, 'meta' | 'factsCsv'>): string | undefined {
  const kept = releases.find((r) => r.asOf === live.meta.as_of);
  if (!kept) return undefined;
  if (kept.files['facts.csv'] !== live.factsCsv) {
    throw new Error(
      `the live facts.csv (as of ${live.meta.as_of}) differs from the kept release ${live.meta.as_of}: build the data with --releases data/releases (npm run build), or see docs/data-rules.md, "Releases and revisions"`,
    );
  }
  return kept.asOf;
}

/** Newest release against the one before it; none with fewer than two releases. */
export function latestChanges(releases: readonly SiteRelease[]): ReleaseChanges | undefined {
  if (releases.length < 2) return undefined;
  return releaseChanges(releases[releases.length - 2], releases[releases.length - 1]);
}

/** A release as site data: its facts and meta; today's reference and map; no vacancy details (releases do not keep them). */
export function releaseSiteData(release: SiteRelease, live: Pick<SiteData, 'reference' | 'geo'>): SiteData {
  return {
    facts: release.facts,
    factsCsv: release.files['facts.csv'],
    index: indexFacts(release.facts),
    meta: release.meta,
    reference: live.reference,
    geo: live.geo,
    demand: { by_sector: [], certificate_required: [] },
  };
}

let loaded: SiteRelease[] | undefined;
const sites = new Map<string, SiteData>();

/** Every release of the live data's kind, oldest first, loaded once per build. */
export function siteReleases(): SiteRelease[] {
  loaded ??= loadReleases(releasesRoot(), siteData().meta);
  return loaded;
}

export function siteRelease(asOf: string): SiteRelease {
  const r = siteReleases().find((x) => x.asOf === asOf);
  if (!r) throw new Error(`no release "${asOf}"`);
  return r;
}

/** The data of the live site, or of one release. */
export function editionData(release?: string): SiteData {
  if (release === undefined) return siteData();
  let site = sites.get(release);
  if (!site) sites.set(release, (site = releaseSiteData(siteRelease(release), siteData())));
  return site;
}

let live: { release: string | undefined } | undefined;

/** The as-of date of the release the live site is, if it is kept. */
export function liveRelease(): string | undefined {
  live ??= { release: liveReleaseOf(siteReleases(), siteData()) };
  return live.release;
}
