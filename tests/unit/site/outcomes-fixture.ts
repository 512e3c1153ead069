// The site fixture plus contract amendment 1.1's metrics (routes, four horizons) and sex cells, with a
// second year (2024) so there is a trend. Each row is a published cell as the data build would write it:
// e.g. welders' 2025 routes are employed 10, migrant 6, self-employed 4 → 4 suppressed, and group (c)
// then suppresses migrant 6 too; welders' 2024 horizons 5/10/12/14 of 20 lose 90 and 365 days to the
// horizon rule (10 and 14 differ from 12 by 1–4 people).
import { parseFacts } from '../../../src/pipeline/published.ts';
import type { SiteData } from '../../../src/site/facts.ts';
import { indexFacts } from '../../../src/site/facts.ts';
import { FACTS_CSV, fixtureSite } from './fixture.ts';

export const OUTCOME_ROWS = `completed,2024,*,*,*,80,
completed,2024,7212,*,*,20,
completed,2025,*,*,L,55,
completed,2025,*,*,P,45,
completed,2025,*,*,unknown,0,
enrolled,2025,*,*,L,85,
enrolled,2025,*,*,P,60,
enrolled,2025,*,*,unknown,5,
certified,2025,*,*,L,36,
certified,2025,*,*,P,,suppressed
certified,2025,*,*,unknown,,suppressed
placed,2024,*,*,*,40,
placed,2025,*,*,L,38,
placed,2025,*,*,P,12,
placed,2025,*,*,unknown,0,
placed,2025,7212,*,*,20,
placed,2024,7212,*,*,0,
placed_employed,2024,*,*,*,32,
placed_employed,2025,*,*,*,30,
placed_employed,2025,*,*,L,20,
placed_employed,2025,*,*,P,10,
placed_employed,2025,*,*,unknown,0,
placed_employed,2025,7212,*,*,10,
placed_employed,2024,7212,*,*,0,
placed_migrant,2024,*,*,*,,suppressed
placed_migrant,2025,*,*,*,15,
placed_migrant,2025,*,*,L,,suppressed
placed_migrant,2025,*,*,P,,suppressed
placed_migrant,2025,*,*,unknown,0,
placed_migrant,2025,7212,*,*,,suppressed
placed_migrant,2024,7212,*,*,0,
placed_self_employed,2024,*,*,*,,suppressed
placed_self_employed,2025,*,*,*,5,
placed_self_employed,2025,*,*,L,5,
placed_self_employed,2025,*,*,P,0,
placed_self_employed,2025,*,*,unknown,0,
placed_self_employed,2025,7212,*,*,,suppressed
placed_self_employed,2024,7212,*,*,0,
placement_rate_30d,2024,*,*,*,0.350,
placement_rate_90d,2024,*,*,*,0.500,
placement_rate_180d,2024,*,*,*,0.625,
placement_rate_365d,2024,*,*,*,0.700,
placement_rate_30d,2025,*,*,*,0.410,
placement_rate_90d,2025,*,*,*,0.550,
placement_rate_180d,2025,*,*,*,,window_open
placement_rate_365d,2025,*,*,*,,window_open
placement_rate_30d,2024,7212,*,*,0.250,
placement_rate_90d,2024,7212,*,*,,suppressed
placement_rate_180d,2024,7212,*,*,0.600,
placement_rate_365d,2024,7212,*,*,,suppressed
placement_rate_30d,2025,7212,*,*,,suppressed
placement_rate_90d,2025,7212,*,*,0.343,
placement_rate_180d,2025,7212,*,*,,window_open
placement_rate_365d,2025,7212,*,*,,window_open
`;

export function outcomeSite(): SiteData {
  const base = fixtureSite();
  const factsCsv = FACTS_CSV + OUTCOME_ROWS;
  const facts = parseFacts(factsCsv);
  return {
    ...base,
    facts,
    factsCsv,
    index: indexFacts(facts),
    meta: { ...base.meta, periods: { ...base.meta.periods, years: ['2024', '2025', '2026'] } },
  };
}
