// Amendment 1.1's metrics as the pages read them: the three placement routes (adding up to `placed`)
// and the four placement-rate horizons, plus each published rate's 95 % interval from its cohort.
// Only published cells: a suppressed or window-open rate has no interval, and a rate whose cohort is
// not published (it never is then, DATA-CONTRACT §8) has none either.
import type { MetricName } from '../pipeline/contract.ts';
import type { Cell } from './facts.ts';
import type { Interval } from './wilson.ts';
import { SMALL_N, rateInterval } from './wilson.ts';

export const PLACEMENT_ROUTES = ['employed', 'migrant', 'self_employed'] as const;
export type Route = (typeof PLACEMENT_ROUTES)[number];
export type RouteMetric = `placed_${Route}` & MetricName;

export const HORIZONS = [30, 90, 180, 365] as const;
export type Horizon = (typeof HORIZONS)[number];
export type RateMetric = `placement_rate_${Horizon}d` & MetricName;

export function routeMetric(route: Route): RouteMetric {
  return `placed_${route}`;
}

export function rateMetric(days: Horizon): RateMetric {
  return `placement_rate_${days}d`;
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
