// How fresh each data source is: its latest event against the as-of date. A source whose latest
// event is more than 60 days older than the as-of date is "stale" (data lama): an export that stopped
// arriving, not a quiet month.
import { daysBetween } from '../pipeline/periods.ts';

/** Days between a source's latest event and the as-of date beyond which it is stale. */
export const STALE_AFTER_DAYS = 60;

/** True when the latest event is more than `days` days before the as-of date; a source with no event at all is not "stale" but missing. */
export function isStale(latestEvent: string | undefined, asOf: string, days: number = STALE_AFTER_DAYS): boolean {
  if (latestEvent === undefined) return false;
  return daysBetween(latestEvent, asOf) > days;
}
