// Every live embed page (one per chart and language, found in dist/) loads without errors, each in a
// frame as a news site would show it: 30 same-origin frames to a host page, 2.5× faster here than one
// navigation per page (37 vs 92 ms a page). Of the embeds pinned to a kept release (made by the same
// Figure component from the release's numbers) a spread tenth is loaded the same way; every one of
// them is checked without a browser for its one figure (here), its links and files (links.test.ts)
// and its Content-Security-Policy (csp.test.ts), so what a browser adds for the rest is the same
// scripts run again on other numbers.
// axe-core runs on each kind of chart opened on its own (axeSample).
// The frames are a phone's width (360 px), so the same visit measures each live embed for the
// 360 px check; content pages are measured on a phone in pages.test.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { TEST_PREFIX } from './support/static.ts';
import {
  builtPages,
  firstOfEachKind,
  launchChromium,
  pageKind,
  PINNED,
  placeSlugs,
  runAxe,
  seriousViolations,
  site,
  siteContext,
  textareaText,
  visitEach,
  watchErrors,
} from './support/site.ts';

const FRAMES_PER_HOST = 30;
const PHONE = { width: 360, height: 740 };
/** Of the pinned embeds, every this-many-th (by path, so the kinds of chart and the releases rotate) is loaded in a browser. */
const PINNED_SPREAD = 10;

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

/** The embeds loaded in a browser: every live one, and a spread of the pinned ones. */
const framedPaths = () => {
  const pinned = embedPaths().filter((p) => PINNED.test(p));
  return embedPaths().filter((p) => !PINNED.test(p) || pinned.indexOf(p) % PINNED_SPREAD === 0);
};

/**
 * The embeds axe looks at: the first live one of each kind of chart in Indonesian, and the first live
 * and the first pinned one in English and the first pinned one in Indonesian. pages.test runs axe on
 * every chart inside its content page; what an embed page adds is its frame (title, source line,
 * link back, the release's line when pinned), which these cover in both languages.
 */
function axeSample(paths: readonly string[]): string[] {
  const live = paths.filter((p) => !PINNED.test(p));
  const pinned = paths.filter((p) => PINNED.test(p));
  const english = (p: string) => p.startsWith('/en/');
  return [
    ...firstOfEachKind(live.filter((p) => !english(p))),
    live.find(english)!,
    pinned.find((p) => !english(p))!,
    pinned.find(english)!,
  ];
}

/** The height each embed code gives its iframe, by the embed's path, from the content pages' HTML. */
function embedCodeHeights(): Map<string, number> {
  const heights = new Map<string, number>();
  for (const p of builtPages().filter((p) => !p.embed)) {
    const { document } = parseHTML(readFileSync(p.file, 'utf8'));
    for (const textarea of document.querySelectorAll('[data-action="embed"] textarea')) {
      const m = /src="https?:\/\/[^/"]+(\/[^"]*)" [^>]* height="(\d+)"/.exec(textareaText(textarea));
      if (m) heights.set(m[1], Number(m[2]));
    }
  }
  return heights;
}

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
const framedEmbeds = () => (framed ??= frameEmbeds(framedPaths()));
// The first check to ask for the frames pays for loading them all.
const SWEEP_TIMEOUT = 600_000;

describe('embed pages', () => {
  const paths = embedPaths();

  it(
    'each live one and a spread tenth of the pinned ones loads in a frame with status 200, its one figure, and no console error, exception or failed request',
    async () => {
      expect(paths.length).toBeGreaterThan(20);
      const { problems, loaded } = await framedEmbeds();
      expect(problems).toEqual([]);
      expect(loaded).toBe(framedPaths().length);
      const pinned = paths.filter((p) => PINNED.test(p)).length;
      expect(pinned).toBeGreaterThan(100);
      expect(loaded).toBe(paths.length - pinned + Math.ceil(pinned / PINNED_SPREAD));
    },
    SWEEP_TIMEOUT,
  );

  it('every one has its one figure in its HTML', () => {
    const problems = builtPages()
      .filter((p) => p.embed)
      .flatMap((p) => {
        const figures = parseHTML(readFileSync(p.file, 'utf8')).document.querySelectorAll('figure[data-chart]').length;
        return figures === 1 ? [] : [`${p.path}: ${figures} figures`];
      });
    expect(problems).toEqual([]);
  });

  it('each kind of chart, opened on its own, and the frame of a live and a pinned embed in each language, has no serious or critical accessibility violations', async () => {
    const sample = axeSample(paths);
    const slugs = placeSlugs();
    const kinds = (list: readonly string[]) =>
      new Set(list.filter((p) => !PINNED.test(p) && !p.startsWith('/en/')).map((p) => pageKind(p, slugs)));
    // 8 charts of each occupation, 3 of each kecamatan, 7 of the overview.
    expect(kinds(paths).size).toBe(18);
    expect(kinds(sample)).toEqual(kinds(paths));
    expect(sample.filter((p) => PINNED.test(p)).map((p) => p.split('/')[1])).toEqual(['embed', 'en']);
    expect(sample.filter((p) => p.startsWith('/en/')).length).toBe(2);
    expect(sample.length).toBe(18 + 3);
    const problems = await visitEach(context, sample, async (page, p) => seriousViolations(p, await runAxe(page)));
    expect(problems).toEqual([]);
  });
});

describe('on a 360 px phone', () => {
  it(
    'no live embed is wider than the screen, and each fits the default height of its embed code',
    async () => {
      const defaults = embedCodeHeights();
      // The live embeds, measured in their 360 px frames (a frame that did not load is a problem here too).
      const embeds = await framedEmbeds();
      const problems = [...embeds.problems];
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
