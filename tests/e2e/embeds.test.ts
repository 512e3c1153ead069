// Every embed page (one per chart, language and pinned release, found in dist/) loads without
// errors, each in a frame as a news site would show it: 30 same-origin frames to a host page, 2.5×
// faster here than one navigation per page (37 vs 92 ms a page), which makes all of them affordable.
// axe-core runs on a spread sample opened on their own (every 13th by path, so the kinds of chart
// rotate, plus the overview's charts in both languages): all come from the one Figure component.
// The frames are a phone's width (360 px), so the same visit measures each live embed for the
// 360 px check, with every content page opened on a 360 px screen.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { TEST_PREFIX } from './support/static.ts';
import { builtPages, launchChromium, runAxe, seriousViolations, site, siteContext, visitEach, watchErrors } from './support/site.ts';

const OVERVIEW_CHARTS = /^\/(en\/)?embed\/(demand-supply-gap|demand-supply-trend|training-funnel|kecamatan-map)\/$/;
const FRAMES_PER_HOST = 30;
const PHONE = { width: 360, height: 740 };
/** The 360 px check measures the live embeds, not those pinned to a release (as it did before it moved here). */
const PINNED = /\/(rilis|releases)\//;

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await siteContext(browser);
});
afterAll(async () => {
  await browser?.close();
});

const embedPaths = () =>
  builtPages()
    .filter((p) => p.embed)
    .map((p) => p.path);

interface FramedEmbeds {
  problems: string[];
  loaded: number;
  /** Each live embed in its 360 px frame: how wide its page is, and how tall its content. */
  measured: Map<string, { width: number; height: number }>;
}

/** Every embed page in a 360 × 740 frame, one host page after the other. */
async function frameEmbeds(paths: readonly string[]): Promise<FramedEmbeds> {
  const out: FramedEmbeds = { problems: [], loaded: 0, measured: new Map() };
  const page = await context.newPage();
  const errors = watchErrors(page);
  for (let i = 0; i < paths.length; i += FRAMES_PER_HOST) {
    const batch = paths.slice(i, i + FRAMES_PER_HOST);
    const host = `embeds-${i}.html`;
    writeFileSync(
      path.join(site().testPages, host),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embeds</title></head><body>
${batch.map((p) => `<iframe src="${p}" width="${PHONE.width}" height="${PHONE.height}" title="${p}"></iframe>`).join('\n')}</body></html>`,
    );
    errors.length = 0;
    await page.goto(new URL(`${TEST_PREFIX.slice(1)}${host}`, site().url).href, { waitUntil: 'load' });
    const frames = await page.locator('iframe').evaluateAll((els) =>
      els.map((f) => {
        const doc = (f as HTMLIFrameElement).contentDocument;
        return {
          src: f.getAttribute('src')!,
          path: doc?.location.pathname,
          figures: doc?.querySelectorAll('figure[data-chart]').length ?? 0,
          width: doc?.documentElement.scrollWidth ?? 0,
          height: Math.ceil(doc?.body?.getBoundingClientRect().height ?? 0),
        };
      }),
    );
    for (const f of frames) {
      if (f.path !== f.src || f.figures !== 1) out.problems.push(`${f.src}: loaded ${f.path} with ${f.figures} figures`);
      else out.loaded++;
      if (!PINNED.test(f.src)) out.measured.set(f.src, { width: f.width, height: f.height });
    }
    out.problems.push(...errors.map((e) => `${batch[0]} … ${batch.at(-1)}: ${e}`));
  }
  await page.close();
  return out;
}

let framed: Promise<FramedEmbeds> | undefined;
const framedEmbeds = () => (framed ??= frameEmbeds(embedPaths()));
// The first check to ask for the frames pays for loading them all.
const SWEEP_TIMEOUT = 600_000;

describe('embed pages', () => {
  const paths = embedPaths();

  it(
    'each loads in a frame with status 200, its one figure, and no console error, exception or failed request',
    async () => {
      expect(paths.length).toBeGreaterThan(20);
      const { problems, loaded } = await framedEmbeds();
      expect(problems).toEqual([]);
      expect(loaded).toBe(paths.length);
    },
    SWEEP_TIMEOUT,
  );

  it('a spread sample, each opened on its own, has no serious or critical accessibility violations', async () => {
    const sample = paths.filter((p, i) => i % 13 === 0 || OVERVIEW_CHARTS.test(p));
    expect(sample.length).toBeGreaterThanOrEqual(Math.floor(paths.length / 13));
    const problems = await visitEach(context, sample, async (page, p) => seriousViolations(p, await runAxe(page)));
    expect(problems).toEqual([]);
  });
});

describe('on a 360 px phone', () => {
  it(
    'no page is wider than the screen, and every embed fits the default height of its embed code',
    async () => {
      const phone = await siteContext(browser, { viewport: PHONE });
      const defaults = new Map<string, number>();
      const pages = builtPages()
        .filter((p) => !p.embed)
        .map((p) => p.path);
      const problems = await visitEach(
        phone,
        pages,
        async (page, path) => {
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          for (const code of await page.locator('[data-action="embed"] textarea').allTextContents()) {
            const m = /src="https?:\/\/[^/"]+(\/[^"]*)" [^>]* height="(\d+)"/.exec(code);
            if (m) defaults.set(m[1], Number(m[2]));
          }
          return width > PHONE.width ? [`${path}: ${width} px wide`] : [];
        },
        3,
      );
      await phone.close();
      // The live embeds, measured in their 360 px frames (a frame that did not load is a problem here too).
      const embeds = await framedEmbeds();
      problems.push(...embeds.problems);
      for (const [path, { width }] of embeds.measured) if (width > PHONE.width) problems.push(`${path}: ${width} px wide`);
      expect(problems).toEqual([]);
      const measured = new Map([...embeds.measured].map(([path, { height }]) => [path, height]));
      const short = [...measured]
        .filter(([path, height]) => defaults.has(path) && defaults.get(path)! < height)
        .map(([path, height]) => `${path}: needs ${height} px, the embed code gives ${defaults.get(path)}`);
      expect(short).toEqual([]);
      expect([...measured.keys()].filter((p) => defaults.has(p)).length).toBeGreaterThan(100);
    },
    SWEEP_TIMEOUT,
  );
});
