// The site reads the data build's output, never its internals (issue 10, item 4): the pages, their
// components and src/site/ import from src/pipeline/ only the published files' types and reader, the
// contract, and the pure helpers every reader of the files needs.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SITE_FOLDERS = ['src/site', 'src/pages', 'src/components', 'src/layouts'];
const PIPELINE = path.join(ROOT, 'src/pipeline');

/** What the site may import from the pipeline, and why. */
const ALLOWED = new Map([
  ['published.ts', 'the published files: types, flags, the facts.csv reader and key'],
  ['contract.ts', 'metrics, datasets and their properties'],
  ['periods.ts', 'the one calendar: period labels and their days'],
  ['csv-writer.ts', 'the one CSV writer, for the downloads'],
  [
    'reference-table.ts',
    'the one reference-table loader, for licences-outside.csv: a table kept by hand for the site, not an input of the data build',
  ],
  ['values/codes.ts', 'pure: an occupation code as the contract writes it'],
  ['values/result.ts', 'pure: a parsed value or its reason'],
  ['messages.ts', 'the languages of every message (Lang)'],
]);

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"]+)\1/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mts|astro|mjs|js)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Every module of src/pipeline/ a file imports, as a path relative to src/pipeline/. */
function pipelineImports(file: string, text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    if (!m[2].startsWith('.')) continue;
    const target = path.resolve(path.dirname(file), m[2]);
    if (target.startsWith(PIPELINE + path.sep)) found.push(path.relative(PIPELINE, target).split(path.sep).join('/'));
  }
  return found;
}

describe('the boundary between the data build and the site', () => {
  it('finds imports of every form it has to catch', () => {
    const file = path.join(ROOT, 'src/site/figures/x.ts');
    const text = [
      "import type { Fact } from '../../pipeline/metrics.ts';",
      'import {\n  a,\n  b,\n} from "../../pipeline/ingest.ts";',
      "export { c } from '../../pipeline/publish.ts';",
      "const d = await import('../../pipeline/read/discover.ts');",
      "import '../../pipeline/suppress.ts';",
      "import { e } from '../facts.ts';",
      "import * as Plot from '@observablehq/plot';",
    ].join('\n');
    expect(pipelineImports(file, text)).toEqual(['metrics.ts', 'ingest.ts', 'publish.ts', 'read/discover.ts', 'suppress.ts']);
  });

  it('the pages, components and src/site/ import from src/pipeline/ only published.ts, contract.ts and pure helpers', () => {
    const crossings: string[] = [];
    let files = 0;
    for (const folder of SITE_FOLDERS) {
      for (const file of sourceFiles(path.join(ROOT, folder))) {
        files++;
        for (const module of pipelineImports(file, readFileSync(file, 'utf8'))) {
          if (!ALLOWED.has(module)) crossings.push(`${path.relative(ROOT, file)} imports src/pipeline/${module}`);
        }
      }
    }
    expect(files).toBeGreaterThan(50);
    expect(crossings).toEqual([]);
  });
});
