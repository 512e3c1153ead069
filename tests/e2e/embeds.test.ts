// Every embed page (one per chart, language and pinned release, found in dist/) loads without
// errors, each in a frame as a news site would show it: 30 same-origin frames to a host page, 2.5×
// faster here than one navigation per page (37 vs 92 ms a page), which makes all of them affordable.
// axe-core runs on a spread sample opened on their own (every 13th by path, so the kinds of chart
// rotate, plus the overview's charts in both languages): all come from the one Figure component.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { TEST_PREFIX } from './support/static.ts';
import { builtPages, launchChromium, runAxe, seriousViolations, site, siteContext, visitEach, watchErrors } from './support/site.ts';

const OVERVIEW_CHARTS = /^\/(en\/)?embed\/(demand-supply-gap|demand-supply-trend|training-funnel|kecamatan-map)\/$/;
const FRAMES_PER_HOST = 30;

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await siteContext(browser);
});
afterAll(async () => {
  await browser?.close();
});

describe('embed pages', () => {
  const paths = builtPages()
    .filter((p) => p.embed)
    .map((p) => p.path);

  it('each loads in a frame with status 200, its one figure, and no console error, exception or failed request', async () => {
    expect(paths.length).toBeGreaterThan(20);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const problems: string[] = [];
    let loaded = 0;
    for (let i = 0; i < paths.length; i += FRAMES_PER_HOST) {
      const batch = paths.slice(i, i + FRAMES_PER_HOST);
      const host = `embeds-${i}.html`;
      writeFileSync(
        path.join(site().testPages, host),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embeds</title></head><body>
${batch.map((p) => `<iframe src="${p}" width="400" height="300" title="${p}"></iframe>`).join('\n')}</body></html>`,
      );
      errors.length = 0;
      await page.goto(new URL(`${TEST_PREFIX.slice(1)}${host}`, site().url).href, { waitUntil: 'load' });
      const frames = await page.locator('iframe').evaluateAll((els) =>
        els.map((f) => {
          const doc = (f as HTMLIFrameElement).contentDocument;
          return {
            src: f.getAttribute('src'),
            path: doc?.location.pathname,
            figures: doc?.querySelectorAll('figure[data-chart]').length ?? 0,
          };
        }),
      );
      for (const f of frames) {
        if (f.path !== f.src || f.figures !== 1) problems.push(`${f.src}: loaded ${f.path} with ${f.figures} figures`);
        else loaded++;
      }
      problems.push(...errors.map((e) => `${batch[0]} … ${batch.at(-1)}: ${e}`));
    }
    await page.close();
    expect(problems).toEqual([]);
    expect(loaded).toBe(paths.length);
  });

  it('a spread sample, each opened on its own, has no serious or critical accessibility violations', async () => {
    const sample = paths.filter((p, i) => i % 13 === 0 || OVERVIEW_CHARTS.test(p));
    expect(sample.length).toBeGreaterThanOrEqual(Math.floor(paths.length / 13));
    const problems = await visitEach(context, sample, async (page, p) => seriousViolations(p, await runAxe(page)));
    expect(problems).toEqual([]);
  });
});
