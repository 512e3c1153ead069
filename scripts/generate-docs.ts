// Writes docs/input-format.md, the data team's guide, from the contract in code.
// Run after changing src/pipeline/contract.ts: `node scripts/generate-docs.ts`.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderInputFormat } from '../src/pipeline/docs/input-format.ts';

const target = path.resolve(import.meta.dirname, '../docs/input-format.md');
const text = renderInputFormat();
// Only ever a file this script wrote: it starts with the same generated-file line.
const generatedLine = text.slice(0, text.indexOf('\n') + 1);
if (existsSync(target) && !readFileSync(target, 'utf8').startsWith(generatedLine)) {
  console.error(`DITOLAK / REFUSED: ${target} tidak dibuat oleh skrip ini (baris pertamanya lain); tidak ditimpa / was not written by this script (its first line differs); not replaced`);
  process.exit(2);
}
writeFileSync(target, text);
console.log(`wrote ${path.relative(process.cwd(), target)}`);
