// vitest globalSetup of the e2e project: build the test site (or reuse an identical build), serve it
// on loopback, and hand its address and folder to the test files.
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { E2E_DIR, SITE_ORIGIN, buildTestSite } from './build.ts';
import { startStaticServer } from './static.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: { url: string; dist: string; origin: string; testPages: string };
  }
}

export default async function setup(project: TestProject) {
  const built = buildTestSite();
  console.log(built.rebuilt ? `e2e: built the test site in ${built.seconds.toFixed(1)} s` : 'e2e: reusing the test site (same inputs)');
  // Test pages (the embed host) are written by the tests, in a folder of this run's own.
  const testPages = mkdtempSync(path.join(E2E_DIR, 'pages-'));
  const server = await startStaticServer(built.dist, testPages);
  project.provide('e2e', { url: server.url, dist: built.dist, origin: SITE_ORIGIN, testPages });
  return async () => {
    await server.close();
    rmSync(testPages, { recursive: true, force: true });
  };
}
