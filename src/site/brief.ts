// What one occupation's printable brief says besides its charts: the key figures of the latest
// complete year (demand, certified, completed, placed, the gap), the latest published 180-day
// placement rate with its 95 % interval, and one generated paragraph. Published cells only.
import type { OccupationRef } from './facts.ts';
import { shown } from './charts/model.ts';
import { cellText, inSentence, rateWithIntervalText } from './charts/titles.ts';
import type { BuildContext } from './figures/context.ts';
import { get, occupationName } from './figures/context.ts';
import type { RateWithInterval } from './outcomes.ts';
import { withInterval } from './outcomes.ts';

export interface Brief {
  name: string;
  year: string;
  figures: { key: 'demand' | 'certified' | 'completed' | 'placed' | 'gap'; value: string; label: string }[];
  /** The latest completion year with a published 180-day rate, or null. */
  rate: (RateWithInterval & { period: string; text: string }) | null;
  paragraph: string;
}

export function occupationBrief(ctx: BuildContext, o: OccupationRef): Brief {
  const p = ctx.s.outcomes.print;
  const dims = { occupation: o.code };
  const year = ctx.year;
  const demand = get(ctx, 'demand_positions', year, dims);
  const certified = get(ctx, 'certified', year, dims);
  // The gap only from two published numbers: a suppressed supply leaves it unsaid.
  const gap = shown(demand) && shown(certified) ? ctx.fmt.count(demand.value - certified.value) : '–';
  const rate =
    [...ctx.years]
      .reverse()
      .map((period) => {
        const r = withInterval(get(ctx, 'placement_rate_180d', period, dims), get(ctx, 'completed', period, dims));
        return r && { ...r, period, text: rateWithIntervalText(ctx, r.rate, r.interval) };
      })
      .find((r) => r !== null) ?? null;
  const name = occupationName(ctx, o.code);
  const rateSentence = rate
    ? p.paragraphRate(ctx.fmt.period(rate.period), rate.text, ctx.fmt.count(rate.cohort), rate.small ? ctx.s.outcomes.smallN : '')
    : p.paragraphRateNone;
  return {
    name,
    year,
    figures: [
      { key: 'demand', value: cellText(ctx, demand), label: p.demand },
      { key: 'certified', value: cellText(ctx, certified), label: p.certified },
      { key: 'gap', value: gap, label: p.gap },
      { key: 'completed', value: cellText(ctx, get(ctx, 'completed', year, dims)), label: p.completed },
      { key: 'placed', value: cellText(ctx, get(ctx, 'placed', year, dims)), label: p.placed },
    ],
    rate,
    paragraph: p.paragraph(inSentence(name), ctx.fmt.period(year), cellText(ctx, demand), cellText(ctx, certified), rateSentence),
  };
}
