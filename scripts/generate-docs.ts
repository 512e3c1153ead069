// Writes the docs derived from the contract in code: docs/input-format.md (the data team's guide) and
// docs/data-contract.md (the project's binding contract). Run after changing src/pipeline/contract.ts:
// `node scripts/generate-docs.ts`.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderDataContract } from '../src/pipeline/docs/data-contract.ts';
import { renderInputFormat } from '../src/pipeline/docs/input-format.ts';

for (const [name, render] of [
  ['input-format.md', renderInputFormat],
  ['data-contract.md', renderDataContract],
] as const) {
  const target = path.resolve(import.meta.dirname, '../docs', name);
  const text = render();
  // Only ever a file this script wrote: it starts with the same generated-file line.
  const generatedLine = text.slice(0, text.indexOf('\n') + 1);
  if (existsSync(target) && !readFileSync(target, 'utf8').startsWith(generatedLine)) {
    console.error(
      `DITOLAK / REFUSED: ${target} tidak dibuat oleh skrip ini (baris pertamanya lain); tidak ditimpa / was not written by this script (its first line differs); not replaced`,
    );
    process.exit(2);
  }
  writeFileSync(target, text);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
