// Writes docs/input-format.md, the data team's guide, from the contract in code.
// Run after changing src/pipeline/contract.ts: `node scripts/generate-docs.ts`.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderInputFormat } from '../src/pipeline/docs/input-format.ts';

const target = path.resolve(import.meta.dirname, '../docs/input-format.md');
writeFileSync(target, renderInputFormat());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
