// A chart's numbers for Excel set to Indonesian, as facts-excel-id.csv is: UTF-8 with BOM, semicolons,
// decimal commas, CRLF line ends, and Indonesian column names. The same cells as the chart's CSV.
import type { FigureModel } from './figure.ts';

const HEADER = {
  period: 'periode',
  category: 'kategori',
  rest: ['seri', 'nilai', 'tanda', 'penyebut', 'tanda_penyebut', 'catatan'],
} as const;

function field(value: string): string {
  return /[";\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const decimal = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n).replace('.', ','));

export function figureCsvExcelId(f: FigureModel): string {
  const header = [f.data[0]?.rowIsPeriod === false ? HEADER.category : HEADER.period, ...HEADER.rest];
  const lines = f.data.map((d) =>
    [
      d.row,
      d.column,
      decimal(d.cell?.value),
      d.cell?.flag ?? 'not_published',
      decimal(d.denominator?.value),
      d.denominator?.flag ?? '',
      d.note ?? '',
    ]
      .map(field)
      .join(';'),
  );
  return `\uFEFF${[header.join(';'), ...lines].join('\r\n')}\r\n`;
}
