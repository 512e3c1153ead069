// npm run audit [-- --rebuild]: Lighthouse (mobile preset) on the overview and the welders page of
// dist/, served on loopback by the e2e tests' static server; builds dist/ first when it is missing
// or older than a file it is built from. Prints performance, accessibility, best practices, SEO,
// total bytes and JavaScript bytes; writes the JSON reports to tmp/audit/ (git-ignored).
// Lighthouse runs from the npm registry through npx (176 MB, 114 packages: not worth a
// devDependency that every `npm ci` would install for a check that is not part of the tests).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureDist } from '../tests/e2e/support/build.ts';
import { CHROME_PATH, CHROMIUM_ARGS } from '../tests/e2e/support/chromium.ts';
import { startStaticServer } from '../tests/e2e/support/static.ts';

const LIGHTHOUSE = 'lighthouse@13';
const PAGES = [
  { name: 'overview', path: '/' },
  { name: 'welders', path: '/pekerjaan/welders/' },
];
const OUT = path.resolve('tmp/audit');
const DIST = path.resolve('dist');

if (!ensureDist(process.argv.includes('--rebuild'))) process.exit(1);
for (const p of PAGES) {
  if (!existsSync(path.join(DIST, p.path, 'index.html'))) {
    console.error(`audit: dist has no page ${p.path}`);
    process.exit(1);
  }
}

mkdirSync(OUT, { recursive: true });
const server = await startStaticServer(DIST, OUT);

interface Row {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  totalKiB: number;
  scriptKiB: number;
  inlineKiB: number;
}

/** The site's JavaScript is inline (Lighthouse counts only script files): its bytes, from the HTML. */
function inlineScriptBytes(urlPath: string): number {
  const html = readFileSync(path.join(DIST, urlPath, 'index.html'), 'utf8');
  return [...html.matchAll(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (sum, m) => sum + Buffer.byteLength(m[1]),
    0,
  );
}
const rows: Row[] = [];
try {
  for (const p of PAGES) {
    const report = path.join(OUT, `${p.name}.report.json`);
    const url = new URL(p.path.slice(1), server.url).href;
    console.error(`audit: lighthouse ${url} ...`);
    // Not spawnSync: the server answering Lighthouse runs in this process's event loop.
    const status = await new Promise<number | null>((resolve) => {
      spawn(
        'npx',
        ['--yes', LIGHTHOUSE, url, '--output=json', `--output-path=${report}`, '--quiet', `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`],
        { env: { ...process.env, CHROME_PATH }, stdio: ['ignore', 'inherit', 'inherit'] },
      ).on('close', resolve);
    });
    if (status !== 0) throw new Error(`lighthouse exited with ${status} on ${url}`);
    const lhr = JSON.parse(readFileSync(report, 'utf8'));
    const score = (category: string) => Math.round(lhr.categories[category].score * 100);
    const resources: { resourceType: string; transferSize: number }[] = lhr.audits['resource-summary'].details.items;
    rows.push({
      page: p.path,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      totalKiB: lhr.audits['total-byte-weight'].numericValue / 1024,
      scriptKiB: (resources.find((r) => r.resourceType === 'script')?.transferSize ?? 0) / 1024,
      inlineKiB: inlineScriptBytes(p.path) / 1024,
    });
  }
} finally {
  await server.close();
}

const kib = (n: number) => `${n.toFixed(1)} KiB`;
console.log('| page | performance | accessibility | best practices | SEO | page weight | JavaScript files | inline JavaScript |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.page} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${kib(r.totalKiB)} | ${kib(r.scriptKiB)} | ${kib(r.inlineKiB)} |`,
  );
}
console.log(`Reports: ${path.relative(process.cwd(), OUT)}/*.report.json`);
