// The previous build's output, deleted beside the build instead of before it (issue 9, target 3).
// Astro empties outDir (dist/) before it renders: with 24 kept releases that is 10,000+ files and
// 1.5 s of a warm build's critical path. At the start of the build this moves what Astro would delete
// into a folder of its own in the project's `.cache/` (a rename: same file system, nothing copied)
// and deletes that folder in a worker thread while Astro renders; the build's end waits for it.
//
// It deletes nothing Astro would not: only outDir's entries that Astro's emptyDir removes (see
// SKIPPED), only when Astro empties outDir at all, and in a symlinked outDir the entries of the folder
// it points to, as Astro does. What cannot be renamed (outDir on another file system, a permission) is
// left where it was, for Astro to delete as before. A build that stops before its end may leave the
// folder behind: the next build deletes leftovers whose process is gone (each holds the marker and
// its process id in its name).
import { existsSync, mkdirSync, readdirSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { processAlive } from '../process-alive.ts';

/** Where the moved entries wait to be deleted, from the project's root. */
export const ASIDE_DIR = '.cache/previous-output';
export const ASIDE_MARKER = '.lmc-previous-output';
const MARKER_TEXT = "Made by the Link & Match Cilegon site build: the previous build's output, being deleted; safe to delete.\n";

// Astro 7 (core/build/static-build.js) calls emptyDir(outDir, new Set(".git")): a set of the
// characters, so it keeps entries named ".", "g", "i" or "t" and deletes ".git". We move none of
// these: what Astro keeps stays, and ".git" stays for Astro to decide.
const SKIPPED = new Set(['.git', '.', 'g', 'i', 't']);

export interface Aside {
  /** The folder the entries were moved into, or undefined when nothing was moved. */
  folder: string | undefined;
  moved: number;
  /** Entries left in outDir for Astro, with the reason they could not be moved. */
  left: { name: string; reason: string }[];
}

/**
 * Moves outDir's entries (those Astro's emptyDir would delete) into a new folder under
 * `<root>/.cache/previous-output/`. Nothing is deleted here.
 */
export function moveAside(root: string, outDir: string, pid = process.pid): Aside {
  const none: Aside = { folder: undefined, moved: 0, left: [] };
  if (!existsSync(outDir)) return none;
  const real = realpathSync(outDir);
  const names = readdirSync(real).filter((name) => !SKIPPED.has(name));
  if (names.length === 0) return none;
  const folder = path.join(root, ASIDE_DIR, `${pid}-${Date.now().toString(36)}`);
  // Never into outDir itself (an outDir of `.cache` or the project's root): Astro would see it there.
  if (isInside(folder, real)) return { ...none, left: names.map((name) => ({ name, reason: 'outDir holds the aside folder' })) };
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, ASIDE_MARKER), MARKER_TEXT);
  const aside: Aside = { folder, moved: 0, left: [] };
  for (const name of names) {
    try {
      renameSync(path.join(real, name), path.join(folder, name));
      aside.moved++;
    } catch (error) {
      aside.left.push({ name, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
    }
  }
  return aside;
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Deletes a folder in a worker thread (a recursive rmSync there keeps this thread free). */
export function deleteInBackground(folder: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(
      "const { workerData } = require('node:worker_threads'); require('node:fs').rmSync(workerData, { recursive: true, force: true });",
      { eval: true, workerData: folder },
    );
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`deleting ${folder}: worker exited with ${code}`))));
  });
}

/** Folders under ASIDE_DIR left by builds whose process is gone (and that hold the marker). */
export function leftovers(root: string, alive: (pid: number) => boolean = processAlive): string[] {
  const dir = path.join(root, ASIDE_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d+-[0-9a-z]+$/.test(e.name) && existsSync(path.join(dir, e.name, ASIDE_MARKER)))
    .filter((e) => !alive(Number(e.name.split('-')[0])))
    .map((e) => path.join(dir, e.name));
}

export function previousOutputAside(): AstroIntegration {
  let root = '';
  let outDir = '';
  let empties = true;
  let deleting: Promise<unknown> | undefined;
  return {
    name: 'lmc-previous-output-aside',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        empties = config.vite?.build?.emptyOutDir !== false;
      },
      'astro:build:start': ({ logger }) => {
        if (!empties) return;
        const started = performance.now();
        const aside = moveAside(root, outDir);
        for (const { name, reason } of aside.left) logger.info(`${name}: not moved aside (${reason}); Astro deletes it`);
        const folders = [...leftovers(root).filter((f) => f !== aside.folder), ...(aside.folder ? [aside.folder] : [])];
        if (folders.length === 0) return;
        deleting = Promise.allSettled(folders.map(deleteInBackground)).then((results) => {
          for (const r of results) if (r.status === 'rejected') logger.warn(String(r.reason));
        });
        if (aside.moved > 0)
          logger.info(
            `${aside.moved} entries of the previous output moved aside, deleted while the site renders (${Math.round(performance.now() - started)} ms)`,
          );
      },
      'astro:build:done': async ({ logger }) => {
        if (!deleting) return;
        const started = performance.now();
        await deleting;
        deleting = undefined;
        logger.info(`previous output deleted (waited ${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
