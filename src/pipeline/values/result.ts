// The outcome of parsing one cell. Failures carry a reason a data clerk can act on; the caller
// adds the file, line, column and raw value, so a reason never repeats the value itself.

import type { Reason } from '../reasons.ts';

export type ValueResult<T> = { ok: true; value: T } | { ok: false; reason: Reason };

export function valid<T>(value: T): ValueResult<T> {
  return { ok: true, value };
}

/**
 * A failed result for a fixed reason. Parsers create these once, at module load, and return the
 * same frozen object every time: a bad column in a million-row file allocates nothing.
 */
export function invalid(reason: Reason): { readonly ok: false; readonly reason: Reason } {
  return Object.freeze({ ok: false, reason: Object.freeze(reason) });
}
