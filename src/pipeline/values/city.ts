// Scope (contract §5): a row belongs to Kota Cilegon when its city is empty or names the city
// itself. Anything else — another city, a kabupaten, a kecamatan written in the city column —
// is out of scope: counted, and used for nothing.

import { CITY_IN_SCOPE } from '../contract.ts';
import { enumKey } from './enums.ts';

const IN_SCOPE: ReadonlySet<string> = new Set(CITY_IN_SCOPE.map(enumKey));

/** Whether a cleaned city cell (empty when missing) is Kota Cilegon. */
export function isCityInScope(raw: string): boolean {
  return raw === '' || IN_SCOPE.has(enumKey(raw));
}
