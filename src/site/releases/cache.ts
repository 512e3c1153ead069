// The releases whose pages this build renders: every kept release, less those whose finished pages
// the release page cache holds under their current key (./integration.ts decides that before the
// pages are rendered, and copies the cached files into dist/ after). Every route of a release's pages
// and files takes its releases from here. Outside `astro build` (dev server, tests) nothing is
// cached and every release is rendered.
import type { ReleaseChanges } from '../../releases/revisions.ts';
import { siteReleases, type SiteRelease } from '../releases.ts';

// The integration runs in Astro's own module graph, the routes in the build's bundle: two copies of
// this module, one process. A registered symbol on globalThis is what they share.
const CACHED = Symbol.for('link-and-match-cilegon.release-page-cache.cached');
type Shared = { [CACHED]?: ReadonlySet<string> };

/** Set by the integration at the start of a build: the as-of dates whose pages come from the cache. */
export function setCachedReleases(asOfs: ReadonlySet<string> | undefined): void {
  (globalThis as Shared)[CACHED] = asOfs;
}

export function cachedReleases(): ReadonlySet<string> {
  return (globalThis as Shared)[CACHED] ?? new Set();
}

/** The releases to render in this build, oldest first. */
export function releasesToRender(): SiteRelease[] {
  const cached = cachedReleases();
  return siteReleases().filter((r) => !cached.has(r.asOf));
}

// The comparisons of consecutive releases, shared the same way: those the integration found in the
// cache (./changes-cache.ts), and those the pages computed in this build, for it to store afterwards.
const CHANGES = Symbol.for('link-and-match-cilegon.release-page-cache.changes');
export interface SharedChanges {
  /** By pairId. */
  cached: ReadonlyMap<string, ReleaseChanges>;
  computed: Map<string, ReleaseChanges>;
}
type SharedState = { [CHANGES]?: SharedChanges };

export function pairId(older: string, newer: string): string {
  return `${older}/${newer}`;
}

/** Set by the integration at the start of a build (undefined: no cache, compare every pair). */
export function setSharedChanges(changes: SharedChanges | undefined): void {
  (globalThis as SharedState)[CHANGES] = changes;
}

export function sharedChanges(): SharedChanges | undefined {
  return (globalThis as SharedState)[CHANGES];
}
