// Every figure of the site, built once per language and edition (the live data, or one release) and
// looked up by page or by id: the pages, the embed pages and the CSV/SVG endpoints all draw from this
// one registry. A release runs the same builders on its own facts: the charts drawn from facts.csv
// alone, its overview charts on its release page.
import type { SiteData } from '../facts.ts';
import type { Lang } from '../i18n/index.ts';
import { editionData } from '../releases.ts';
import { renderSvg } from '../render.ts';
import { pagePath, type PageRef } from '../routes.ts';
import { isProvisional } from '../provisional.ts';
import type { BuildContext } from './context.ts';
import { buildContext } from './context.ts';
import { breakdownProblems } from './breakdown.ts';
import type { FigureModel } from './figure.ts';
import { phoneChartId } from './figure.ts';
import { kecamatanFigures } from './kecamatan.ts';
import { occupationFigures } from './occupation.ts';
import { overviewFigures } from './overview.ts';

export type { FigureModel } from './figure.ts';

/** Every figure's provisional periods, labelled in its table and named in a note under it. */
function markProvisional(ctx: BuildContext, figures: FigureModel[]): void {
  for (const f of figures) {
    const periods = [...new Set(f.data.filter((d) => d.rowIsPeriod && isProvisional(d.row, ctx.site.meta, f.sources)).map((d) => d.row))];
    if (!periods.length) continue;
    f.provisional = periods;
    f.notes = [...f.notes, ctx.s.provisional.note(periods.map((p) => ctx.fmt.period(p)).join(', '))];
  }
}

/** Every figure of one edition's data; a release's only those drawn from facts.csv, its overview's on its own page. */
export function editionFigures(site: SiteData, lang: Lang, release?: string): FigureModel[] {
  const ctx = buildContext(site, lang);
  const figures = [
    ...overviewFigures(ctx),
    ...site.reference.occupations.flatMap((o) => occupationFigures(ctx, o)),
    ...site.reference.kecamatan.flatMap((k) => kecamatanFigures(ctx, k)),
  ];
  const ids = new Set<string>();
  for (const f of figures) {
    if (ids.has(f.id)) throw new Error(`two charts share the id "${f.id}": chart ids must be unique`);
    ids.add(f.id);
  }
  markProvisional(ctx, figures);
  const problems = figures.flatMap((f) => breakdownProblems(f.id, f));
  if (problems.length) throw new Error(`a breakdown's table must end with its rest and total rows and add up:\n${problems.join('\n')}`);
  if (release === undefined) return figures;
  return figures
    .filter((f) => !f.demandDetails)
    .map((f) => ({ ...f, release, page: f.page.kind === 'overview' ? { kind: 'release' as const, release } : f.page }));
}

const built = new Map<string, FigureModel[]>();

export function allFigures(lang: Lang, release?: string): FigureModel[] {
  const key = `${lang}:${release ?? ''}`;
  let figures = built.get(key);
  if (!figures) built.set(key, (figures = editionFigures(editionData(release), lang, release)));
  return figures;
}

function samePage(a: PageRef, b: PageRef): boolean {
  return pagePath('id', a) === pagePath('id', b);
}

export function figuresOn(lang: Lang, page: PageRef): FigureModel[] {
  return allFigures(lang, page.kind === 'release' ? page.release : undefined).filter((f) => samePage(f.page, page));
}

export function figureById(lang: Lang, id: string, release?: string): FigureModel {
  const f = allFigures(lang, release).find((x) => x.id === id);
  if (!f) throw new Error(`no chart "${id}"${release ? ` in release ${release}` : ''}`);
  return f;
}

const svgs = new Map<string, string>();

/** The chart's SVG, rendered once per build and reused by page, embed page and download. */
export function figureSvg(f: FigureModel): string {
  const key = `${f.lang}:${f.release ?? ''}:${f.id}`;
  let svg = svgs.get(key);
  if (svg === undefined) {
    svg = renderSvg(f.plot, { id: f.id, title: f.title, description: f.description });
    svgs.set(key, svg);
  }
  return svg;
}

/** The chart's phone layout as SVG, with the same accessible name and description; none for a chart without one. */
export function figurePhoneSvg(f: FigureModel): string | undefined {
  if (!f.phonePlot) return undefined;
  const key = `${f.lang}:${f.release ?? ''}:${phoneChartId(f.id)}`;
  let svg = svgs.get(key);
  if (svg === undefined) {
    svg = renderSvg(f.phonePlot, { id: phoneChartId(f.id), title: f.title, description: f.description });
    svgs.set(key, svg);
  }
  return svg;
}
