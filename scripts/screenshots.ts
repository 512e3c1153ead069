// npm run screenshots [-- --rebuild]: full-page PNGs of the overview, the welders page and Grogol at 360 px
// (a phone) and 1280 px (a laptop), of dist/ served on loopback (built first when missing or stale),
// into tmp/screenshots/ (git-ignored), to look at what a reader sees.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ensureDist } from '../tests/e2e/support/build.ts';
import { launchChromium } from '../tests/e2e/support/chromium.ts';
import { startStaticServer } from '../tests/e2e/support/static.ts';

const PAGES = [
  { name: 'overview', path: '/' },
  { name: 'welders', path: '/pekerjaan/welders/' },
  { name: 'kecamatan-grogol', path: '/kecamatan/grogol/' },
];
const WIDTHS = [360, 1280];
const OUT = path.resolve('tmp/screenshots');
const DIST = path.resolve('dist');

if (!ensureDist(process.argv.includes('--rebuild'))) process.exit(1);
mkdirSync(OUT, { recursive: true });
const server = await startStaticServer(DIST, OUT);
const browser = await launchChromium();
try {
  for (const width of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height: width < 600 ? 740 : 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const p of PAGES) {
      if (!existsSync(path.join(DIST, p.path, 'index.html'))) throw new Error(`dist has no page ${p.path}`);
      await page.goto(new URL(p.path.slice(1), server.url).href, { waitUntil: 'load' });
      const file = path.join(OUT, `${p.name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(path.relative(process.cwd(), file));
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
