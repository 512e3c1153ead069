// Placements (§5, §7): people placed in work. Owns the stored placement-type codes; occupation,
// kecamatan and sex come from the linked enrollment when the row gives none.

import { PLACEMENT_TYPES, type PlacementType } from '../contract.ts';
import { sexCode } from '../dimensions.ts';
import { columnIndex } from '../validate.ts';
import type { DatasetModule } from './dataset.ts';
import { fieldIndex, namedCodes, type DatasetRows } from './rows.ts';

/** Stored placement-type codes: `PLACEMENT_TYPE.employed`, … */
export const PLACEMENT_TYPE = namedCodes(PLACEMENT_TYPES);

export const PLACEMENT_FIELDS = ['person', 'day', 'occupation', 'kecamatan', 'sex', 'enrollment', 'type'] as const;
export type PlacementField = (typeof PLACEMENT_FIELDS)[number];
export type PlacementRows = DatasetRows<PlacementField>;
/** `enrollment` of a placement that links to none. */
export const NOT_LINKED = -1;
/** `occupation` until the merge: the row gives no occupation code. */
const OCCUPATION_NOT_GIVEN = -1;

const F = fieldIndex(PLACEMENT_FIELDS);
const at = (name: string) => columnIndex('placements', name);
const ix = { day: at('placement_date'), occupation: at('occupation_code'), type: at('placement_type'), sex: at('sex') };

export const placements: DatasetModule<PlacementField> = {
  name: 'placements',
  fields: PLACEMENT_FIELDS,
  person: true,
  link: true,
  encode({ values: v, kecamatan }, encoding, out) {
    out[F.day] = v[ix.day] as number;
    out[F.occupation] = v[ix.occupation] !== null ? encoding.occupationOf(v[ix.occupation] as string) : OCCUPATION_NOT_GIVEN;
    out[F.kecamatan] = kecamatan;
    out[F.sex] = sexCode(v[ix.sex] as string | null);
    out[F.enrollment] = NOT_LINKED;
    out[F.type] = PLACEMENT_TYPE[v[ix.type] as PlacementType];
    return null;
  },
  inherit(out, linked, enrollments, dimensions) {
    out[F.enrollment] = linked;
    if (out[F.occupation] === OCCUPATION_NOT_GIVEN)
      out[F.occupation] = linked >= 0 ? enrollments.columns.occupation.data[linked] : dimensions.other;
    if (linked < 0) return;
    if (out[F.kecamatan] === dimensions.unknownKecamatan) out[F.kecamatan] = enrollments.columns.kecamatan.data[linked];
    if (out[F.sex] === dimensions.unknownSex) out[F.sex] = enrollments.columns.sex.data[linked];
  },
};
