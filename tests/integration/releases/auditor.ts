// An auditor who holds one or two successive releases and tries to recover suppressed numbers by
// subtraction (docs/data-rules.md, "Releases and revisions"). What the auditor knows: what a release
// published, and what "assuming no revision" gives — a cell hidden in one release whose true value
// equals what is known of it in the other. Additive groups of each release, each solved when exactly
// one of its cells is unknown, until nothing changes:
// - the counts enrolled, completed, placed and the three placement routes: each breakdown with its
//   total per period, a year with its quarters, a quarter with its months, and (amendment 1.1) the
//   three routes with `placed` per period and cell;
// - the numerators of each placement rate (people placed within D days), in the same breakdown and
//   period groups. A published rate with a known cohort (`completed`) gives its numerator; a known
//   cohort of 0 gives a numerator of 0. Rates whose window is open are never published: left out.
// It gives a small number away when it learns a suppressed count from 1 to minCell − 1, a suppressed
// rate's numerator or complement (cohort − numerator) from 1 to minCell − 1, or two numerators of one
// cell that differ by 1 to minCell − 1 (people placed between two horizons).
import { METRICS, metricSpec } from '../../../src/pipeline/contract.ts';
import type { Fact } from '../../../src/pipeline/metrics.ts';
import { rateThousandths } from '../../../src/pipeline/metrics.ts';
import { parentPeriod } from '../../../src/pipeline/periods.ts';
import { factKey, type PublishedFact } from '../../../src/pipeline/published.ts';

const ADDITIVE_COUNTS = new Set<string>([
  'enrolled',
  'completed',
  ...METRICS.filter((m) => metricSpec(m).periodAdditive && metricSpec(m).kind === 'count'),
]);
const ROUTES = METRICS.filter((m) => metricSpec(m).route !== undefined);
const RATES = new Set<string>(METRICS.filter((m) => metricSpec(m).kind === 'rate'));

export interface AuditedRelease {
  published: readonly PublishedFact[];
  /** Every fact before suppression (computeFacts): counts as they truly are, rates with their numerator and cohort. */
  truth: readonly Fact[];
}

export interface Recovered {
  release: number;
  key: string;
  value: number;
}

interface Group {
  total: string;
  parts: string[];
}

/** A rate's numerator, known apart from the rate: `#metric,period,occupation,kecamatan,sex`. */
const numeratorKey = (f: Pick<Fact, 'metric' | 'period' | 'occupation' | 'kecamatan' | 'sex'>) => `#${factKey(f as Fact)}`;
const cohortKey = (f: Pick<Fact, 'period' | 'occupation' | 'kecamatan' | 'sex'>) =>
  `completed,${f.period},${f.occupation},${f.kecamatan},${f.sex}`;

/** The additive groups, over count keys and numerator keys. */
function groupsOf(facts: readonly Fact[]): Group[] {
  const keyOf = (f: Fact) => (RATES.has(f.metric) ? numeratorKey(f) : factKey(f));
  const counted = facts.filter((f) => ADDITIVE_COUNTS.has(f.metric) || (RATES.has(f.metric) && f.flag !== 'window_open'));
  const keys = new Set(counted.map(keyOf));
  const groups = new Map<string, Group>();
  const add = (total: string, part: string, name: string) => {
    if (!keys.has(total)) return;
    let g = groups.get(name);
    if (!g) groups.set(name, (g = { total, parts: [] }));
    g.parts.push(part);
  };
  for (const f of counted) {
    const key = keyOf(f);
    const prefix = RATES.has(f.metric) ? '#' : '';
    const dimension = f.occupation !== '*' ? 'occupation' : f.kecamatan !== '*' ? 'kecamatan' : f.sex !== '*' ? 'sex' : null;
    if (dimension) add(`${prefix}${f.metric},${f.period},*,*,*`, key, `${prefix}${f.metric},${f.period},${dimension}`);
    const parent = parentPeriod(f.period);
    if (parent)
      add(
        `${prefix}${f.metric},${parent},${f.occupation},${f.kecamatan},${f.sex}`,
        key,
        `${prefix}${f.metric},${parent},${f.occupation},${f.kecamatan},${f.sex},periods`,
      );
    if (ROUTES.includes(f.metric))
      add(`placed,${f.period},${f.occupation},${f.kecamatan},${f.sex}`, key, `routes,${f.period},${f.occupation},${f.kecamatan},${f.sex}`);
  }
  return [...groups.values()];
}

/** The numerator a published rate gives with a known cohort, when only one numerator rounds to it. */
function numeratorOf(rate: number, cohort: number): number | null {
  if (cohort === 0) return 0;
  const thousandths = Math.round(rate * 1000);
  const candidates: number[] = [];
  for (let n = Math.floor(((thousandths - 1) * cohort) / 1000); n <= Math.ceil(((thousandths + 1) * cohort) / 1000) && n <= cohort; n++) {
    if (n >= 0 && rateThousandths(n, cohort) === thousandths) candidates.push(n);
  }
  return candidates.length === 1 ? candidates[0] : null;
}

/** Every small number the auditor comes to know in either release. */
export function audit(releases: readonly AuditedRelease[], minCell: number): { recovered: Recovered[]; solved: number } {
  const small = (n: number) => n >= 1 && n < minCell;
  const truth = releases.map((r) => {
    const map = new Map<string, number>();
    for (const f of r.truth) {
      if (RATES.has(f.metric)) {
        if (f.flag !== 'window_open') map.set(numeratorKey(f), f.numerator!);
      } else if (f.value !== null) map.set(factKey(f as Fact), f.value);
    }
    return map;
  });
  const known = releases.map(
    (r) =>
      new Map(
        r.published
          .filter((f) => f.flag === '' && f.value !== null && !RATES.has(f.metric))
          .map((f) => [factKey(f as Fact), f.value as number]),
      ),
  );
  const publishedRates = releases.map((r) => r.published.filter((f) => RATES.has(f.metric) && f.flag !== 'window_open'));
  const groups = releases.map((r) => groupsOf(r.truth));
  let solved = 0;
  const learn = (i: number, key: string, value: number) => {
    if (value !== truth[i].get(key))
      throw new Error(`auditor arithmetic is wrong for ${key} in release ${i + 1}: ${value} ≠ ${truth[i].get(key)}`);
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
    // A rate's numerator from the rate and its cohort; none placed in an empty cohort.
    for (let i = 0; i < releases.length; i++) {
      for (const f of publishedRates[i]) {
        const key = numeratorKey(f);
        const cohort = known[i].get(cohortKey(f));
        if (known[i].has(key) || cohort === undefined || !truth[i].has(key)) continue;
        const n = f.flag === '' ? numeratorOf(f.value!, cohort) : cohort === 0 ? 0 : null;
        if (n === null) continue;
        learn(i, key, n);
        changed = true;
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
    const numerators = new Map<string, number[]>();
    for (const f of r.published) {
      const key = factKey(f as Fact);
      if (RATES.has(f.metric)) {
        const n = known[i].get(numeratorKey(f));
        if (n === undefined) continue;
        const cell = `${f.period},${f.occupation},${f.kecamatan},${f.sex}`;
        numerators.set(cell, [...(numerators.get(cell) ?? []), n]);
        const cohort = known[i].get(cohortKey(f));
        if (f.flag === 'suppressed' && (small(n) || (cohort !== undefined && small(cohort - n))))
          recovered.push({ release: i + 1, key: numeratorKey(f), value: n });
        continue;
      }
      const value = truth[i].get(key);
      if (f.flag === 'suppressed' && ADDITIVE_COUNTS.has(f.metric) && known[i].has(key) && value !== undefined && small(value)) {
        recovered.push({ release: i + 1, key, value });
      }
    }
    for (const [cell, ns] of numerators) {
      for (let a = 0; a < ns.length; a++) {
        for (let b = a + 1; b < ns.length; b++) {
          if (small(Math.abs(ns[a] - ns[b])))
            recovered.push({ release: i + 1, key: `placed between two horizons,${cell}`, value: Math.abs(ns[a] - ns[b]) });
        }
      }
    }
  });
  return { recovered, solved };
}
