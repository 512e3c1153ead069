// Pages read right (issue 8), checked on every content page of the built site: every breakdown
// table has its rest and Jumlah rows and adds up, no suppressed value is drawn away from the zero
// line, and an empty cohort says so instead of "hidden".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { offTerms } from '../../src/site/i18n/glossary.ts';
import { builtPages, launchChromium, pageUrl, runAxe, seriousViolations, siteContext, visitEach, watchErrors } from './support/site.ts';

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  context = await siteContext(browser);
});
afterAll(async () => {
  await browser?.close();
});

const contentPages = () =>
  builtPages()
    .filter((p) => !p.embed)
    .map((p) => p.path);

describe('breakdown tables', () => {
  it('end with Lainnya / Tidak diketahui (occupations, kecamatan) and Jumlah, and their rows add up to it', async () => {
    let tables = 0;
    const problems = await visitEach(context, contentPages(), async (page, path) => {
      const found = await page.evaluate(() => {
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
      tables += found.length;
      return found.flat().map((issue) => `${path}: ${issue}`);
    });
    expect(problems).toEqual([]);
    // The overview's gap table and map, each occupation's sector table, the two list pages, in two languages.
    expect(tables).toBeGreaterThan(40);
  });

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
  it('are drawn on the zero line of their chart, on every page', async () => {
    let marks = 0;
    const problems = await visitEach(context, contentPages(), async (page, path) => {
      const found = await page.evaluate(() =>
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
      marks += found.filter((f) => f === 'ok').length;
      return found.filter((f) => f !== 'ok').map((f) => `${path}: ${f}`);
    });
    expect(problems).toEqual([]);
    expect(marks).toBeGreaterThan(10);
  });

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

describe('on a 360 px phone', () => {
  it('no page is wider than the screen, and every embed fits the default height of its embed code', async () => {
    const phone = await siteContext(browser, { viewport: { width: 360, height: 740 } });
    const defaults = new Map<string, number>();
    const measured = new Map<string, number>();
    const pages = builtPages()
      .filter((p) => !/\/(rilis|releases)\//.test(p.path) || !p.embed)
      .map((p) => p.path);
    const problems = await visitEach(
      phone,
      pages,
      async (page, path) => {
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (/^\/(en\/)?embed\//.test(path)) {
          measured.set(path, await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height)));
        } else {
          for (const code of await page.locator('[data-action="embed"] textarea').allTextContents()) {
            const m = /src="https?:\/\/[^/"]+(\/[^"]*)" [^>]* height="(\d+)"/.exec(code);
            if (m) defaults.set(m[1], Number(m[2]));
          }
        }
        return width > 360 ? [`${path}: ${width} px wide`] : [];
      },
      3,
    );
    await phone.close();
    expect(problems).toEqual([]);
    const short = [...measured]
      .filter(([path, height]) => defaults.has(path) && defaults.get(path)! < height)
      .map(([path, height]) => `${path}: needs ${height} px, the embed code gives ${defaults.get(path)}`);
    expect(short).toEqual([]);
    expect([...measured.keys()].filter((p) => defaults.has(p)).length).toBeGreaterThan(100);
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
