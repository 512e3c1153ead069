// Releases in the built site, read from dist/ without a browser: both sample releases have their
// pages and files, a chart pinned to the first release shows the first release's number where the
// second revised it, the live page's embed code offers the pinned version first, and /perubahan/
// lists the revision with its old and new value. Runs in the e2e project, which builds the site.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';

/** The built test site, provided by the e2e project's global setup (tests/e2e/support/global-setup.ts). */
const built = (inject as (key: string) => { dist: string; origin: string } | undefined)('e2e');
const site = () => built!;

const page = (urlPath: string) => {
  const file = path.join(site().dist, urlPath, 'index.html');
  expect(existsSync(file), urlPath).toBe(true);
  return parseHTML(readFileSync(file, 'utf8')).document;
};
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The table cell of a figure: row header → the cell under a column header. */
function tableCell(document: Document, chart: string, row: string, column: string): string {
  const table = document.querySelector(`figure[data-chart="${chart}"] [data-part="table"] table`)!;
  const columns = [...table.querySelectorAll('thead th')].map((th) => squash(th.textContent));
  const tr = [...table.querySelectorAll('tbody tr')].find((r) => squash(r.querySelector('th')?.textContent) === row)!;
  expect(tr, `${chart}: row ${row}`).toBeTruthy();
  return squash(tr.children[columns.indexOf(column)]?.textContent);
}

describe.skipIf(built === undefined)("the sample's releases in the built site", () => {
  it('have a page each, in both languages, with their own files', () => {
    for (const release of ['2026-08-31', '2026-09-30']) {
      const id = page(`/rilis/${release}/`);
      expect(squash(id.querySelector('h1')?.textContent)).toMatch(/^Rilis data per \d+ \w+ 2026$/);
      // The overview's four charts, and amendment 1.1's routes, waiting time and women and men (the sample's releases have its metrics).
      expect(id.querySelectorAll('figure[data-chart]').length).toBe(7);
      expect([...id.querySelectorAll('[data-part="downloads"] a')].map((a) => a.getAttribute('href'))).toEqual([
        `/data/rilis/${release}/facts.csv`,
        `/data/rilis/${release}/meta.json`,
      ]);
      expect(readFileSync(path.join(site().dist, 'data/rilis', release, 'facts.csv'), 'utf8')).toBe(
        readFileSync(path.join('data/releases/sample', release, 'facts.csv'), 'utf8'),
      );
      expect(page(`/en/releases/${release}/`).querySelectorAll('figure[data-chart]').length).toBe(7);
    }
    const list = page('/rilis/');
    expect([...list.querySelectorAll('[data-release]')].map((tr) => tr.getAttribute('data-release'))).toEqual(['2026-09-30', '2026-08-31']);
  });

  it('pin a chart to the first release: its number, where the second release revised it', () => {
    // Completed welders in 2026-Q2: 122 in the release of 31 August, 123 after the export of 30 September.
    const pinned = page('/embed/rilis/2026-08-31/welders-demand-supply/');
    const live = page('/embed/welders-demand-supply/');
    // In that release the training export's latest event was 28 June: the quarter was provisional, and said so.
    expect(tableCell(pinned, 'welders-demand-supply', 'triwulan II 2026 (sementara)', 'Lulus pelatihan')).toBe('122');
    expect(tableCell(live, 'welders-demand-supply', 'triwulan II 2026', 'Lulus pelatihan')).toBe('123');
    expect(squash(pinned.querySelector('[data-part="source"]')?.textContent)).toContain('Data per 31 Agustus 2026');
    const en = page('/en/embed/releases/2026-08-31/welders-demand-supply/');
    expect(tableCell(en, 'welders-demand-supply', 'Q2 2026 (provisional)', 'Completed training')).toBe('122');
  });

  it('offer the pinned embed first, and "always the latest" beside it', () => {
    const embed = page('/pekerjaan/welders/').querySelector('figure[data-chart="welders-demand-supply"] [data-action="embed"]')!;
    const versions = [...embed.querySelectorAll('[data-embed-version]')].map((v) => [
      v.getAttribute('data-embed-version'),
      (v.querySelector('textarea')?.textContent ?? '')
        .match(/iframe src=&quot;([^&]+)&quot;|iframe src="([^"]+)"/)
        ?.slice(1)
        .find(Boolean),
    ]);
    expect(versions).toEqual([
      ['pinned', `${site().origin}/embed/rilis/2026-09-30/welders-demand-supply/`],
      ['latest', `${site().origin}/embed/welders-demand-supply/`],
    ]);
    expect(embed.querySelector('input[value="pinned"]')?.hasAttribute('checked')).toBe(true);
    // Vacancy details are not kept in releases: that chart says so, and offers the latest only.
    const sector = page('/pekerjaan/welders/').querySelector('figure[data-chart="welders-demand-by-sector"] [data-action="embed"]')!;
    expect(sector.querySelectorAll('[data-embed-version]').length).toBe(1);
  });

  it('list revisions on /perubahan/ with old and new values, and a suppressed cell as a word', () => {
    const changes = page('/perubahan/');
    const row = (key: string) => {
      const tr = changes.querySelector(`tr[data-key="${key}"]`);
      expect(tr, key).toBeTruthy();
      return [...tr!.querySelectorAll('td')].map((td) => squash(td.textContent));
    };
    expect(row('completed,2026-Q2,7212,*,*')).toEqual(['Lulus pelatihan', 'triwulan II 2026', 'Juru las', '122', '123', '+1']);
    const hidden = [...changes.querySelectorAll('tr[data-key]')]
      .map((tr) => [...tr.querySelectorAll('td')].map((td) => squash(td.textContent)))
      .filter((cells) => cells[4] === 'disembunyikan');
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((cells) => cells[5] === '')).toBe(true);
    expect(page('/en/changes/').querySelector('tr[data-key="completed,2026-Q2,7212,*,*"]')).toBeTruthy();
  });
});
