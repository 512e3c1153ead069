// The gap chart (the overview's main chart) fits a 360 px phone: nothing in its figure scrolls or
// reaches past the screen, and the chart shown there says what the wide one says (every occupation,
// linked, with its values, and the same accessible name and description); on a wide screen it is
// still drawn across the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, pageUrl, runAxe, seriousViolations, siteContext, watchErrors } from './support/site.ts';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await siteContext(browser);
});
afterAll(async () => {
  await browser?.close();
});

interface ChartState {
  /** Charts of the figure a reader sees at this width (an SVG with a box). */
  visible: number;
  /** Per linked occupation page: the texts of its links in the shown chart, without white space (names wrap differently). */
  links: Record<string, string>;
  name: string;
  description: string;
  svgWidth: number;
  /** The chart's font size on screen, px (13 px in the SVG, scaled with it). */
  fontPx: number;
  /** Elements of the figure wider than their box (they scroll sideways), or reaching past the figure or the screen. */
  overflow: string[];
}

/** The gap figure as a reader sees it; the charts that are not shown (display: none) are left out. */
async function gapChart(page: Page): Promise<ChartState> {
  return page.evaluate(() => {
    const figure = document.querySelector('#demand-supply-gap')!;
    const shown = [...figure.querySelectorAll('svg.chart-svg')].filter((s) => s.getBoundingClientRect().width > 0);
    const svg = shown[0];
    const links: Record<string, string> = {};
    for (const a of svg.querySelectorAll('a')) {
      const href = a.getAttribute('href')!;
      links[href] = (links[href] ?? '') + a.textContent!.replace(/\s+/g, '');
    }
    const text = (ids: string | null) =>
      (ids ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    const box = figure.getBoundingClientRect();
    const screen = document.documentElement.clientWidth;
    const overflow = [figure, ...figure.querySelectorAll('*')].flatMap((el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || el.closest('details:not([open])') !== null) return [];
      const what = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`;
      const out: string[] = [];
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
        out.push(`${what} scrolls: ${el.scrollWidth} px in ${el.clientWidth}`);
      if (r.right > Math.min(box.right, screen) + 1) out.push(`${what} ends at ${Math.round(r.right)} px, past ${Math.round(box.right)}`);
      return out;
    });
    const scale = svg.getBoundingClientRect().width / Number(svg.getAttribute('width'));
    return {
      visible: shown.length,
      links,
      name: text(svg.getAttribute('aria-labelledby')),
      description: text(svg.getAttribute('aria-describedby')),
      svgWidth: svg.getBoundingClientRect().width,
      fontPx: 13 * scale,
      overflow: [...new Set(overflow)],
    };
  });
}

async function at(width: number, path: string): Promise<ChartState> {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.setViewportSize({ width, height: 900 });
  await page.goto(pageUrl(path));
  const state = await gapChart(page);
  if (width === 360) expect(seriousViolations(path, await runAxe(page))).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
  return state;
}

describe('the gap chart', () => {
  for (const [path, prefix] of [
    ['/', '/pekerjaan/'],
    ['/en/', '/en/occupations/'],
  ] as const) {
    it(`fits a 360 px phone on ${path} and in its embed, and says there what it says at 1280 px`, async () => {
      const wide = await at(1280, path);
      const phone = await at(360, path);
      const embed = await at(360, `${path}embed/demand-supply-gap/`);

      expect(wide.visible).toBe(1);
      expect(wide.svgWidth).toBeGreaterThanOrEqual(700);
      expect(Object.keys(wide.links)).toHaveLength(20);
      expect(Object.keys(wide.links).every((h) => h.startsWith(prefix))).toBe(true);

      for (const small of [phone, embed]) {
        expect(small.overflow).toEqual([]);
        expect(small.visible).toBe(1);
        expect(small.svgWidth).toBeLessThanOrEqual(344);
        // Readable without zooming: the 13 px text stays at least 12 px.
        expect(small.fontPx).toBeGreaterThanOrEqual(12);
        // Every occupation, its link, its name and its values ("2.614 vs 282"), as in the wide chart.
        expect(small.links).toEqual(wide.links);
        expect(small.name).toBe(wide.name);
        expect(small.description).toBe(wide.description);
        expect(small.description.length).toBeGreaterThan(100);
      }
    });
  }
});
