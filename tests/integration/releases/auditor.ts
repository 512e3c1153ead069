// An auditor who holds two successive releases and tries to recover suppressed counts by
// subtraction (docs/data-rules.md, "Releases and revisions"). Additive groups of each release:
// for enrolled, completed and placed, each breakdown with its total per period, a year with its
// quarters, a quarter with its months. Known: what a release published, and what "assuming no
// revision" gives — a cell hidden in one release whose true value equals what is known of it in the
// other. Any group with exactly one unknown is solved; repeat until nothing changes.
import type { PublishedFact } from '../../../src/pipeline/publish.ts';
import { factKey, parentPeriod } from '../../../src/pipeline/suppress.ts';

const ADDITIVE = new Set(['enrolled', 'completed', 'placed']);

export interface AuditedRelease {
  published: readonly PublishedFact[];
  /** The same inputs built with --min-cell 1: every count as it truly is. */
  truth: readonly PublishedFact[];
}

export interface Recovered {
  release: number;
  key: string;
  value: number;
}

interface Group { total: string; parts: string[] }

function groupsOf(facts: readonly PublishedFact[]): Group[] {
  const keys = new Set(facts.filter((f) => ADDITIVE.has(f.metric)).map(factKey));
  const groups = new Map<string, Group>();
  const add = (total: string, part: string, name: string) => {
    if (!keys.has(total)) return;
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { total, parts: [] }));
    g.parts.push(part);
  };
  for (const f of facts) {
    if (!ADDITIVE.has(f.metric)) continue;
    const key = factKey(f);
    const dimension = f.occupation !== '*' ? 'occupation' : f.kecamatan !== '*' ? 'kecamatan' : f.sex !== '*' ? 'sex' : null;
    if (dimension) add(`${f.metric},${f.period},*,*,*`, key, `${f.metric},${f.period},${dimension}`);
    const parent = parentPeriod(f.period);
    if (parent) add(`${f.metric},${parent},${f.occupation},${f.kecamatan},${f.sex}`, key, `${f.metric},${parent},${f.occupation},${f.kecamatan},${f.sex},periods`);
  }
  return [...groups.values()];
}

/** Every cell the auditor comes to know in either release that held a small count (1 to minCell − 1). */
export function audit(releases: readonly AuditedRelease[], minCell: number): { recovered: Recovered[]; solved: number } {
  const truth = releases.map((r) => new Map(r.truth.map((f) => [factKey(f), f.value])));
  const known = releases.map((r) => new Map(r.published.filter((f) => f.flag === '' && f.value !== null).map((f) => [factKey(f), f.value as number])));
  const groups = releases.map((r) => groupsOf(r.truth));
  let solved = 0;
  const learn = (i: number, key: string, value: number) => {
    if (value !== truth[i].get(key)) throw new Error(`auditor arithmetic is wrong for ${key} in release ${i + 1}: ${value} ≠ ${truth[i].get(key)}`);
    known[i].set(key, value);
    solved++;
  };
  let changed = true;
  while (changed) {
    changed = false;
    // Assuming no revision: a value known in one release, where the other release has the same true value.
    for (let i = 0; i < releases.length; i++) {
      for (let j = 0; j < releases.length; j++) {
        if (i === j) continue;
        for (const [key, value] of known[j]) {
          if (!known[i].has(key) && truth[i].has(key) && truth[i].get(key) === value) {
            learn(i, key, value);
            changed = true;
          }
        }
      }
    }
    for (let i = 0; i < releases.length; i++) {
      for (const { total, parts } of groups[i]) {
        const cells = [total, ...parts];
        const unknown = cells.filter((k) => !known[i].has(k));
        if (unknown.length !== 1) continue;
        const partsSum = parts.reduce((sum, k) => sum + (known[i].get(k) ?? 0), 0);
        const value = unknown[0] === total ? partsSum : known[i].get(total)! - partsSum;
        learn(i, unknown[0], value);
        changed = true;
      }
    }
  }
  const recovered: Recovered[] = [];
  releases.forEach((r, i) => {
    for (const f of r.published) {
      const key = factKey(f);
      const value = truth[i].get(key);
      if (f.flag === 'suppressed' && ADDITIVE.has(f.metric) && known[i].has(key) && value !== null && value !== undefined && value >= 1 && value < minCell) {
        recovered.push({ release: i + 1, key, value });
      }
    }
  });
  return { recovered, solved };
}
