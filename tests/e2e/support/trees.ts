// Two folders compared file by file, byte for byte: for the reproducible-build check.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, as sorted relative paths with `/`. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() || e.isSymbolicLink())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

export interface TreeDifference {
  file: string;
  /** `only in a` / `only in b`, or where the bytes first differ. */
  reason: string;
}

export function treeDifferences(a: string, b: string): TreeDifference[] {
  const inA = filesUnder(a);
  const inB = new Set(filesUnder(b));
  const out: TreeDifference[] = [];
  for (const file of inA) {
    if (!inB.has(file)) {
      out.push({ file, reason: 'only in the first build' });
      continue;
    }
    inB.delete(file);
    const x = readFileSync(path.join(a, file));
    const y = readFileSync(path.join(b, file));
    if (x.equals(y)) continue;
    let at = 0;
    while (at < x.length && at < y.length && x[at] === y[at]) at++;
    out.push({
      file,
      reason: `bytes differ from byte ${at} (${x.length} vs ${y.length} bytes): ${JSON.stringify(x.subarray(at, at + 40).toString('latin1'))} vs ${JSON.stringify(y.subarray(at, at + 40).toString('latin1'))}`,
    });
  }
  for (const file of inB) out.push({ file, reason: 'only in the second build' });
  return out;
}
