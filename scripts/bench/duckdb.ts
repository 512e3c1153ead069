// The reference for issue 9's target 1: DuckDB reading the same national-scale files and computing the
// same kind of counts — rows by period (year, quarter, month) × occupation / kecamatan / sex through
// GROUPING SETS, and COUNT(DISTINCT person_id) for the people certified. DuckDB is installed on demand
// into a cache folder, never by `npm ci`: the project does not depend on it.
//
// What DuckDB does not do, so its time is a lower bound for the same work: it validates nothing (no
// reject report, no repeats or supersession, no links), maps occupations only from codes (programs and
// schemes by a join, vacancies by occupation_code; no job-title rules), takes kecamatan as written, and
// treats every city as in scope.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FILES } from './national-input.ts';

export const DUCKDB_VERSION = '1.5.6-r.1';
export const DUCKDB_CACHE = path.join(
  process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'),
  'link-and-match',
  `duckdb-${DUCKDB_VERSION}`,
);

/** The cache folder holding @duckdb/node-api, installed there first when missing. */
export function ensureDuckDb(log: (line: string) => void, cache: string = DUCKDB_CACHE): string {
  if (existsSync(path.join(cache, 'node_modules', '@duckdb', 'node-api', 'package.json'))) return cache;
  log(`DuckDB: installing @duckdb/node-api@${DUCKDB_VERSION} into ${cache}`);
  mkdirSync(cache, { recursive: true });
  const npm = spawnSync(
    'npm',
    ['install', '--prefix', cache, '--no-audit', '--no-fund', '--no-save', `@duckdb/node-api@${DUCKDB_VERSION}`],
    { encoding: 'utf8' },
  );
  if (npm.status !== 0) throw new Error(`npm install @duckdb/node-api@${DUCKDB_VERSION} failed:\n${npm.stderr}`);
  return cache;
}

const sql = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** One query per dataset: counts by period × (total, occupation, kecamatan, sex). */
export function queries(input: string, reference: string): Record<string, string> {
  const file = (name: string, options = '') => `read_csv(${sql(path.join(input, name))}, header = true${options})`;
  const ref = (name: string) => `read_csv(${sql(path.join(reference, name))}, header = true, all_varchar = true)`;
  // Every row counts in its year, quarter and month, as the build publishes all three.
  const count = (rows: string, measure: string) => `WITH rows AS (${rows})
    SELECT period, occupation, kecamatan, sex, ${measure} AS n
    FROM rows, unnest([strftime(day, '%Y'), strftime(day, '%Y') || '-Q' || quarter(day), strftime(day, '%Y-%m')]) AS t(period)
    GROUP BY GROUPING SETS ((period), (period, occupation), (period, kecamatan), (period, sex))`;
  return {
    enrollments: count(
      `SELECT e.start_date AS day, p.occupation_code AS occupation, e.kecamatan, e.sex
      FROM ${file(FILES.enrollments)} e LEFT JOIN ${ref('programs.csv')} p ON upper(p.program_code) = upper(e.program_code)`,
      'count(*)',
    ),
    certified: count(
      `SELECT c.tanggal_uji AS day, s.occupation_code AS occupation, c.kecamatan, NULL AS sex, c.nik AS person
      FROM ${file(FILES.certifications, ", dateformat = '%d/%m/%Y', types = {'nik': 'VARCHAR', 'kecamatan': 'VARCHAR'}")} c
      LEFT JOIN ${ref('schemes.csv')} s ON upper(s.scheme_code) = upper(c.kode_skema)
      WHERE lower(c.hasil) = 'kompeten'`,
      'count(DISTINCT person)',
    ),
    placements: count(
      `SELECT placement_date AS day, occupation_code AS occupation, kecamatan, sex
      FROM ${file(FILES.placements, ", types = {'occupation_code': 'VARCHAR', 'kecamatan': 'VARCHAR', 'sex': 'VARCHAR'}")}`,
      'count(*)',
    ),
    vacancies: count(
      `SELECT posted_date AS day, occupation_code AS occupation, kecamatan, NULL AS sex, positions
      FROM ${file(FILES.vacancies, ", types = {'occupation_code': 'VARCHAR', 'kecamatan': 'VARCHAR'}")}`,
      'sum(positions)',
    ),
  };
}

interface DuckDb {
  DuckDBInstance: {
    create(
      path: string,
    ): Promise<{ connect(): Promise<{ runAndReadAll(sql: string): Promise<{ currentRowCount: number }>; closeSync(): void }> }>;
  };
}

/** Runs the queries in this process (the benchmark's child) and returns the groups each produced. */
export async function runDuckDb(cache: string, input: string, reference: string): Promise<Record<string, number>> {
  const entry = createRequire(path.join(cache, 'package.json')).resolve('@duckdb/node-api');
  const { DuckDBInstance } = (await import(pathToFileURL(entry).href)) as DuckDb;
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const groups: Record<string, number> = {};
  for (const [name, query] of Object.entries(queries(path.resolve(input), path.resolve(reference)))) {
    const reader = await connection.runAndReadAll(query);
    groups[name] = reader.currentRowCount;
  }
  connection.closeSync();
  return groups;
}
