// The site's one door to the published data: facts.csv, meta.json, reference.json and demand.json
// from the folder named by SITE_DATA (default `site-data`), loaded once per build, with typed lookups.
// Nothing here reads raw inputs: every private number the pages show is a suppressed facts.csv cell.
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { METRICS, metricSpec, type DatasetName, type MetricName } from '../pipeline/contract.ts';
import {
  factKey,
  parseFacts,
  type Flag,
  type PublishedDemand,
  type PublishedFact,
  type PublishedKecamatan,
  type PublishedMeta,
  type PublishedOccupation,
  type PublishedReference,
  type PublishedScheme,
} from '../pipeline/published.ts';

/** One published number: a value, or null with the reason it is not shown. */
export interface Cell {
  value: number | null;
  flag: Flag;
}

// The published files' types under the names the pages use; they are declared once, in published.ts.
export type Meta = PublishedMeta;
export type Reference = PublishedReference;
export type OccupationRef = PublishedOccupation;
export type KecamatanRef = PublishedKecamatan;
export type SchemeRef = PublishedScheme;
export type Demand = PublishedDemand;

/**
 * The year and quarter the headline figures are for: the latest complete ones, or — with less than
 * a complete year or quarter of data — the latest published one, though partial.
 */
export function headlinePeriods(meta: Meta): { year: string; quarter: string } {
  return {
    year: meta.latest_complete.year ?? meta.periods.years.at(-1)!,
    quarter: meta.latest_complete.quarter ?? meta.periods.quarters.at(-1)!,
  };
}

export interface KecamatanFeature {
  type: 'Feature';
  properties: { kode_kecamatan_bps: string; [key: string]: unknown };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

export interface KecamatanGeo {
  type: 'FeatureCollection';
  features: KecamatanFeature[];
}

/** A breakdown of a metric: `*` means all; facts.csv publishes the total and one dimension at a time. */
export interface Dims {
  occupation?: string;
  kecamatan?: string;
  sex?: string;
}

export interface SiteData {
  facts: PublishedFact[];
  meta: Meta;
  reference: Reference;
  demand: Demand;
  geo: KecamatanGeo;
  /** The raw facts.csv text, offered for download unchanged. */
  factsCsv: string;
  index: Map<string, Cell>;
}

/** Published cells by facts.csv key. */
export function indexFacts(facts: readonly PublishedFact[]): Map<string, Cell> {
  const index = new Map<string, Cell>();
  for (const f of facts) index.set(factKey(f), { value: f.value, flag: f.flag });
  return index;
}

/** The published cell, or undefined when facts.csv has no such cross-tabulation (then the page leaves it out). */
export function cell(data: Pick<SiteData, 'index'>, metric: MetricName, period: string, dims: Dims = {}): Cell | undefined {
  return data.index.get(
    factKey({ metric, period, occupation: dims.occupation ?? '*', kecamatan: dims.kecamatan ?? '*', sex: dims.sex ?? '*' }),
  );
}

/** The dataset a metric is counted from: when it is missing, the page says so instead of showing zeros. */
export const METRIC_SOURCES: Record<MetricName, readonly DatasetName[]> = Object.fromEntries(
  METRICS.map((m) => [m, metricSpec(m).sources]),
) as Record<MetricName, readonly DatasetName[]>;

/** Datasets behind a metric that the data build had no file for. */
export function missingSources(meta: Pick<Meta, 'datasets'>, metric: MetricName): DatasetName[] {
  return METRIC_SOURCES[metric].filter((d) => !meta.datasets[d]?.present);
}

export function siteDataDir(): string {
  return resolve(process.env.SITE_DATA ?? 'site-data');
}

/** Kecamatan boundaries for the map: fixed geography, not part of the data build. */
export function kecamatanGeoPath(): string {
  return resolve('data/reference/cilegon-kecamatan.geojson');
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function loadSiteData(dir: string = siteDataDir(), geoPath: string = kecamatanGeoPath()): SiteData {
  for (const file of ['facts.csv', 'meta.json', 'reference.json', 'demand.json']) {
    if (!existsSync(join(dir, file))) {
      throw new Error(`${join(dir, file)} is missing: run \`npm run data\` first, or set SITE_DATA to a folder it wrote`);
    }
  }
  if (!existsSync(geoPath)) throw new Error(`${geoPath} is missing (kecamatan boundaries for the map)`);
  const factsCsv = readFileSync(join(dir, 'facts.csv'), 'utf8');
  const facts = parseFacts(factsCsv);
  return {
    facts,
    factsCsv,
    index: indexFacts(facts),
    meta: readJson<Meta>(join(dir, 'meta.json')),
    reference: readJson<Reference>(join(dir, 'reference.json')),
    demand: readJson<Demand>(join(dir, 'demand.json')),
    geo: readJson<KecamatanGeo>(geoPath),
  };
}

let loaded: SiteData | undefined;

/** Loaded once per build: every page and endpoint shares it. */
export function siteData(): SiteData {
  loaded ??= loadSiteData();
  return loaded;
}
