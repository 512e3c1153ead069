// The one server-side chart renderer: Observable Plot into a linkedom document, serialised to an SVG
// string at build time, so every chart works with JavaScript off.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export type PlotOptions = Plot.PlotOptions;

/** A diagonal hatch, the one visual for "suppressed for privacy": never drawn like zero. */
export function hatchPatternId(chartId: string): string {
  return `hatch-${chartId}`;
}

/** The pattern's definition, under the id `hatch-<chartId>` or an explicit one. */
export function hatchDefs(chartId: string, id = hatchPatternId(chartId)): string {
  return (
    `<defs><pattern id="${id}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#555555" stroke-width="2.5"/></pattern></defs>`
  );
}

/** The role of a chart SVG whose marks link to pages (SVG-AAM's role for <svg>); others are role="img". */
export const CHART_WITH_LINKS_ROLE = 'graphics-document';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

/**
 * Plot options → an `<svg>` string with `role="img"` (or `CHART_WITH_LINKS_ROLE`), an accessible name (the chart's title) and a
 * description (the generated text), plus the hatch pattern the chart's suppressed marks refer to.
 */
export function renderSvg(options: PlotOptions, a11y: { id: string; title: string; description: string }): string {
  const node = Plot.plot({ ...options, document: document as unknown as Document });
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg');
  if (!svg) throw new Error(`chart ${a11y.id}: Plot returned no <svg>`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${a11y.id}-svg-title`);
  svg.setAttribute('aria-describedby', `${a11y.id}-svg-desc`);
  svg.removeAttribute('aria-description');
  // Inside role="img" the marks are presentational: Plot's aria-label on <g> is noise, and axe
  // flags it (aria-prohibited-attr). The chart's text alternative is the title, description and table.
  for (const el of [svg, ...svg.querySelectorAll('[aria-label]')]) el.removeAttribute('aria-label');
  // A chart with links (the gap chart's rows) is no image: inside role="img" its links would be
  // controls nested in an image (axe: nested-interactive). As a graphics document they are links.
  if (svg.querySelector('a')) svg.setAttribute('role', CHART_WITH_LINKS_ROLE);
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('class', 'chart-svg');
  const text = (tag: string, id: string, content: string) => {
    const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
    el.setAttribute('id', id);
    el.textContent = content;
    return el;
  };
  svg.insertBefore(text('desc', `${a11y.id}-svg-desc`, a11y.description), svg.firstChild);
  svg.insertBefore(text('title', `${a11y.id}-svg-title`, a11y.title), svg.firstChild);
  // Plot writes a per-plot class with its own <style>; keep it but add the hatch definitions.
  return svg.outerHTML.replace(/(<desc[^>]*>[\s\S]*?<\/desc>)/, `$1${hatchDefs(a11y.id)}`);
}
