// Names that mean one thing (issue 10, item 6): no two modules of src/ export the same name, so an
// import says which thing it means (two `Cell`s, two `Fact`s, two `factKey`s that joined with different
// separators, two `compareBytes` of different orders, three `Lang`s were found before).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

/** Names several modules export on purpose. */
const SHARED = new Map([
  // Astro's route API: every endpoint exports them.
  ['GET', 'an endpoint'],
  ['getStaticPaths', 'a route'],
]);

const EXPORT =
  /^export\s+(?:declare\s+)?(?:default\s+)?(?:async\s+)?(?:interface|type|function\*?|const|let|class|enum)\s+([A-Za-z_$][\w$]*)/gm;

function exportedNames(): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const entry of readdirSync(SRC, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(ts|mts)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    for (const m of readFileSync(file, 'utf8').matchAll(EXPORT)) {
      const files = byName.get(m[1]) ?? [];
      files.push(path.relative(SRC, file).split(path.sep).join('/'));
      byName.set(m[1], files);
    }
  }
  return byName;
}

describe('names that mean one thing', () => {
  it('no two modules of src/ export the same name', () => {
    const names = exportedNames();
    expect(names.get('compareBytes')).toEqual(['pipeline/read/discover.ts']);
    expect(names.get('factKey')).toEqual(['pipeline/published.ts']);
    expect(names.get('Occupation')).toEqual(['pipeline/reference.ts']);
    const twice = [...names]
      .filter(([name, files]) => files.length > 1 && !SHARED.has(name))
      .map(([name, files]) => `${name}: ${files.join(', ')}`);
    expect(twice).toEqual([]);
  });
});
