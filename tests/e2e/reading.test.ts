// Pages read right (issue 8), on the pages that show it: the kecamatan table's shares, an empty
// cohort that says so instead of "hidden", provisional quarters, the glossary's words, names. The
// checks of every page (breakdown tables, suppressed marks) are in pages.test.ts, which loads each
// page once for all of them; the 360 px check is in embeds.test.ts, which measures embeds in frames.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { offTerms } from '../../src/site/i18n/glossary.ts';
import { builtPages, launchChromium, pageUrl, runAxe, seriousViolations, siteContext, watchErrors } from './support/site.ts';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await siteContext(browser);
});
afterAll(async () => {
  await browser?.close();
});

describe('breakdown tables', () => {
  it('/kecamatan/ gives Grogol its share of all demand, the unknown kecamatan and the total', async () => {
    const page = await context.newPage();
    await page.goto(pageUrl('/kecamatan/'));
    const rows = await page
      .locator('table[data-breakdown] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
    expect(rows.find((r) => r[0] === 'Grogol')?.slice(0, 3)).toEqual(['Grogol', '3.922', '44,3%']);
    expect(rows.at(-2)?.slice(0, 3)).toEqual(['Tidak diketahui', '1.774', '20%']);
    expect(rows.at(-1)?.slice(0, 3)).toEqual(['Jumlah', '8.852', '100%']);
    await page.close();
  });
});

describe('suppressed values', () => {
  it('an empty cohort reads "tidak ada lulusan", not "hidden"', async () => {
    const page = await context.newPage();
    await page.goto(pageUrl('/pekerjaan/ohs-professionals/'));
    const table = page.locator('#ohs-professionals-placement-rate table');
    const cells = await table.locator('tbody td').allTextContents();
    expect(cells.length).toBeGreaterThan(8);
    expect(cells.filter((c) => c === 'tidak ada lulusan').length).toBeGreaterThan(8);
    expect(cells).not.toContain('disembunyikan demi privasi');
    await page.close();
  });
});

describe('provisional periods', () => {
  it('the as-of quarter reads "sementara" in the key figures and the tables, "provisional" in English', async () => {
    const page = await context.newPage();
    await page.goto(pageUrl('/'));
    expect(await page.locator('[data-part="headline"] h3[data-provisional]').allTextContents()).toEqual([
      '2026 s.d. triwulan III (sementara)',
      'Triwulan III 2026 (sementara)',
    ]);
    await page.goto(pageUrl('/pekerjaan/welders/'));
    expect(await page.locator('#welders-demand-supply table tbody tr:last-child th').textContent()).toBe('triwulan III 2026 (sementara)');
    expect(await page.locator('#welders-demand-supply svg').textContent()).toContain('sementara');
    await page.goto(pageUrl('/en/occupations/welders/'));
    expect(await page.locator('#welders-demand-supply table tbody tr:last-child th').textContent()).toBe('Q3 2026 (provisional)');
    await page.close();
  });
});

describe('words', () => {
  it("every Indonesian page uses only the glossary's forms (triwulan III, bersertifikat, …)", () => {
    const off = builtPages()
      .filter((p) => !p.path.startsWith('/en/'))
      .flatMap((p) => {
        const text = readFileSync(p.file, 'utf8')
          .replace(/<(script|style|textarea)[\s\S]*?<\/\1>/g, ' ')
          .replace(/<[^>]+>/g, ' ');
        return offTerms(text, 'id').map((o) => `${p.path}: ${o}`);
      });
    expect(off).toEqual([]);
  });

  it('the 404 page says so in both languages', async () => {
    const page = await context.newPage();
    watchErrors(page);
    const response = await page.goto(pageUrl('/pekerjaan/no-such-occupation/'));
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Halaman tidak ditemukan');
    expect(await page.locator('main [lang="en"]').first().textContent()).toContain('Page not found');
    await page.close();
  });
});

describe("the overview's gap chart and occupation names", () => {
  it('links every occupation from the chart and its table, cuts no name, and uses the width at 1280 px', async () => {
    for (const [path, prefix] of [
      ['/', '/pekerjaan/'],
      ['/en/', '/en/occupations/'],
    ] as const) {
      const page = await context.newPage();
      watchErrors(page);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(pageUrl(path));
      const found = await page.evaluate(() => {
        const figure = document.querySelector('#demand-supply-gap')!;
        const svg = figure.querySelector('[data-part="chart"] svg')!;
        const hrefs = [...svg.querySelectorAll('a')].map((a) => a.getAttribute('href'));
        return {
          chartHrefs: [...new Set(hrefs)],
          cut: svg.textContent!.includes('…'),
          tableHrefs: [...figure.querySelectorAll('table tbody th a')].map((a) => a.getAttribute('href')),
          svgWidth: svg.getBoundingClientRect().width,
          pageWidth: document.documentElement.clientWidth,
        };
      });
      expect(found.cut).toBe(false);
      expect(found.chartHrefs).toHaveLength(20);
      expect(found.chartHrefs.every((h) => h!.startsWith(prefix))).toBe(true);
      expect(new Set(found.tableHrefs)).toEqual(new Set(found.chartHrefs));
      // 720 px of a 1280 px screen (it was 480 px, in one of two columns).
      expect(found.svgWidth).toBeGreaterThanOrEqual(700);
      const welders = `${prefix}welders/`;
      expect(found.chartHrefs).toContain(welders);
      expect(seriousViolations(path, await runAxe(page))).toEqual([]);
      await page.close();
    }
  });

  it('an occupation page leads with the everyday name, the KBJI title and code under it', async () => {
    const page = await context.newPage();
    watchErrors(page);
    await page.goto(pageUrl('/pekerjaan/welders/'));
    expect(await page.locator('h1').textContent()).toBe('Juru las');
    expect(await page.locator('[data-kbji]').textContent()).toBe('KBJI 7212 · Pekerja Pengelasan');
    await page.goto(pageUrl('/en/occupations/welders/'));
    expect(await page.locator('h1').textContent()).toBe('Welder');
    expect(await page.locator('[data-kbji]').textContent()).toBe('KBJI 7212 · Pekerja Pengelasan (Welders and flamecutters)');
    await page.goto(pageUrl('/pekerjaan/scaffolders/'));
    expect(await page.locator('h1').textContent()).toBe('Tukang perancah');
    expect(await page.locator('[data-kbji] abbr').getAttribute('title')).toBe('yang tidak diklasifikasikan di tempat lain');
    expect(await page.locator('.kbji-note').textContent()).toBe('YTDL: yang tidak diklasifikasikan di tempat lain.');
    await page.close();
  });
});
