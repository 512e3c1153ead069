// The catalogue of injected problems, and how to put one into an exported row. Each kind names what a
// data build following the contract must do with the row.
import type { ExportFile, ExportRow } from './export-file.ts';
import type { Random } from './random.ts';

export interface ProblemKind {
  /** What the build does with the row. */
  effect: 'rejected' | 'out_of_scope' | 'duplicate' | 'warning';
  en: string;
}

export const PROBLEMS: Readonly<Record<string, ProblemKind>> = {
  nonexistent_date: { effect: 'rejected', en: 'a required date that does not exist (31/02/2025, 31 April, 2025-06-31 …)' },
  unknown_program: { effect: 'rejected', en: 'program_code not in programs.csv (courses left out of the table, typos)' },
  unknown_scheme: { effect: 'rejected', en: 'scheme_code not in schemes.csv' },
  end_before_start: { effect: 'rejected', en: 'end_date before start_date on a row that is not ongoing' },
  missing_end_date: { effect: 'rejected', en: 'end_date empty on a row that is not ongoing' },
  missing_person_id: { effect: 'rejected', en: 'NIK / person_id empty' },
  missing_vacancy_id: { effect: 'rejected', en: 'vacancy_id empty' },
  conflicting_duplicate: { effect: 'rejected', en: 'the same id again in the same file with a different value (conflicting duplicate id)' },
  kecamatan_outside_cilegon: {
    effect: 'rejected',
    en: 'city empty (so in scope) but the kecamatan is in Kab. Serang (Kramatwatu, Bojonegara, Anyar)',
  },
  unknown_enrollment: { effect: 'rejected', en: 'enrollment_id that no enrollment row has' },
  invalid_result: { effect: 'rejected', en: 'result not an accepted spelling (Lulus, Tidak Hadir, Ditunda)' },
  invalid_placement_type: { effect: 'rejected', en: 'placement_type not an accepted spelling (Magang, Belum Bekerja)' },
  invalid_positions: { effect: 'rejected', en: 'positions `10 orang`, `0` or `banyak`' },
  out_of_scope_city: { effect: 'out_of_scope', en: 'city outside Kota Cilegon (Kab. Serang, Kota Serang)' },
  out_of_scope_link: { effect: 'out_of_scope', en: 'city empty, but the linked enrollment is out of scope' },
  exact_duplicate: {
    effect: 'duplicate',
    en: 'an exact copy of an earlier row of the same file (in peserta_2023.csv only the unknown `No` column differs)',
  },
  invalid_birth_date: { effect: 'warning', en: 'birth_date that does not exist (optional: treated as missing)' },
  invalid_sex: { effect: 'warning', en: 'sex `X` (optional enum: treated as missing)' },
  ongoing_end_before_start: { effect: 'warning', en: 'ongoing row whose planned end_date is before start_date (treated as missing)' },
  invalid_valid_until: { effect: 'warning', en: 'valid_until that does not exist (the scheme validity applies)' },
  invalid_occupation_code: { effect: 'warning', en: 'occupation_code `72121` or `-` (not 4 digits: falls back as if empty)' },
  invalid_wage: { effect: 'warning', en: 'monthly_wage `lima juta` or `5,1 jt` (not an integer)' },
  unknown_required_scheme: { effect: 'warning', en: 'required_scheme not in schemes.csv (optional code: treated as missing)' },
  invalid_closing_date: { effect: 'warning', en: 'closing_date that does not exist' },
};

/** Rows a problem may be put into: accepted, untouched, not copied or pointed at by others. */
function candidates(
  files: readonly ExportFile[],
  where: (row: ExportRow, file: ExportFile) => boolean,
): { file: ExportFile; row: ExportRow }[] {
  const found: { file: ExportFile; row: ExportRow }[] = [];
  for (const file of files) {
    for (const row of file.rows) {
      if (row.fate === 'accepted' && !row.locked && row.problem === null && row.warnings.length === 0 && where(row, file))
        found.push({ file, row });
    }
  }
  return found;
}

export function chooseRow(
  random: Random,
  files: readonly ExportFile[],
  where: (row: ExportRow, file: ExportFile) => boolean = () => true,
): { file: ExportFile; row: ExportRow } {
  const found = candidates(files, where);
  if (found.length === 0) throw new Error('no row left to inject a problem into');
  const chosen = random.pick(found);
  chosen.row.locked = true;
  return chosen;
}

export function reject(row: ExportRow, problem: string): void {
  if (PROBLEMS[problem]?.effect !== 'rejected') throw new Error(`${problem} is not a rejection`);
  row.fate = 'rejected';
  row.problem = problem;
  row.locked = true;
}

export function warn(row: ExportRow, warning: string): void {
  if (PROBLEMS[warning]?.effect !== 'warning') throw new Error(`${warning} is not a warning`);
  row.warnings.push(warning);
  row.locked = true;
}

function insertLater(random: Random, file: ExportFile, original: ExportRow, copy: ExportRow): void {
  const at = file.rows.indexOf(original);
  file.rows.splice(Math.min(file.rows.length, at + random.int(1, 40)), 0, copy);
}

export function duplicateExactly(random: Random, file: ExportFile, original: ExportRow): void {
  original.locked = true;
  insertLater(random, file, original, {
    ...original,
    cells: { ...original.cells },
    fate: 'duplicate',
    problem: 'exact_duplicate',
    warnings: [],
    facts: null,
  });
}

export function duplicateWithConflict(
  random: Random,
  file: ExportFile,
  original: ExportRow,
  change: (cells: Record<string, string>) => void,
): void {
  original.locked = true;
  const cells = { ...original.cells };
  change(cells);
  if (Object.keys(cells).every((k) => cells[k] === original.cells[k])) throw new Error('a conflicting duplicate must differ');
  insertLater(random, file, original, {
    ...original,
    cells,
    fate: 'rejected',
    problem: 'conflicting_duplicate',
    warnings: [],
    facts: null,
  });
}

/** Blank lines and lines of empty fields, as Excel leaves them; never counted as rows. */
export function sprinkleBlankLines(random: Random, file: ExportFile, blank: number, emptyFields: number): void {
  for (let i = 0; i < blank; i++) file.blankAfter.push(random.int(0, file.rows.length - 1));
  for (let i = 0; i < emptyFields; i++) file.emptyFieldsAfter.push(random.int(0, file.rows.length - 1));
}
