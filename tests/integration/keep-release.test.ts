// The workflow keeps the publication it deployed as a release: added once, the same bytes again are
// fine, other content for a kept as-of date is refused (a release stays put).
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, build, tempDir } from './helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const keep = (from: string, releases: string) =>
  spawnSync(process.execPath, [path.join(ROOT, 'scripts/keep-release.ts'), '--from', from, '--releases', releases], { encoding: 'utf8' });

describe('scripts/keep-release.ts', () => {
  it('keeps a built publication byte for byte, once, and never overwrites it', async () => {
    const built = await build(path.join(FIXTURES, 'basic'), { asOf: '2025-12-31' });
    const releases = tempDir();
    const first = keep(built.out, releases);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('new release kept');
    for (const name of ['facts.csv', 'meta.json']) {
      expect(readFileSync(path.join(releases, '2025-12-31', name), 'utf8')).toBe(readFileSync(path.join(built.out, name), 'utf8'));
    }
    const again = keep(built.out, releases);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('same content');

    const changed = tempDir();
    // --out is a link to the build behind it (docs/data-rules.md, "Output folder"): copy what it points to.
    cpSync(built.out, changed, { recursive: true, dereference: true });
    writeFileSync(path.join(changed, 'facts.csv'), `${readFileSync(path.join(changed, 'facts.csv'), 'utf8')}x`);
    const conflict = keep(changed, releases);
    expect(conflict.status).toBe(1);
    expect(conflict.stdout).toContain('a release stays put');
    expect(readFileSync(path.join(releases, '2025-12-31', 'facts.csv'), 'utf8')).toBe(
      readFileSync(path.join(built.out, 'facts.csv'), 'utf8'),
    );
  });
});
