// Every content page of the build (found in dist/) loads in Chromium with status 200, no console
// error, no uncaught exception, no failed request, and no serious or critical axe-core violation;
// its breakdown tables read right and add up, and its suppressed values sit on the zero line
// (issue 8); and none is wider than a 360 px phone. axe looks at every Indonesian page and at each
// kind of English page (axePages). Each page is loaded once: the checks below read
// what that one visit found (at 1280 × 720, then narrowed to a phone's 360 × 740 for the width).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  builtPages,
  firstOfEachKind,
  launchChromium,
  pageKind,
  pageUrl,
  placeSlugs,
  runAxe,
  seriousViolations,
  siteContext,
  visitAll,
  visitProblems,
  watchErrors,
} from './support/site.ts';
import type { Visit } from './support/site.ts';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await siteContext(browser, { viewport: DESKTOP });
});
afterAll(async () => {
  await browser?.close();
});

const contentPages = () =>
  builtPages()
    .filter((p) => !p.embed)
    .map((p) => p.path);

interface Found {
  /** Problems of each breakdown table (one list per table). */
  tables: string[][];
  /** 'ok', or the problem, for each suppressed mark. */
  marks: string[];
  /** Serious and critical axe violations; null on a page axe does not look at (axePages). */
  axe: string[] | null;
  /** How wide the page is on a 360 px phone. */
  phoneWidth: number;
}

const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 360, height: 740 };

/**
 * The page's width once the window is a phone's. Narrowing the loaded page applies the same media
 * queries as loading it narrow, without a second load of every page (the scripts do not size
 * anything at load); the next page loads at 1280 px again.
 */
async function phoneWidth(page: Page): Promise<number> {
  await page.setViewportSize(PHONE);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.setViewportSize(DESKTOP);
  return width;
}

/** Every breakdown table ends with Lainnya / Tidak diketahui and Jumlah, and its rows add up to it. */
const breakdownTables = (page: Page) =>
  page.evaluate(() => {
    // Counts are integers: "8.852" (id) and "8,852" (en) both lose their separators.
    const count = (text: string) => Number(text.replace(/[.,\s]/g, ''));
    return [...document.querySelectorAll('table[data-breakdown]')].map((table) => {
      const rows = [...table.querySelectorAll('tbody tr')].map((tr) => ({
        role: tr.getAttribute('data-role'),
        cells: [...tr.children].map((c) => c.textContent!.trim()),
      }));
      const headers = [...table.querySelectorAll('thead th')];
      const notes = [...(table.closest('.table-scroll')?.parentElement?.querySelectorAll('.table-note') ?? [])]
        .map((p) => p.textContent!)
        .join(' ');
      const issues: string[] = [];
      const caption = table.querySelector('caption')?.textContent?.slice(0, 60);
      if (rows.at(-1)?.role !== 'total') issues.push(`${caption}: the last row is not the total`);
      if (['Jabatan', 'Occupation', 'Kecamatan'].includes(headers[0].textContent!.trim()) && !rows.some((r) => r.role === 'rest')) {
        issues.push(`${caption}: no Lainnya / Tidak diketahui row`);
      }
      headers.forEach((th, i) => {
        const sum = th.getAttribute('data-sum');
        if (sum !== 'exact' && sum !== 'overlap') return;
        const total = rows.at(-1)!.cells[i];
        if (!/^[\d.,]+$/.test(total)) return;
        const parts = rows.slice(0, -1).map((r) => r.cells[i]);
        const hidden = parts.filter((p) => p.startsWith('<')).length;
        const shownSum = parts.filter((p) => /^[\d.,]+$/.test(p)).reduce((n, p) => n + count(p), 0);
        const rest = count(total) - shownSum;
        if (sum === 'exact' && hidden === 0 && rest !== 0)
          issues.push(`${caption}: ${th.textContent} adds up to ${shownSum}, total ${total}`);
        if (
          sum === 'exact' &&
          hidden > 0 &&
          (rest < hidden || (!notes.includes(`${rest.toLocaleString('id-ID')}`) && !notes.includes(`${rest.toLocaleString('en-GB')}`)))
        ) {
          issues.push(`${caption}: ${th.textContent}: ${hidden} hidden, ${rest} left over, not stated under the table`);
        }
        if (sum === 'overlap' && hidden === 0 && shownSum < count(total))
          issues.push(`${caption}: ${th.textContent} adds up to ${shownSum} < ${total}`);
      });
      return issues;
    });
  });

/** Each suppressed mark of every chart, on the chart's zero line ('ok') or not (where it is). */
const suppressedMarks = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('svg.chart-svg')].flatMap((svg) => {
      const zero = svg.querySelector('.baseline line');
      const hidden = [...svg.querySelectorAll('.suppressed-mark > *')];
      if (!hidden.length) return [];
      if (!zero) return [`${svg.closest('figure')?.id}: suppressed marks but no zero line`];
      const z = zero.getBoundingClientRect();
      const vertical = z.width < z.height;
      // The SVG scales with the page: 20 px of the chart's own (a 10 px box, a 16,5 px diamond, their stroke) on screen.
      const scale = svg.getBoundingClientRect().width / Number(svg.getAttribute('width'));
      const small = 20 * scale;
      return hidden.map((m) => {
        const r = m.getBoundingClientRect();
        const onZero = vertical
          ? Math.abs(r.left - z.left) <= 2 * scale && r.width <= small
          : r.top <= z.top + scale && r.bottom >= z.bottom - scale && r.height <= small;
        return onZero
          ? 'ok'
          : `${svg.closest('figure')?.id}: a suppressed mark at ${Math.round(r.left)},${Math.round(r.top)} is off the zero line`;
      });
    }),
  );

// One visit of every content page for all four checks (they were four visits, one per check): the
// page is read first, then axe, then its width on a phone.
let visits: Promise<Visit<Found>[]> | undefined;
/**
 * The pages axe looks at: every Indonesian page (the site's first language), and an English page of
 * each kind. An English page is its Indonesian twin's markup with English words (same components,
 * same numbers, same colours); axe took most of this file's time, and CI must stay under 10 minutes.
 */
const axePages = () => {
  const english = contentPages().filter((p) => p.startsWith('/en/'));
  return new Set([...contentPages().filter((p) => !p.startsWith('/en/')), ...firstOfEachKind(english)]);
};

const visited = () => {
  if (!visits) {
    const axed = axePages();
    visits = visitAll(context, contentPages(), async (page, path) => ({
      tables: await breakdownTables(page),
      marks: await suppressedMarks(page),
      axe: axed.has(path) ? seriousViolations(path, await runAxe(page)) : null,
      phoneWidth: await phoneWidth(page),
    }));
  }
  return visits;
};
// The first check to ask pays for the visits of all three.
const SWEEP_TIMEOUT = 600_000;

describe('content pages', () => {
  it(
    'each loads without errors and without serious or critical accessibility violations',
    async () => {
      expect(contentPages().length).toBeGreaterThan(20);
      const found = await visited();
      expect(visitProblems(found, (f) => f.axe ?? [])).toEqual([]);
      // Every Indonesian page, and every kind of English page.
      const slugs = placeSlugs();
      const english = found.filter((v) => v.path.startsWith('/en/'));
      expect(found.filter((v) => !v.path.startsWith('/en/') && v.found.axe === null)).toEqual([]);
      expect(new Set(english.filter((v) => v.found.axe !== null).map((v) => pageKind(v.path, slugs))).size).toBe(
        new Set(english.map((v) => pageKind(v.path, slugs))).size,
      );
    },
    SWEEP_TIMEOUT,
  );

  it("a missing page answers 404 with the site's 404 page, which has no accessibility violations either", async () => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    const response = await page.goto(pageUrl('/pekerjaan/no-such-occupation/'));
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toBe('noindex');
    expect(seriousViolations('404', await runAxe(page))).toEqual([]);
    // The one expected error: the browser reports the 404 of the page itself.
    expect(errors.filter((e) => !e.includes('/pekerjaan/no-such-occupation/'))).toEqual([]);
    await page.close();
  });
});

describe('breakdown tables', () => {
  it(
    'end with Lainnya / Tidak diketahui (occupations, kecamatan) and Jumlah, and their rows add up to it',
    async () => {
      const found = await visited();
      expect(visitProblems(found, (f, path) => f.tables.flat().map((issue) => `${path}: ${issue}`))).toEqual([]);
      // The overview's gap table and map, each occupation's sector table, the two list pages, in two languages.
      expect(found.reduce((n, v) => n + v.found.tables.length, 0)).toBeGreaterThan(40);
    },
    SWEEP_TIMEOUT,
  );
});

describe('suppressed values', () => {
  it(
    'are drawn on the zero line of their chart, on every page',
    async () => {
      const found = await visited();
      expect(visitProblems(found, (f, path) => f.marks.filter((m) => m !== 'ok').map((m) => `${path}: ${m}`))).toEqual([]);
      expect(found.reduce((n, v) => n + v.found.marks.filter((m) => m === 'ok').length, 0)).toBeGreaterThan(10);
    },
    SWEEP_TIMEOUT,
  );
});

describe('on a 360 px phone', () => {
  it(
    'no content page is wider than the screen',
    async () => {
      const found = await visited();
      expect(visitProblems(found, (f, path) => (f.phoneWidth > PHONE.width ? [`${path}: ${f.phoneWidth} px wide`] : []))).toEqual([]);
      expect(found.filter((v) => v.found.phoneWidth > 0).length).toBe(contentPages().length);
    },
    SWEEP_TIMEOUT,
  );
});
