// The kecamatan of a row (contract §6), published by BPS code. Codes must be written exactly as
// in the table; names are forgiving about case, spaces, dots, hyphens and a leading "Kecamatan".

import { KECAMATAN_LIST } from '../contract.ts';

const IGNORED_IN_NAMES = /[\s.-]+/g;
// After spaces and dots are gone, `Kecamatan X`, `Kec. X` and `Kec X` all start like this.
const KECAMATAN_PREFIX = /^(?:kecamatan|kec)/;

/** The comparison form of a kecamatan name: lower case, without white space, `.` or `-`. */
function nameKey(text: string): string {
  return text.toLowerCase().replace(IGNORED_IN_NAMES, '');
}

const BPS_BY_CODE: ReadonlyMap<string, string> = new Map(
  KECAMATAN_LIST.flatMap(
    (k) =>
      [
        [k.bps, k.bps],
        [k.kemendagri, k.bps],
      ] as const,
  ),
);

const BPS_BY_NAME: ReadonlyMap<string, string> = new Map(
  KECAMATAN_LIST.flatMap((k) => [k.name, ...k.also].map((name) => [nameKey(name), k.bps] as const)),
);

/** The BPS code of a cleaned, non-empty kecamatan cell, or null when it is not a kecamatan of Kota Cilegon. */
export function matchKecamatan(raw: string): string | null {
  const byCode = BPS_BY_CODE.get(raw);
  if (byCode !== undefined) return byCode;
  const key = nameKey(raw);
  return BPS_BY_NAME.get(key) ?? BPS_BY_NAME.get(key.replace(KECAMATAN_PREFIX, '')) ?? null;
}
