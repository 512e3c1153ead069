// With JavaScript off, every figure still shows its chart (an SVG image with a name and a
// description) and its numbers (a table inside <details>, which opens without script); buttons
// that need script stay hidden. A page of each kind (an occupation's page, its brief, a kecamatan,
// the overview…, in each language: the same components on other numbers) and an Indonesian embed page
// of each kind of chart and an English one; that every page loads without errors with script on is
// pages.test.ts's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  builtPages,
  firstOfEachKind,
  launchChromium,
  pageKind,
  pageUrl,
  PINNED,
  placeSlugs,
  siteContext,
  visitEach,
} from './support/site.ts';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await siteContext(browser, { javaScriptEnabled: false });
});
afterAll(async () => {
  await browser?.close();
});

interface FigureState {
  id: string;
  svgs: number;
  name: string;
  description: string;
  visible: boolean;
  tableRows: number;
  inDetails: boolean;
}

/** What each figure shows; the accessible name and description follow aria-labelledby/-describedby. */
async function figures(page: Page): Promise<FigureState[]> {
  return page.locator('figure[data-chart]').evaluateAll((els) =>
    els.map((fig) => {
      const svg = fig.querySelector('[data-part="chart"] svg:is([role="img"], [role="graphics-document"])');
      const text = (ids: string | null) =>
        (ids ?? '')
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
          .trim();
      const table = fig.querySelector('table');
      const box = svg?.getBoundingClientRect();
      return {
        id: fig.getAttribute('data-chart') ?? '',
        svgs: fig.querySelectorAll('[data-part="chart"] svg:is([role="img"], [role="graphics-document"])').length,
        name: text(svg?.getAttribute('aria-labelledby') ?? null),
        description: text(svg?.getAttribute('aria-describedby') ?? null),
        visible: !!box && box.width > 100 && box.height > 50,
        tableRows: table?.querySelectorAll('tbody tr').length ?? 0,
        inDetails: !!table?.closest('details[data-part="table"]'),
      };
    }),
  );
}

function figureProblems(path: string, states: FigureState[]): string[] {
  return states.flatMap((f) => {
    const out: string[] = [];
    if (f.svgs !== 1 || !f.visible) out.push('no visible svg[role=img]');
    if (!f.name || f.description.length < 20) out.push(`accessible name "${f.name}", description "${f.description.slice(0, 40)}"`);
    if (f.tableRows < 1 || !f.inDetails) out.push('no table with rows inside <details>');
    return out.map((o) => `${path}#${f.id}: ${o}`);
  });
}

describe('with JavaScript off', () => {
  it('the context really runs no script', async () => {
    const page = await context.newPage();
    await page.goto(new URL('data:text/html,<p id=x>off</p><script>document.getElementById("x").textContent="on"</script>').href);
    await expect(page.locator('#x').textContent()).resolves.toBe('off');
    await page.close();
  });

  it('every figure on a content page of each kind has its chart SVG with a description and its table', async () => {
    const all = builtPages()
      .filter((p) => !p.embed)
      .map((p) => p.path);
    const paths = firstOfEachKind(all);
    const slugs = placeSlugs();
    expect(new Set(paths.map((p) => pageKind(p, slugs))).size).toBe(new Set(all.map((p) => pageKind(p, slugs))).size);
    let seen = 0;
    const problems = await visitEach(context, paths, async (page, path) => {
      const states = await figures(page);
      seen += states.length;
      const hiddenButtons = await page
        .locator('[data-action="png"], [data-copy]')
        .evaluateAll((els) => els.filter((b) => !(b as HTMLElement).hidden).length);
      return [...figureProblems(path, states), ...(hiddenButtons ? [`${path}: ${hiddenButtons} script-only buttons shown`] : [])];
    });
    expect(problems).toEqual([]);
    expect(seen).toBeGreaterThan(50);
  });

  it('an embed page of each kind of chart, and an English one, shows the chart and the table too', async () => {
    const live = builtPages()
      .filter((p) => p.embed && !PINNED.test(p.path))
      .map((p) => p.path);
    const paths = [...firstOfEachKind(live.filter((p) => !p.startsWith('/en/'))), live.find((p) => p.startsWith('/en/'))!];
    expect(paths.length).toBe(18 + 1);
    const problems = await visitEach(context, paths, async (page, path) => {
      const states = await figures(page);
      return states.length === 1 ? figureProblems(path, states) : [`${path}: ${states.length} figures`];
    });
    expect(problems).toEqual([]);
  });

  it('the table opens without script', async () => {
    const page = await context.newPage();
    await page.goto(pageUrl('/'));
    const details = page.locator('figure[data-chart] details[data-part="table"]').first();
    await expect(details.locator('table').isVisible()).resolves.toBe(false);
    await details.locator('summary').click();
    await expect(details.locator('table').isVisible()).resolves.toBe(true);
    await page.close();
  });
});
