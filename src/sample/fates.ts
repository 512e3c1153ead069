// The contract's repeat rules (§4 "Keys, repeats and links"), applied to what the generator wrote, so
// the README can say exactly what the data build should count.
import type { ExportFile, ExportRow, Fate } from './export-file.ts';

/** Byte order of paths, as the build reads a dataset's files. */
export function inReadingOrder(files: readonly ExportFile[]): ExportFile[] {
  return [...files].sort((a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)));
}

/** A later file's accepted row replaces an earlier accepted row with the same id. */
export function markSuperseded(files: readonly ExportFile[]): void {
  const lastAccepted = new Map<string, { row: ExportRow; path: string }>();
  for (const file of inReadingOrder(files)) {
    const inThisFile = new Set<string>();
    for (const row of file.rows) {
      if (row.fate !== 'accepted') continue;
      if (inThisFile.has(row.id)) throw new Error(`${file.path}: two accepted rows with id ${row.id}`);
      inThisFile.add(row.id);
      const earlier = lastAccepted.get(row.id);
      if (earlier) {
        earlier.row.fate = 'superseded';
        earlier.row.problem = null;
      }
      lastAccepted.set(row.id, { row, path: file.path });
    }
  }
}

export type LinkTarget = 'accepted' | 'out_of_scope' | 'unknown';

/** What a certification or placement pointing at this enrollment_id finds in the final enrollments. */
export function linkTargets(enrollmentFiles: readonly ExportFile[]): (id: string) => LinkTarget {
  const accepted = new Set<string>();
  const outOfScope = new Set<string>();
  for (const file of enrollmentFiles) {
    for (const row of file.rows) {
      if (row.fate === 'accepted') accepted.add(row.id);
      if (row.fate === 'out_of_scope') outOfScope.add(row.id);
    }
  }
  return (id) => (accepted.has(id) ? 'accepted' : outOfScope.has(id) ? 'out_of_scope' : 'unknown');
}

export type FateCounts = Record<'rows_read' | Fate, number>;

export function countFates(rows: readonly ExportRow[]): FateCounts {
  const counts: FateCounts = { rows_read: rows.length, accepted: 0, rejected: 0, duplicate: 0, superseded: 0, out_of_scope: 0 };
  for (const row of rows) counts[row.fate]++;
  return counts;
}
