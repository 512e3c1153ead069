import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildData, type BuildResult } from '../../src/pipeline/build.ts';
import { DEFAULT_MIN_CELL } from '../../src/pipeline/contract.ts';
import { isoToDay } from '../../src/pipeline/values/dates.ts';
import './support/compile-cache.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/build');

export function tempDir(prefix = 'lm-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export interface Built {
  result: BuildResult;
  out: string;
  report: string;
  facts: Map<string, string>;
  meta: any;
}

/** Builds a fixture folder in-process; `facts` maps `metric,period,occupation,kecamatan,sex` → `value,flag`. */
export async function build(input: string, options: { asOf?: string; minCell?: number; out?: string } = {}): Promise<Built> {
  const dir = tempDir();
  const out = options.out ?? path.join(dir, 'out');
  const report = path.join(dir, 'report.csv');
  const result = await buildData({
    input,
    out,
    report,
    minCell: options.minCell ?? DEFAULT_MIN_CELL,
    asOf: options.asOf ? isoToDay(options.asOf)! : undefined,
  });
  const facts = new Map<string, string>();
  let meta: any = null;
  if (result.exitCode === 0) {
    const lines = readFileSync(path.join(out, 'facts.csv'), 'utf8').trim().split('\n').slice(1);
    for (const line of lines) {
      const cells = line.split(',');
      facts.set(cells.slice(0, 5).join(','), cells.slice(5).join(','));
    }
    meta = JSON.parse(readFileSync(path.join(out, 'meta.json'), 'utf8'));
  }
  return { result, out, report, facts, meta };
}

/** Every file under a folder, with its content. */
export function filesUnder(dir: string): { file: string; content: Buffer }[] {
  const out: { file: string; content: Buffer }[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full));
    else out.push({ file: full, content: readFileSync(full) });
  }
  return out;
}
