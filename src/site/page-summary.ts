// What a page says about itself, in one place for every kind of page of the route table: its title
// (the <title> and link previews), its heading (the h1), its description and its main chart. The pages
// print it and the social previews (social/previews.ts) draw it, so a preview cannot drift from its page.
import { siteData } from './facts.ts';
import { figureById, figuresOn, type FigureModel } from './figures/index.ts';
import { occupationChartIds } from './figures/occupation.ts';
import { outcomeChartIds } from './figures/outcomes.ts';
import { formatter } from './format.ts';
import { t, type Lang } from './i18n/index.ts';
import { everydayName } from './occupation-names.ts';
import { siteChangeHistory } from './releases/history.ts';
import type { PageRef } from './routes.ts';

export interface PageSummary {
  /** The page's title, before the site's name is added to it. */
  title: string;
  /** The page's h1. */
  heading: string;
  /** The meta and link-preview description; undefined: the site's tagline. */
  description?: string;
  /** The first chart on the page; undefined for a page without charts. */
  chart?: FigureModel;
}

function occupation(slug: string) {
  const o = siteData().reference.occupations.find((x) => x.slug === slug);
  if (!o) throw new Error(`no occupation "${slug}"`);
  return o;
}

/** The charts of an occupation's printable brief, in the order it prints them: trend, funnel, routes. */
export function briefCharts(lang: Lang, slug: string): FigureModel[] {
  const onPage = figuresOn(lang, { kind: 'occupation', slug });
  const wanted = [occupationChartIds(slug).trend, occupationChartIds(slug).funnel, outcomeChartIds(slug).routes];
  return wanted.flatMap((id) => onPage.filter((f) => f.id === id));
}

export function pageSummary(lang: Lang, page: PageRef): PageSummary {
  const s = t(lang);
  const fmt = formatter(lang);
  const titled = (title: string, description?: string, chart?: FigureModel) => ({ title, heading: title, description, chart });
  switch (page.kind) {
    case 'overview':
      return { title: s.overview.title, heading: s.tagline, description: s.overview.intro, chart: figuresOn(lang, page)[0] };
    case 'occupations':
      return titled(s.nav.occupations);
    case 'kecamatanList':
      return titled(s.nav.kecamatan);
    case 'occupation': {
      const o = occupation(page.slug);
      const name = everydayName(o, lang);
      return {
        title: name,
        heading: s.occupation.title(name),
        description: s.occupation.intro(name, o.code),
        chart: figuresOn(lang, page)[0],
      };
    }
    case 'occupationPrint': {
      const name = everydayName(occupation(page.slug), lang);
      return titled(s.outcomes.print.title(name), s.outcomes.print.description(name), briefCharts(lang, page.slug)[0]);
    }
    case 'kecamatan': {
      const { reference } = siteData();
      const k = reference.kecamatan.find((x) => x.slug === page.slug);
      if (!k) throw new Error(`no kecamatan "${page.slug}"`);
      return titled(
        s.kecamatan.title(k.name),
        k.population === null
          ? s.kecamatan.introNoPopulation(k.name)
          : s.kecamatan.intro(k.name, fmt.count(k.population), reference.population_source[lang]),
        figuresOn(lang, page)[0],
      );
    }
    case 'methodology':
      return titled(s.methodology.title, s.methodology.intro);
    case 'data':
      return titled(s.data.title, s.data.intro);
    case 'releases':
      return titled(s.releases.title, s.releases.intro);
    case 'release':
      return titled(
        s.releases.releaseTitle(fmt.date(page.release)),
        s.releases.releaseIntro(fmt.date(page.release)),
        figuresOn(lang, page)[0],
      );
    case 'changes': {
      const latest = siteChangeHistory()[0];
      return titled(s.changes.title, latest ? s.changes.intro(fmt.date(latest.newer), fmt.date(latest.older)) : s.changes.none);
    }
    case 'updating':
      return titled(s.updating.title, s.updating.intro);
    case 'embed': {
      const f = figureById(lang, page.chart, page.release);
      return titled(f.title, undefined, f);
    }
  }
}
