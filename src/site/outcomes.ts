// Amendment 1.1's metrics as the pages read them: the three placement routes (adding up to `placed`)
// and the four placement-rate horizons, plus each published rate's 95 % interval from its cohort.
// Only published cells: a suppressed or window-open rate has no interval, and a rate whose cohort is
// not published (it never is then, DATA-CONTRACT §8) has none either.
import type { DatasetName, MetricName } from '../pipeline/contract.ts';
import type { Cell, Dims, SiteData } from './facts.ts';
import { cell } from './facts.ts';
import type { Interval } from './wilson.ts';
import { SMALL_N, rateInterval } from './wilson.ts';

export const ROUTES = ['employed', 'migrant', 'self_employed'] as const;
export type Route = (typeof ROUTES)[number];
export type RouteMetric = `placed_${Route}`;

export const HORIZONS = [30, 90, 180, 365] as const;
export type Horizon = (typeof HORIZONS)[number];
export type RateMetric = `placement_rate_${Horizon}d`;

export type OutcomeMetric = MetricName | RouteMetric | RateMetric;

export function routeMetric(route: Route): RouteMetric {
  return `placed_${route}`;
}

export function rateMetric(days: Horizon): RateMetric {
  return `placement_rate_${days}d`;
}

/** The published cell of any metric, amendment 1.1's included (facts.csv carries them as any other). */
export function outcomeCell(site: Pick<SiteData, 'index'>, metric: OutcomeMetric, period: string, dims: Dims = {}): Cell | undefined {
  // The contract's MetricName lists amendment 1.1's metrics once the data build publishes them; the
  // lookup is by name either way.
  return cell(site, metric as MetricName, period, dims);
}

/** The datasets a metric is counted from: routes from placements, rates from enrolments and placements. */
export function outcomeSources(metric: RouteMetric | RateMetric): DatasetName[] {
  return metric.startsWith('placed_') ? ['placements'] : ['enrollments', 'placements'];
}

export interface RateWithInterval {
  rate: number;
  cohort: number;
  interval: Interval;
  /** Fewer than SMALL_N completers: the page says "small n". */
  small: boolean;
}

/** A published rate with its cohort and 95 % interval, or null when the rate is not shown. */
export function withInterval(rate: Cell | undefined, cohort: Cell | undefined): RateWithInterval | null {
  if (!rate || rate.flag !== '' || rate.value === null) return null;
  if (!cohort || cohort.flag !== '' || cohort.value === null || cohort.value === 0) return null;
  const { lower, upper } = rateInterval(rate.value, cohort.value);
  return { rate: rate.value, cohort: cohort.value, interval: { lower, upper }, small: cohort.value < SMALL_N };
}
