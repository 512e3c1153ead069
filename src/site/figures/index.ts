// Every figure of the site, built once per language and looked up by page or by id: the pages,
// the embed pages and the CSV/SVG endpoints all draw from this one registry.
import { siteData } from '../facts.ts';
import type { Lang } from '../i18n/index.ts';
import { renderSvg } from '../render.ts';
import type { PageRef } from '../routes.ts';
import { buildContext } from './context.ts';
import type { FigureModel } from './figure.ts';
import { kecamatanFigures } from './kecamatan.ts';
import { occupationFigures } from './occupation.ts';
import { overviewFigures } from './overview.ts';

export type { FigureModel } from './figure.ts';

const built = new Map<Lang, FigureModel[]>();

export function allFigures(lang: Lang): FigureModel[] {
  let figures = built.get(lang);
  if (!figures) {
    const site = siteData();
    const ctx = buildContext(site, lang);
    figures = [
      ...overviewFigures(ctx),
      ...site.reference.occupations.flatMap((o) => occupationFigures(ctx, o)),
      ...site.reference.kecamatan.flatMap((k) => kecamatanFigures(ctx, k)),
    ];
    const ids = new Set<string>();
    for (const f of figures) {
      if (ids.has(f.id)) throw new Error(`two charts share the id "${f.id}": chart ids must be unique`);
      ids.add(f.id);
    }
    built.set(lang, figures);
  }
  return figures;
}

function samePage(a: PageRef, b: PageRef): boolean {
  return a.kind === b.kind && ('slug' in a ? a.slug : '') === ('slug' in b ? b.slug : '');
}

export function figuresOn(lang: Lang, page: PageRef): FigureModel[] {
  return allFigures(lang).filter((f) => samePage(f.page, page));
}

export function figureById(lang: Lang, id: string): FigureModel {
  const f = allFigures(lang).find((x) => x.id === id);
  if (!f) throw new Error(`no chart "${id}"`);
  return f;
}

const svgs = new Map<string, string>();

/** The chart's SVG, rendered once per build and reused by page, embed page and download. */
export function figureSvg(f: FigureModel): string {
  const key = `${f.lang}:${f.id}`;
  let svg = svgs.get(key);
  if (svg === undefined) {
    svg = renderSvg(f.plot, { id: f.id, title: f.title, description: f.description });
    svgs.set(key, svg);
  }
  return svg;
}
