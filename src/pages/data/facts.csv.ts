// facts.csv exactly as the data build published it.
import { siteData } from '../../site/facts.ts';

export function GET(): Response {
  return new Response(siteData().factsCsv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
