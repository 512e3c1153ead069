// Privacy (§8): primary suppression of small counts, complementary suppression so no suppressed
// cell can be recovered by subtraction within a group, then the rates. Which metric is in which
// rule comes from the METRIC_TABLE of contract.ts.

import { METRICS, PRIVATE_METRICS, RATE_HORIZON_ORDER, RATE_MIN_DENOMINATOR, metricSpec, type MetricName } from './contract.ts';
import { cellKey, type Fact } from './metrics.ts';
import { parentPeriod } from './periods.ts';
import { compareAscii, factKey } from './published.ts';

/** Counts that are suppressed primarily and complementarily. */
export const SUPPRESSED_COUNTS: readonly MetricName[] = METRICS.filter((m) => metricSpec(m).suppressedCount);
/** Counts whose quarters add up to their year (and months to their quarter): `certified_pool` is a stock, not a flow. */
const PERIOD_GROUPED: ReadonlySet<MetricName> = new Set(METRICS.filter((m) => metricSpec(m).periodAdditive));
/** The placement routes, parts of `placed` in group (c). */
const ROUTES: readonly MetricName[] = METRICS.filter((m) => metricSpec(m).route !== undefined);
/** The placement rates. */
export const RATES: readonly MetricName[] = METRICS.filter((m) => metricSpec(m).horizonDays !== undefined);

/** A group: a published total and the parts it is made of. */
export interface Group {
  total: Fact;
  parts: Fact[];
}

const isSuppressed = (f: Fact) => f.flag === 'suppressed';

function suppress(f: Fact): void {
  f.value = null;
  f.flag = 'suppressed';
}

/** Primary: a private count from 1 to minCell − 1 is published empty with flag `suppressed`; zero is published. */
export function suppressSmallCells(facts: Fact[], minCell: number): void {
  const counted = new Set(SUPPRESSED_COUNTS);
  for (const f of facts) {
    if (counted.has(f.metric) && f.value !== null && f.value >= 1 && f.value < minCell) suppress(f);
  }
}

/**
 * The groups of §8: (a) each breakdown with its total, per metric and period; (b) a year with its quarters
 * and a quarter with its months, per metric and cell; (c) the placement routes with `placed`, per period
 * and cell. Of the counts, or (with `metrics`) of the rates, whose groups (a) and (b) are built the same way.
 */
export function suppressionGroups(facts: Fact[], metrics: readonly MetricName[] = SUPPRESSED_COUNTS): Group[] {
  const counted = new Set(metrics);
  const byKey = new Map<string, Fact>();
  for (const f of facts) if (counted.has(f.metric)) byKey.set(factKey(f), f);
  const groups: Group[] = [];

  const breakdowns = new Map<string, Group>();
  for (const f of byKey.values()) {
    const dimension = f.occupation !== '*' ? 'occupation' : f.kecamatan !== '*' ? 'kecamatan' : f.sex !== '*' ? 'sex' : null;
    if (dimension === null) continue;
    const key = `${f.metric},${f.period},${dimension}`;
    let group = breakdowns.get(key);
    if (!group) {
      const total = byKey.get(`${f.metric},${f.period},*,*,*`);
      if (!total) continue;
      breakdowns.set(key, (group = { total, parts: [] }));
      groups.push(group);
    }
    group.parts.push(f);
  }

  const periodGroups = new Map<string, Group>();
  for (const f of byKey.values()) {
    if (!PERIOD_GROUPED.has(f.metric) && !RATES.includes(f.metric)) continue;
    const parent = parentPeriod(f.period);
    if (parent === null) continue;
    const total = byKey.get(`${f.metric},${cellKey(parent, f)}`);
    if (!total) continue;
    const key = factKey(total);
    let group = periodGroups.get(key);
    if (!group) {
      periodGroups.set(key, (group = { total, parts: [] }));
      groups.push(group);
    }
    group.parts.push(f);
  }

  if (counted.has('placed')) {
    for (const total of byKey.values()) {
      if (total.metric !== 'placed') continue;
      const parts = ROUTES.map((route) => byKey.get(`${route},${cellKey(total.period, total)}`)).filter((p) => p !== undefined);
      if (parts.length > 0) groups.push({ total, parts });
    }
  }
  for (const g of groups) g.parts.sort((a, b) => compareAscii(factKey(a), factKey(b)));
  return groups;
}

/**
 * A previous release, for revision-safe suppression: its published value and flag by fact key
 * (`metric,period,occupation,kecamatan,sex`). See docs/data-rules.md, "Revisions".
 */
export type PreviousRelease = ReadonlyMap<string, { value: string; flag: string }>;

interface Knowledge {
  /** A suppressed cell that still gives nothing away. */
  hidden(f: Fact): boolean;
  /** Suppressing this part would hide it. */
  hideable(f: Fact): boolean;
}

const CONTRACT_ONLY: Knowledge = { hidden: isSuppressed, hideable: () => true };

/**
 * With a previous release, a cell suppressed now whose true value equals the value that release
 * published is not hidden from anyone who assumes nothing was revised: it protects no other cell.
 */
function knowledgeAfter(previous: PreviousRelease, truth: ReadonlyMap<Fact, number | null>): Knowledge {
  const revealed = (f: Fact) => {
    const before = previous.get(factKey(f));
    return before !== undefined && before.flag === '' && Number(before.value) === truth.get(f);
  };
  return { hidden: (f) => isSuppressed(f) && !revealed(f), hideable: (f) => !revealed(f) };
}

/**
 * Complementary: in any group whose total is published, if exactly one part is suppressed, suppress
 * the smallest other non-zero published part (ties: first in byte order of its key); if there is none,
 * suppress the total. Where the contract is silent (docs/data-rules.md): in a group whose total is
 * suppressed and all of whose parts are published, the total is their sum, so the smallest non-zero
 * part is suppressed too. Repeat over all groups until nothing changes.
 */
export function suppressComplementary(groups: Group[], knowledge: Knowledge = CONTRACT_ONLY): number {
  let added = 0;
  for (let changed = 1; changed > 0; added += changed) changed = complementaryPass(groups, knowledge, countSize);
  return added;
}

/** What "smallest" compares: a count's value; a rate's numerator (§8, amendment 1.1). */
type Size = (f: Fact) => number;
const countSize: Size = (f) => f.value as number;
const rateSize: Size = (f) => f.numerator ?? 0;

/** One pass of the complementary rule over the groups; returns how many cells it suppressed. */
function complementaryPass(groups: Group[], knowledge: Knowledge, size: Size): number {
  let added = 0;
  const smallestPart = (parts: Fact[]) => {
    let pick: Fact | null = null;
    for (const p of parts) {
      if (isSuppressed(p) || size(p) === 0 || !knowledge.hideable(p)) continue;
      if (pick === null || size(p) < size(pick)) pick = p; // parts are byte-sorted: the first wins ties
    }
    return pick;
  };
  for (const { total, parts } of groups) {
    let hidden = 0;
    for (const p of parts) if (knowledge.hidden(p)) hidden++;
    let pick: Fact | null = null;
    if (!knowledge.hidden(total) && hidden === 1) {
      pick = smallestPart(parts) ?? (isSuppressed(total) ? null : total);
    } else if (knowledge.hidden(total) && hidden === 0) {
      pick = smallestPart(parts);
    }
    if (pick === null) continue;
    suppress(pick);
    added++;
  }
  return added;
}

/**
 * The rate groups of §8 (amendment 1.1): groups (a) and (b) of each placement rate, for periods whose
 * window is closed, without the parts whose cohort (`completed`) is published as 0: they hide nobody.
 */
export function rateGroups(facts: Fact[]): Group[] {
  const emptyCohorts = new Set<string>();
  for (const f of facts) if (f.metric === 'completed' && f.flag === '' && f.value === 0) emptyCohorts.add(cellKey(f.period, f));
  const hasCohort = (f: Fact) => !emptyCohorts.has(cellKey(f.period, f));
  return suppressionGroups(facts, RATES)
    .filter((g) => g.total.flag !== 'window_open' && hasCohort(g.total))
    .map((g) => ({ total: g.total, parts: g.parts.filter(hasCohort) }));
}

/**
 * §8 (amendment 1.1): the placement rates of one period and cell share their cohort, so the difference of
 * two numerators counts people too. Decided in the order of RATE_HORIZON_ORDER (other horizons after
 * them, shortest first), a published rate whose numerator differs by 1 to minCell − 1 from that of a
 * published rate decided before it is suppressed. A `window_open` rate is never compared with.
 *
 * With a previous release (docs/data-rules.md, "Releases and revisions"), a suppressed rate that release
 * published with the same value is known all the same: it is compared as if published, and when it
 * differs by 1 to minCell − 1 from a rate decided before it, that one is suppressed instead.
 */
export function suppressHorizonDifferences(facts: Fact[], minCell: number, knowledge: Knowledge = CONTRACT_ONLY): number {
  const rank = (f: Fact) => {
    const days = metricSpec(f.metric).horizonDays!;
    const i = RATE_HORIZON_ORDER.indexOf(days);
    return i >= 0 ? i : RATE_HORIZON_ORDER.length + days;
  };
  const byCell = new Map<string, Fact[]>();
  for (const f of facts) {
    if (!RATES.includes(f.metric)) continue;
    const key = cellKey(f.period, f);
    const rates = byCell.get(key);
    if (rates) rates.push(f);
    else byCell.set(key, [f]);
  }
  const apart = (a: Fact, b: Fact) => {
    const d = Math.abs((a.numerator ?? 0) - (b.numerator ?? 0));
    return d >= 1 && d < minCell;
  };
  let added = 0;
  for (const rates of byCell.values()) {
    rates.sort((a, b) => rank(a) - rank(b));
    let known: Fact[] = [];
    for (const f of rates) {
      if (f.flag === 'window_open' || knowledge.hidden(f)) continue;
      const clashes = known.filter((g) => apart(f, g));
      if (clashes.length === 0) {
        known.push(f);
      } else if (!isSuppressed(f) && knowledge.hideable(f)) {
        suppress(f);
        added++;
      } else {
        for (const g of clashes) {
          if (isSuppressed(g) || !knowledge.hideable(g)) continue;
          suppress(g);
          added++;
        }
        known = [...known.filter((g) => !clashes.includes(g) || !knowledge.hidden(g)), f];
      }
    }
  }
  return added;
}

/**
 * Rates (§8): suppressed when the denominator is below 10, the numerator or its complement is from 1 to
 * minCell − 1, or the `completed` count of the same period and cell is suppressed. `window_open` wins.
 */
export function suppressRates(facts: Fact[], minCell: number): void {
  const completed = new Map<string, Fact>();
  for (const f of facts) if (f.metric === 'completed') completed.set(cellKey(f.period, f), f);
  const small = (n: number) => n >= 1 && n < minCell;
  for (const f of facts) {
    if (!RATES.includes(f.metric) || f.flag === 'window_open') continue;
    const n = f.numerator ?? 0;
    const d = f.denominator ?? 0;
    if (d < RATE_MIN_DENOMINATOR || small(n) || small(d - n) || isSuppressed(completed.get(cellKey(f.period, f))!)) suppress(f);
  }
}

/**
 * All of §8, in place, in the contract's order: counts first (primary, then groups (a), (b) and (c) until
 * nothing changes); then the rates' base rule; then {the horizon rule; one pass of the rate groups}
 * until nothing changes. Returns how many cells complementary suppression added (counts and rates).
 *
 * With a previous release (revision-safe suppression, docs/data-rules.md): every cell that release
 * suppressed stays suppressed (sticky), and complementary suppression counts a suppressed cell as
 * hidden only when its true value differs from what the previous release published, and protects
 * with parts that suppression would really hide. Then no small count of either release can be
 * recovered by subtraction across the pair.
 */
export function applySuppression(facts: Fact[], minCell: number, previous?: PreviousRelease): number {
  const truth = new Map(facts.map((f) => [f, f.value]));
  suppressSmallCells(facts, minCell);
  if (previous) {
    for (const f of facts) {
      if (PRIVATE_METRICS.has(f.metric) && f.flag === '' && previous.get(factKey(f))?.flag === 'suppressed') suppress(f);
    }
  }
  const knowledge = previous ? knowledgeAfter(previous, truth) : CONTRACT_ONLY;
  let added = suppressComplementary(suppressionGroups(facts), knowledge);
  suppressRates(facts, minCell);
  const groups = rateGroups(facts);
  for (let changed = true; changed;) {
    const byHorizon = suppressHorizonDifferences(facts, minCell, knowledge);
    const byGroups = complementaryPass(groups, knowledge, rateSize);
    added += byGroups;
    changed = byHorizon + byGroups > 0;
  }
  return added;
}
