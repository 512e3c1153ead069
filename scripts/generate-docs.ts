// Writes the docs derived from the contract in code: docs/input-format.md (the data team's guide) and
// docs/data-contract.md (the project's binding contract). Run after changing src/pipeline/contract.ts:
// `node scripts/generate-docs.ts`.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderDataContract } from '../src/pipeline/docs/data-contract.ts';
import { renderInputFormat } from '../src/pipeline/docs/input-format.ts';

for (const [name, render] of [['input-format.md', renderInputFormat], ['data-contract.md', renderDataContract]] as const) {
  const target = path.resolve(import.meta.dirname, '../docs', name);
  writeFileSync(target, render());
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}
