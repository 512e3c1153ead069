// Compares two built sites file by file: which files only one has, and which differ in their bytes.
// For refactors that must not change the site (`npm run build`, then against a copy of main's dist/):
//   node scripts/compare-dist.ts /tmp/baseline-dist dist
// Exit code 0 when both hold the same files with the same bytes, 1 otherwise.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

function files(root: string): string[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: node scripts/compare-dist.ts <dist-before> <dist-after>');
  process.exit(2);
}
const a = files(before);
const b = files(after);
const inB = new Set(b);
const inA = new Set(a);
const onlyBefore = a.filter((f) => !inB.has(f));
const onlyAfter = b.filter((f) => !inA.has(f));
const differ = a.filter((f) => inB.has(f) && !readFileSync(path.join(before, f)).equals(readFileSync(path.join(after, f))));

const list = (title: string, names: string[]) => {
  if (!names.length) return;
  console.log(`${title} (${names.length}):`);
  for (const name of names.slice(0, 50)) console.log(`  ${name}`);
  if (names.length > 50) console.log(`  … and ${names.length - 50} more`);
};
list(`only in ${before}`, onlyBefore);
list(`only in ${after}`, onlyAfter);
list('different bytes', differ);
const same = a.length - onlyBefore.length - differ.length;
console.log(`${a.length} files before, ${b.length} after, ${same} identical`);
process.exitCode = onlyBefore.length || onlyAfter.length || differ.length ? 1 : 0;
