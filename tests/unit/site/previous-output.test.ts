// The previous build's output moved aside and deleted while the site renders (issue 9, target 3):
// exactly what Astro's emptyDir would delete is moved, nothing is deleted that this build did not
// move, and what is left over by a build that stopped is deleted by the next one.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASIDE_DIR, ASIDE_MARKER, deleteInBackground, leftovers, moveAside } from '../../../src/site/previous-output.ts';

function project(): { root: string; dist: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'lm-previous-output-'));
  const dist = path.join(root, 'dist');
  mkdirSync(path.join(dist, 'rilis/2026-09-30'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), 'old');
  writeFileSync(path.join(dist, 'rilis/2026-09-30/index.html'), 'old release');
  mkdirSync(path.join(dist, '.git'));
  writeFileSync(path.join(dist, 't'), 'Astro keeps this one');
  return { root, dist };
}

describe("the previous build's output", () => {
  it("is moved, but for the entries Astro's emptyDir keeps or decides itself, into a marked folder of the project's .cache; nothing is deleted", () => {
    const { root, dist } = project();
    const aside = moveAside(root, dist, 4242);
    expect(aside.moved).toBe(2);
    expect(aside.left).toEqual([]);
    expect(path.dirname(aside.folder!)).toBe(path.join(root, ASIDE_DIR));
    expect(path.basename(aside.folder!)).toMatch(/^4242-[0-9a-z]+$/);
    expect(readdirSync(dist).sort()).toEqual(['.git', 't']);
    expect(readdirSync(aside.folder!).sort()).toEqual([ASIDE_MARKER, 'index.html', 'rilis']);
    expect(readFileSync(path.join(aside.folder!, 'rilis/2026-09-30/index.html'), 'utf8')).toBe('old release');
  });

  it('behind a symlinked outDir: the entries of the folder it points to move, the link stays', () => {
    const { root, dist } = project();
    const link = path.join(root, 'site');
    symlinkSync(dist, link);
    const aside = moveAside(root, link);
    expect(aside.moved).toBe(2);
    expect(readdirSync(link).sort()).toEqual(['.git', 't']);
    expect(readdirSync(dist).sort()).toEqual(['.git', 't']);
  });

  it('is left to Astro when there is none, when it is empty, or when outDir would hold the folder it goes to', () => {
    const { root, dist } = project();
    expect(moveAside(root, path.join(root, 'missing'))).toEqual({ folder: undefined, moved: 0, left: [] });
    const empty = path.join(root, 'empty');
    mkdirSync(empty);
    expect(moveAside(root, empty)).toEqual({ folder: undefined, moved: 0, left: [] });
    const ownRoot = moveAside(root, root);
    expect(ownRoot.folder).toBeUndefined();
    expect(ownRoot.left.map((l) => l.name).sort()).toEqual(['dist', 'empty']);
    expect(existsSync(path.join(dist, 'index.html'))).toBe(true);
    expect(existsSync(path.join(root, ASIDE_DIR))).toBe(false);
  });

  it('is deleted in the background; a folder left by a build whose process is gone is found by the next one, others are not', async () => {
    const { root, dist } = project();
    const aside = moveAside(root, dist, 4242);
    const running = moveAside(root, project().dist, 4343);
    const foreign = path.join(root, ASIDE_DIR, '4444-abc');
    mkdirSync(foreign);
    const alive = (pid: number) => pid === 4343;
    expect(leftovers(root, alive)).toEqual([aside.folder]);
    await deleteInBackground(aside.folder!);
    expect(existsSync(aside.folder!)).toBe(false);
    expect(leftovers(root, alive)).toEqual([]);
    expect(existsSync(running.folder!)).toBe(true);
    expect(existsSync(foreign)).toBe(true);
  });
});
