// Social previews: the 1200×630 composition (pure SVG) and the PNG.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { chartPlacement, clampLines, socialPreviewSvg, svgSize } from '../../../src/site/social/compose.ts';
import { svgToPng } from '../../../src/site/social/png.ts';
import { pngSize } from '../../e2e/support/png.ts';

const CHART =
  '<svg role="img" viewBox="0 0 400 300" height="300" width="400" font-family="system-ui, sans-serif"><rect x="10" y="10" width="100" height="50" fill="#c4500a"/><text x="20" y="100">2025</text></svg>';

const parts = {
  siteName: 'Link & Match Cilegon',
  heading: 'Welders & flamecutters',
  description: 'Demand from vacancies < supply from training.',
  url: 'https://example.org/en/occupations/welders/',
  chart: { title: 'Demand for welders is 9.3 times the certified supply, 2025', svg: CHART },
};

function texts(svg: string): string[] {
  const { document } = parseHTML(`<html><body>${svg}</body></html>`);
  const root = document.querySelector('svg')!;
  return [...root.children].filter((el) => el.tagName.toLowerCase() === 'text').map((el) => el.textContent ?? '');
}

describe('socialPreviewSvg', () => {
  const svg = socialPreviewSvg(parts);

  it('is 1200×630 with the site name, heading, description, chart title and URL without its scheme, wrapped and escaped', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630" viewBox="0 0 1200 630"/);
    expect(svg).toContain('>Link &amp; Match Cilegon</text>');
    expect(svg).toContain('<title>Welders &amp; flamecutters</title>');
    expect(svg).toContain('>Demand from vacancies &lt; supply from</text>');
    expect(svg).toContain('>example.org/en/occupations/welders/</text>');
    expect(texts(svg)).toEqual([
      'Link & Match Cilegon',
      'Welders &',
      'flamecutters',
      'Demand from vacancies < supply from',
      'training.',
      'Demand for welders is 9.3 times the',
      'certified supply, 2025',
      'example.org/en/occupations/welders/',
    ]);
  });

  it('nests the chart as the renderer made it, scaled into its box', () => {
    expect(svg).toContain(CHART);
    // The box is 532 px wide: 400 px scaled by 1.33 fits it and keeps the chart whole.
    expect(svg).toMatch(/<svg x="620" y="\d+" width="532" height="399" viewBox="0 0 400 300" overflow="hidden"><svg role="img"/);
    expect(svg).not.toContain('url(#preview-fade)"/>');
  });

  it('shows the top of a tall chart at a readable scale, faded where it is cut', () => {
    const tall = CHART.replace('viewBox="0 0 400 300" height="300"', 'viewBox="0 0 400 956" height="956"');
    const out = socialPreviewSvg({ ...parts, chart: { ...parts.chart, svg: tall } });
    expect(out).toMatch(/<svg x="686" y="(\d+)" width="400" height="(\d+)" viewBox="0 0 400 \2" overflow="hidden">/);
    expect(out).toContain('fill="url(#preview-fade)"/>');
  });

  it('shrinks a long heading, then cuts it after four lines with an ellipsis', () => {
    const long = socialPreviewSvg({
      ...parts,
      heading:
        'Industry demand for skilled workers and the supply from vocational training in Kota Cilegon, Banten, Indonesia, by occupation, kecamatan and quarter, 2023 to 2026',
    });
    const lines = [...long.matchAll(/<text x="56" y="\d+" font-size="30" font-weight="700" fill="#1a1a1a">([^<]*)<\/text>/g)].map(
      (m) => m[1],
    );
    expect(lines).toHaveLength(4);
    expect(lines[3].endsWith('…')).toBe(true);
  });

  it('uses the full width for text when the page has no chart, and marks sample data', () => {
    const out = socialPreviewSvg({ ...parts, chart: null, sampleNote: "Synthetic sample data: not Kota Cilegon's numbers." });
    expect(out).not.toContain('<svg x=');
    expect(texts(out)).toContain("Synthetic sample data: not Kota Cilegon's numbers.");
    expect(out).toContain('fill="#fff4cc"');
    expect(svg).not.toContain('fill="#fff4cc"');
  });
});

describe('preview helpers', () => {
  it('clampLines keeps at most n lines and ends the last with an ellipsis at a word', () => {
    expect(clampLines(['a b', 'c d'], 2, 10)).toEqual(['a b', 'c d']);
    expect(clampLines(['one two', 'three four five', 'six'], 2, 12)).toEqual(['one two', 'three four…']);
    expect(clampLines(['one two', 'three, four', 'six'], 2, 20)).toEqual(['one two', 'three, four…']);
  });

  it('chartPlacement fits a chart when its labels stay readable, else keeps scale ≤ 1 and cuts', () => {
    expect(chartPlacement({ width: 400, height: 300 }, { width: 532, height: 400 })).toEqual({
      scale: 1.33,
      visibleHeight: 300,
      cut: false,
    });
    expect(chartPlacement({ width: 400, height: 956 }, { width: 532, height: 400 })).toEqual({ scale: 1, visibleHeight: 400, cut: true });
    expect(chartPlacement({ width: 200, height: 100 }, { width: 532, height: 400 })).toEqual({
      scale: 1.5,
      visibleHeight: 100,
      cut: false,
    });
  });

  it("svgSize reads the chart's width and height, and refuses an SVG without them", () => {
    expect(svgSize(CHART)).toEqual({ width: 400, height: 300 });
    expect(() => svgSize('<svg viewBox="0 0 4 3"></svg>')).toThrow('no width and height');
  });
});

describe('svgToPng', () => {
  it('renders a 1200×630 PNG and draws text with the bundled font', () => {
    const png = svgToPng(socialPreviewSvg(parts));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    const blank = svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"></svg>');
    const text = svgToPng(
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="30" font-size="24">Cilegon</text></svg>',
    );
    expect(text.length).toBeGreaterThan(blank.length + 200);
  });
});
