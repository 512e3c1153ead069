// facts.csv for Excel set to Indonesian (BOM, semicolons, decimal commas).
import { excelIndonesianCsv } from '../../site/downloads.ts';
import { siteData } from '../../site/facts.ts';

export function GET(): Response {
  return new Response(excelIndonesianCsv(siteData().factsCsv), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
