// The data downloads: facts.csv as published, a copy for Excel set to Indonesian, a Frictionless
// data package describing both, and schema.org Dataset JSON-LD for search engines.
import { METRICS } from '../pipeline/contract.ts';
import { csvLine } from '../pipeline/csv-writer.ts';
import type { Meta } from './facts.ts';

/**
 * facts.csv for Excel in Indonesian: UTF-8 BOM (so Excel reads UTF-8), semicolons (Excel's list
 * separator where the decimal sign is a comma), decimal commas in `value`, CRLF line ends.
 * Written by the one CSV writer (quoting, formula defusing), although no field of facts.csv needs either.
 */
export function excelIndonesianCsv(factsCsv: string): string {
  const lines = factsCsv.replace(/\r?\n$/, '').split(/\r?\n/);
  const out = lines.map((line, i) => {
    const fields = line.split(',');
    if (i > 0) fields[5] = fields[5].replace('.', ',');
    return csvLine(fields, { delimiter: ';' });
  });
  return `\uFEFF${out.join('\r\n')}\r\n`;
}

export const LICENCE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0',
} as const;

const FIELDS = (decimalChar: '.' | ',') => [
  { name: 'metric', type: 'string', description: 'Metric name (methodology page)', constraints: { required: true, enum: [...METRICS] } },
  {
    name: 'period',
    type: 'string',
    description: 'Year (2025), quarter (2025-Q3) or month (2025-09)',
    constraints: { required: true, pattern: '^\\d{4}(-Q[1-4]|-\\d{2})?$' },
  },
  {
    name: 'occupation',
    type: 'string',
    description: 'KBJI 2014 4-digit code, other, or * (all)',
    constraints: { required: true, pattern: '^(\\d{4}|other|\\*)$' },
  },
  {
    name: 'kecamatan',
    type: 'string',
    description: 'BPS kecamatan code, unknown, or * (all)',
    constraints: { required: true, pattern: '^(\\d{7}|unknown|\\*)$' },
  },
  {
    name: 'sex',
    type: 'string',
    description: 'L, P, unknown, or * (all)',
    constraints: { required: true, enum: ['L', 'P', 'unknown', '*'] },
  },
  { name: 'value', type: 'number', decimalChar, description: 'Integer for counts, 3 decimals for rates; empty when flagged' },
  {
    name: 'flag',
    type: 'string',
    description: 'Empty, suppressed (fewer than min_cell, hidden for privacy) or window_open',
    constraints: { enum: ['suppressed', 'window_open'] },
  },
];

export function dataPackage(meta: Meta, urls: { home: string; facts: string; excel: string }): object {
  return {
    profile: 'tabular-data-package',
    name: 'link-and-match-cilegon',
    title: 'Link & Match Cilegon: demand for skilled workers and vocational training supply, Kota Cilegon',
    description: `Published facts (metric × period × occupation / kecamatan / sex) as of ${meta.as_of}. Counts of people from 1 to ${meta.min_cell - 1} are suppressed, with complementary suppression.${meta.sample ? ' Built from synthetic sample data.' : ''}`,
    homepage: urls.home,
    version: `${meta.contract_version}.0.0`,
    created: meta.as_of,
    licenses: [LICENCE],
    keywords: ['Cilegon', 'vocational training', 'pelatihan vokasi', 'labour demand', 'lowongan kerja', 'sertifikasi'],
    resources: [
      {
        name: 'facts',
        path: urls.facts,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', header: true, lineTerminator: '\n' },
        schema: { fields: FIELDS('.'), missingValues: [''], primaryKey: ['metric', 'period', 'occupation', 'kecamatan', 'sex'] },
      },
      {
        name: 'facts-excel-id',
        path: urls.excel,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8-sig',
        description: 'The same table for Excel set to Indonesian: UTF-8 with BOM, semicolons, decimal commas.',
        dialect: { delimiter: ';', header: true, lineTerminator: '\r\n' },
        schema: { fields: FIELDS(','), missingValues: [''], primaryKey: ['metric', 'period', 'occupation', 'kecamatan', 'sex'] },
      },
    ],
  };
}

export function datasetJsonLd(
  meta: Meta,
  o: { name: string; description: string; url: string; lang: string; facts: string; excel: string; datapackage: string },
): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: o.name,
    description: o.description,
    url: o.url,
    inLanguage: o.lang,
    license: LICENCE.path,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: 'Link & Match Cilegon' },
    dateModified: meta.as_of,
    temporalCoverage: `${meta.periods.first}/${meta.as_of}`,
    spatialCoverage: { '@type': 'Place', name: 'Kota Cilegon, Banten, Indonesia' },
    keywords: ['Cilegon', 'pelatihan vokasi', 'vocational training', 'lowongan kerja', 'labour demand'],
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: o.facts },
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: o.excel, description: 'Excel (Bahasa Indonesia)' },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: o.datapackage, description: 'Frictionless Data Package' },
    ],
  };
}
