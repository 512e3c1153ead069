// What changed between the kept releases, computed once per build. /perubahan/ and /en/changes/ show
// every comparison, and those pages' heads (title, description, social preview) name the newest one:
// four pages asked for the whole history each, and with 24 releases each asking compared 23 pairs of
// releases again (the changes page's preview alone took 13 s of a loaded build). A comparison the
// release page cache holds is taken from there, without parsing either release (./changes-cache.ts).
import { changeHistory } from '../../releases/history.ts';
import { releaseChanges, type ReleaseChanges } from '../../releases/revisions.ts';
import { siteReleases, type SiteRelease } from '../releases.ts';
import { pairId, sharedChanges } from './cache.ts';

let history: ReleaseChanges[] | undefined;

/** Every kept release against the one before it, newest comparison first (../../releases/history.ts). */
export function siteChangeHistory(): ReleaseChanges[] {
  history ??= changeHistory(siteReleases(), cachedOrCompared);
  return history;
}

function cachedOrCompared(older: SiteRelease, newer: SiteRelease): ReleaseChanges {
  const shared = sharedChanges();
  const id = pairId(older.asOf, newer.asOf);
  const cached = shared?.cached.get(id);
  if (cached) return cached;
  const changes = releaseChanges(older, newer);
  shared?.computed.set(id, changes);
  return changes;
}
