// The one renderer: an SVG string at build time, accessible, carrying its own hatch pattern.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { barsPlot } from '../../../src/site/charts/bars.ts';
import { formatter } from '../../../src/site/format.ts';
import { renderSvg } from '../../../src/site/render.ts';
import { standaloneSvg } from '../../../src/site/standalone.ts';

const plot = barsPlot(
  {
    unit: 'count',
    rows: [
      { key: 'a', label: 'Started', value: 40, state: 'shown', color: '#6B6B6B', text: '40' },
      { key: 'b', label: 'Certified', value: null, state: 'suppressed', color: '#00785A', text: '<5' },
    ],
  },
  { fmt: formatter('en'), minCell: 5, hatch: 'url(#hatch-funnel)' },
);

describe('renderSvg', () => {
  const svg = renderSvg(plot, { id: 'funnel', title: 'Funnel title', description: 'Bar chart. Started: 40; Certified: <5.' });
  const { document } = parseHTML(`<html><body>${svg}</body></html>`);
  const root = document.querySelector('svg')!;

  it('is an image named by its title and described by the generated text', () => {
    expect(root.getAttribute('role')).toBe('img');
    expect(document.getElementById(root.getAttribute('aria-labelledby')!)!.textContent).toBe('Funnel title');
    expect(document.getElementById(root.getAttribute('aria-describedby')!)!.textContent).toBe('Bar chart. Started: 40; Certified: <5.');
  });

  it('defines the hatch its suppressed marks use, and keeps no aria-label on marks', () => {
    expect(document.querySelector('pattern')!.getAttribute('id')).toBe('hatch-funnel');
    expect(svg).toContain('fill="url(#hatch-funnel)"');
    expect(document.querySelectorAll('[aria-label]')).toHaveLength(0);
  });
});

describe('standaloneSvg', () => {
  it('wraps the chart with title, legend, source and URL, escaping text', () => {
    const out = standaloneSvg({
      title: 'Demand < supply & more',
      subtitle: 'By year.',
      legend: [{ label: 'Hatched: fewer than 5', color: '#555555', swatch: 'hatch' }],
      notes: [],
      source: 'Source: X. Data as of 30 September 2026.',
      url: 'https://x.test/#c',
      chartSvg: '<svg width="400" height="100"></svg>',
      chartWidth: 400,
      chartHeight: 100,
      hatchId: 'hatch-c',
    });
    expect(out).toContain('<title>Demand &lt; supply &amp; more</title>');
    expect(out).toContain('<svg x="16" y=');
    expect(out).toContain('fill="url(#hatch-c-legend)"');
    expect(out).toContain('>https://x.test/#c</text>');
    expect(out.startsWith('<?xml')).toBe(true);
  });
});
