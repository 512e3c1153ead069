// What changed between the kept releases, computed once per build. /perubahan/ and /en/changes/ show
// every comparison, and those pages' heads (title, description, social preview) name the newest one:
// four pages asked for the whole history each, and with 24 releases each asking compared 23 pairs of
// releases again (the changes page's preview alone took 13 s of a loaded build).
import { changeHistory } from '../../releases/history.ts';
import type { ReleaseChanges } from '../../releases/revisions.ts';
import { siteReleases } from '../releases.ts';

let history: ReleaseChanges[] | undefined;

/** Every kept release against the one before it, newest comparison first (../../releases/history.ts). */
export function siteChangeHistory(): ReleaseChanges[] {
  history ??= changeHistory(siteReleases());
  return history;
}
