// A chart as a file a journalist can use alone: the chart's SVG inside one SVG that also carries
// the title, subtitle, legend, notes and source line (with the as-of date and the page's URL).
// The PNG download draws this same file onto a canvas.
import type { LegendItem } from './charts/model.ts';
import { hatchDefs } from './render.ts';

export interface StandaloneParts {
  title: string;
  subtitle: string;
  legend: readonly LegendItem[];
  notes: readonly string[];
  source: string;
  url: string;
  chartSvg: string;
  chartWidth: number;
  chartHeight: number;
  hatchId: string;
}

const PAD = 16;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Greedy word wrap by an estimated character width: SVG text has no wrapping of its own. */
export function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function swatch(item: LegendItem, x: number, y: number, hatchId: string): string {
  switch (item.swatch) {
    case 'line':
      return `<line x1="${x}" x2="${x + 18}" y1="${y}" y2="${y}" stroke="${item.color}" stroke-width="2.5"/>`;
    case 'dashed-line':
      return `<line x1="${x}" x2="${x + 18}" y1="${y}" y2="${y}" stroke="${item.color}" stroke-width="2.5" stroke-dasharray="5 3"/>`;
    case 'square':
      return `<rect x="${x + 4}" y="${y - 5}" width="10" height="10" fill="${item.color}"/>`;
    case 'ring':
      return `<circle cx="${x + 9}" cy="${y}" r="4.5" fill="white" stroke="${item.color}" stroke-width="2"/>`;
    case 'diamond':
      return `<path d="M${x + 9},${y - 6}L${x + 15},${y}L${x + 9},${y + 6}L${x + 3},${y}Z" fill="${item.color}"/>`;
    case 'hatch':
      return `<rect x="${x}" y="${y - 6}" width="18" height="12" fill="url(#${hatchId}-legend)" stroke="#555555"/>`;
    case 'outline':
      return `<rect x="${x}" y="${y - 6}" width="18" height="12" fill="none" stroke="${item.color}" stroke-dasharray="3 2"/>`;
    case 'bar':
      return `<rect x="${x}" y="${y - 6}" width="18" height="12" fill="${item.color}"/>`;
    case 'highlight':
      return `<rect x="${x + 1.5}" y="${y - 4.5}" width="15" height="9" fill="white" stroke="${item.color}" stroke-width="3"/>`;
  }
}

export function standaloneSvg(p: StandaloneParts): string {
  const width = p.chartWidth + 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  const textLines = (lines: string[], size: number, weight: number, fill: string) => {
    for (const line of lines) {
      y += size * 1.3;
      parts.push(`<text x="${PAD}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(line)}</text>`);
    }
  };
  textLines(wrap(p.title, Math.floor(p.chartWidth / 10)), 16, 700, '#111111');
  y += 4;
  textLines(wrap(p.subtitle, Math.floor(p.chartWidth / 6.4)), 12, 400, '#333333');
  y += 8;
  for (const item of p.legend) {
    y += 18;
    parts.push(swatch(item, PAD, y - 4, p.hatchId));
    parts.push(`<text x="${PAD + 26}" y="${y}" font-size="12" fill="#222222">${escapeXml(item.label)}</text>`);
  }
  y += 8;
  const chart = p.chartSvg.replace(/^<svg\b/, `<svg x="${PAD}" y="${y}"`);
  y += p.chartHeight + 4;
  parts.push(chart);
  for (const note of p.notes) textLines(wrap(note, Math.floor(p.chartWidth / 6)), 11, 400, '#333333');
  textLines(wrap(p.source, Math.floor(p.chartWidth / 6)), 11, 400, '#333333');
  // A long URL breaks before its anchor rather than running off the image.
  textLines(p.url.length > p.chartWidth / 6 ? p.url.replace('#', '\n#').split('\n') : [p.url], 11, 400, '#333333');
  const height = Math.ceil(y + PAD);
  // The chart defines its hatch inside the nested <svg>; the legend's swatch gets its own at the top level.
  const defs = hatchDefs('', `${p.hatchId}-legend`);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif">` +
    `<title>${escapeXml(p.title)}</title>${defs}<rect width="${width}" height="${height}" fill="#ffffff"/>${parts.join('')}</svg>\n`
  );
}
