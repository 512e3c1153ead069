// npm test: every vitest project, then one closing line "N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const results = path.resolve('tmp/test-results.json');
mkdirSync(path.dirname(results), { recursive: true });
rmSync(results, { force: true });
const vitest = path.resolve('node_modules/vitest/vitest.mjs');
const run = spawnSync(
  process.execPath,
  [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile=${results}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const json = JSON.parse(readFileSync(results, 'utf8'));
  passed = json.numPassedTests;
  // A failed test counts once (not again for each describe around it); a file that failed without a
  // failed test (it did not load, a hook threw) counts as one.
  const files: { status: string; assertionResults: { status: string }[] }[] = json.testResults;
  const brokenFiles = files.filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed')).length;
  failed = json.numFailedTests + brokenFiles;
  skipped = json.numPendingTests + (json.numTodoTests ?? 0);
} catch {
  failed = Math.max(failed, 1);
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = run.status === 0 && failed === 0 && passed > 0 ? 0 : 1;
