// What a built page says about itself, read back from its HTML for its social preview: the preview
// shows the page's own heading, description, URL and main chart, so it cannot drift from the page.
import { parseHTML } from 'linkedom';

export interface PageSource {
  /** The page's `<html lang>`. */
  lang: string;
  heading: string;
  description: string;
  url: string;
  /** The og:image URL, where the preview goes; null for pages without one (embeds, 404). */
  image: string | null;
  /** The first figure: its title and the chart's SVG as the renderer made it. */
  chart: { title: string; svg: string } | null;
  sample: boolean;
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export function pageSource(html: string): PageSource {
  const { document } = parseHTML(html);
  const meta = (property: string) => document.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? null;
  const figure = document.querySelector('figure[data-chart]');
  const svg = figure?.querySelector('[data-part="chart"] svg');
  return {
    lang: document.documentElement.getAttribute('lang') ?? '',
    heading: squash(document.querySelector('h1')?.textContent),
    description: squash(meta('og:description') ?? document.querySelector('meta[name="description"]')?.getAttribute('content')),
    url: meta('og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
    image: meta('og:image'),
    chart: figure && svg ? { title: squash(figure.querySelector('[data-part="title"]')?.textContent), svg: svg.outerHTML } : null,
    sample: document.querySelector('[data-sample]') !== null,
  };
}
