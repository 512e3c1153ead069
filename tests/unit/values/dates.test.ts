import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DATE_REASONS,
  EARLIEST_DATE,
  LATEST_DATE,
  MONTH_NAMES,
  addCalendarYears,
  dayNumber,
  dayParts,
  dayToIso,
  daysInMonth,
  isLeapYear,
  isoToDay,
  lastDayOfMonth,
  parseDate,
  parseDateByPattern,
} from '../../../src/pipeline/values/dates.ts';

/** The ISO date a cell is read as, or the English reason it is refused. */
function read(raw: string): string {
  const result = parseDate(raw);
  return result.ok ? dayToIso(result.value) : `invalid: ${result.reason.en}`;
}

const MS_PER_DAY = 86_400_000;

describe('day numbers', () => {
  it('count days from 1970-01-01', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(1970, 1, 2)).toBe(1);
    expect(dayNumber(1969, 12, 31)).toBe(-1);
    expect(dayNumber(2025, 9, 25)).toBe(20356);
    expect(dayNumber(2000, 2, 29)).toBe(11016);
    expect(dayNumber(1940, 1, 1)).toBe(-10958);
    expect(dayNumber(2099, 12, 31)).toBe(47481);
  });

  it('agree with UTC milliseconds on every day from 1900 to 2200', () => {
    const mismatches: string[] = [];
    for (let year = 1900; year <= 2200; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= daysInMonth(year, month); day++) {
          const expected = Date.UTC(year, month - 1, day) / MS_PER_DAY;
          const dayNum = dayNumber(year, month, day);
          const parts = dayParts(dayNum);
          if (dayNum !== expected || parts.year !== year || parts.month !== month || parts.day !== day) {
            mismatches.push(`${year}-${month}-${day}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('split into year, month and day', () => {
    expect(dayParts(0)).toEqual({ year: 1970, month: 1, day: 1 });
    expect(dayParts(-1)).toEqual({ year: 1969, month: 12, day: 31 });
    expect(dayParts(20356)).toEqual({ year: 2025, month: 9, day: 25 });
  });

  it('print as YYYY-MM-DD, zero-padded', () => {
    expect(dayToIso(0)).toBe('1970-01-01');
    expect(dayToIso(20336)).toBe('2025-09-05');
    expect(dayToIso(-10958)).toBe('1940-01-01');
    expect(dayToIso(dayNumber(5, 3, 7))).toBe('0005-03-07');
  });

  it('know leap years: every 4th, but not every 100th, but every 400th', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
  });

  it('bound the accepted dates at 1940-01-01 and 2099-12-31', () => {
    expect(dayToIso(EARLIEST_DATE)).toBe('1940-01-01');
    expect(dayToIso(LATEST_DATE)).toBe('2099-12-31');
  });
});

describe('isoToDay (strict YYYY-MM-DD, as for --as-of)', () => {
  it('reads a real date', () => {
    expect(isoToDay('2025-09-25')).toBe(20356);
    expect(isoToDay('2024-02-29')).toBe(19782);
    expect(isoToDay('1970-01-01')).toBe(0);
  });

  it('refuses anything else', () => {
    for (const text of [
      '2025-9-25',
      '25/09/2025',
      '2025-02-29',
      '2025-13-01',
      '2025-00-10',
      '2025-09-00',
      '2025-09-25T00:00',
      ' 2025-09-25',
      '',
    ]) {
      expect(isoToDay(text), text).toBeNull();
    }
  });
});

describe('addCalendarYears', () => {
  it('keeps the calendar date', () => {
    expect(dayToIso(addCalendarYears(isoToDay('2025-09-25')!, 3))).toBe('2028-09-25');
    expect(dayToIso(addCalendarYears(isoToDay('2025-09-25')!, -5))).toBe('2020-09-25');
    expect(dayToIso(addCalendarYears(isoToDay('2025-09-25')!, 0))).toBe('2025-09-25');
  });

  it('turns 29 February into 28 February when the target year is not leap', () => {
    expect(dayToIso(addCalendarYears(isoToDay('2024-02-29')!, 3))).toBe('2027-02-28');
    expect(dayToIso(addCalendarYears(isoToDay('2024-02-29')!, 4))).toBe('2028-02-29');
    expect(dayToIso(addCalendarYears(isoToDay('2096-02-29')!, 4))).toBe('2100-02-28');
  });
});

describe('lastDayOfMonth', () => {
  it('gives the day number of the month’s last day', () => {
    expect(dayToIso(lastDayOfMonth(2025, 9))).toBe('2025-09-30');
    expect(dayToIso(lastDayOfMonth(2024, 2))).toBe('2024-02-29');
    expect(dayToIso(lastDayOfMonth(2025, 2))).toBe('2025-02-28');
    expect(dayToIso(lastDayOfMonth(2025, 12))).toBe('2025-12-31');
    expect(lastDayOfMonth(2025, 12)).toBe(20453);
  });
});

describe('parseDate: accepted forms', () => {
  it('reads YYYY-M-D, with or without zero padding', () => {
    expect(parseDate('2025-09-25')).toEqual({ ok: true, value: 20356 });
    expect(read('2025-9-5')).toBe('2025-09-05');
    expect(read('2025-09-05')).toBe('2025-09-05');
  });

  it('reads day first: D/M/YYYY, D-M-YYYY, D.M.YYYY', () => {
    expect(read('25/09/2025')).toBe('2025-09-25');
    expect(read('25/9/2025')).toBe('2025-09-25');
    expect(read('5/3/2024')).toBe('2024-03-05');
    expect(read('25-09-2025')).toBe('2025-09-25');
    expect(read('5-3-2024')).toBe('2024-03-05');
    expect(read('25.09.2025')).toBe('2025-09-25');
    expect(read('05.03.2024')).toBe('2024-03-05');
  });

  it('reads D MONTH YYYY in Indonesian or English, any case, with an optional trailing dot', () => {
    expect(read('25 September 2025')).toBe('2025-09-25');
    expect(read('25 SEPTEMBER 2025')).toBe('2025-09-25');
    expect(read('5 Agt. 2025')).toBe('2025-08-05');
    expect(read('05 Peb 2024')).toBe('2024-02-05');
    expect(read('1 sept 2025')).toBe('2025-09-01');
    expect(read('1 Sept. 2025')).toBe('2025-09-01');
    expect(read('17 Agustus 1945')).toBe('1945-08-17');
    expect(read('31 Des 2024')).toBe('2024-12-31');
    expect(read('1\u00a0Mei\u00a02025')).toBe('2025-05-01');
    expect(read('1  Mei  2025')).toBe('2025-05-01');
  });

  it('knows every month name and abbreviation of the contract', () => {
    const expected: Record<string, number> = {
      januari: 1,
      january: 1,
      jan: 1,
      februari: 2,
      february: 2,
      feb: 2,
      peb: 2,
      maret: 3,
      march: 3,
      mar: 3,
      april: 4,
      apr: 4,
      mei: 5,
      may: 5,
      juni: 6,
      june: 6,
      jun: 6,
      juli: 7,
      july: 7,
      jul: 7,
      agustus: 8,
      august: 8,
      agu: 8,
      agt: 8,
      ags: 8,
      aug: 8,
      september: 9,
      sep: 9,
      sept: 9,
      oktober: 10,
      october: 10,
      okt: 10,
      oct: 10,
      november: 11,
      nov: 11,
      nop: 11,
      desember: 12,
      december: 12,
      des: 12,
      dec: 12,
    };
    expect(MONTH_NAMES.flat().sort()).toEqual(Object.keys(expected).sort());
    for (const [name, month] of Object.entries(expected)) {
      const iso = `2025-${String(month).padStart(2, '0')}-10`;
      expect(read(`10 ${name} 2025`), name).toBe(iso);
      expect(read(`10 ${name.toUpperCase()}. 2025`), name).toBe(iso);
      expect(read(`10 ${name[0].toUpperCase()}${name.slice(1)} 2025`), name).toBe(iso);
    }
  });

  it('reads an Excel serial day number from 20000 to 80000, ignoring a fraction', () => {
    expect(parseDate('45925')).toEqual({ ok: true, value: 20356 });
    expect(read('45925')).toBe('2025-09-25');
    expect(read('45925.75')).toBe('2025-09-25');
    expect(read('45925,75')).toBe('2025-09-25');
    expect(read('25569')).toBe('1970-01-01');
    expect(read('20000')).toBe('1954-10-03');
    expect(read('73050')).toBe('2099-12-31');
    expect(read('36951')).toBe('2001-03-01');
  });

  it('ignores a time after a space or T, never applying it (no day shift for zones)', () => {
    expect(read('2025-09-25 14:30')).toBe('2025-09-25');
    expect(read('2025-09-25 14:30:59')).toBe('2025-09-25');
    expect(read('2025-09-25T14:30:00Z')).toBe('2025-09-25');
    expect(read('2025-09-25T23:59:59.999Z')).toBe('2025-09-25');
    expect(read('2025-09-25T00:30:00+07:00')).toBe('2025-09-25');
    expect(read('2025-09-25T23:30:00-10:00')).toBe('2025-09-25');
    expect(read('2025-09-25 08:00 +0700')).toBe('2025-09-25');
    expect(read('2025-09-25 08:00 WIB')).toBe('2025-09-25');
    expect(read('25/09/2025 08.00')).toBe('2025-09-25');
    expect(read('25/09/2025 8:00 PM')).toBe('2025-09-25');
    expect(read('25/09/2025 8:00:00 am')).toBe('2025-09-25');
    expect(read('25.09.2025 08.00.00')).toBe('2025-09-25');
    expect(read('25 September 2025 14:30')).toBe('2025-09-25');
    expect(read('45925 14:30')).toBe('2025-09-25');
  });
});

describe('parseDate: refused values, each with a reason a clerk can act on', () => {
  it('refuses dates that do not exist', () => {
    expect(parseDate('31/02/2025')).toEqual({ ok: false, reason: DATE_REASONS.nonexistent });
    expect(parseDate('29/02/2023')).toEqual({ ok: false, reason: DATE_REASONS.nonexistent });
    expect(read('29/02/2024')).toBe('2024-02-29');
    expect(read('29/02/2100')).toBe(`invalid: ${DATE_REASONS.nonexistent.en}`);
    expect(read('2025-02-30')).toBe(`invalid: ${DATE_REASONS.nonexistent.en}`);
    expect(read('2025-13-01')).toBe(`invalid: ${DATE_REASONS.nonexistent.en}`);
    expect(read('2025-00-01')).toBe(`invalid: ${DATE_REASONS.nonexistent.en}`);
    expect(read('00/09/2025')).toBe(`invalid: ${DATE_REASONS.nonexistent.en}`);
    expect(read('31 Sep 2025')).toBe(`invalid: ${DATE_REASONS.nonexistent.en}`);
    expect(read('31/04/2025 10:00')).toBe(`invalid: ${DATE_REASONS.nonexistent.en}`);
  });

  it('refuses dates outside 1940-01-01 … 2099-12-31', () => {
    expect(read('1940-01-01')).toBe('1940-01-01');
    expect(read('2099-12-31')).toBe('2099-12-31');
    expect(parseDate('1939-12-31')).toEqual({ ok: false, reason: DATE_REASONS.outOfRange });
    expect(parseDate('2100-01-01')).toEqual({ ok: false, reason: DATE_REASONS.outOfRange });
    expect(read('01/01/1900')).toBe(`invalid: ${DATE_REASONS.outOfRange.en}`);
    expect(read('73051')).toBe(`invalid: ${DATE_REASONS.outOfRange.en}`);
    expect(read('80000')).toBe(`invalid: ${DATE_REASONS.outOfRange.en}`);
  });

  it('refuses two-digit years', () => {
    expect(parseDate('25/09/25')).toEqual({ ok: false, reason: DATE_REASONS.twoDigitYear });
    expect(read('25-09-25')).toBe(`invalid: ${DATE_REASONS.twoDigitYear.en}`);
    expect(read('5 Agt 25')).toBe(`invalid: ${DATE_REASONS.twoDigitYear.en}`);
    expect(read('25/09/25 08:00')).toBe(`invalid: ${DATE_REASONS.twoDigitYear.en}`);
    expect(read('25-9-025')).toBe(`invalid: ${DATE_REASONS.unrecognised.en}`);
  });

  it('says so when the month comes first', () => {
    expect(parseDate('09/25/2025')).toEqual({ ok: false, reason: DATE_REASONS.monthFirst });
    expect(read('12/31/2024')).toBe(`invalid: ${DATE_REASONS.monthFirst.en}`);
    // Both readings possible: the contract reads day first.
    expect(read('09/10/2025')).toBe('2025-10-09');
  });

  it('refuses unknown month names', () => {
    expect(parseDate('25 Septembre 2025')).toEqual({ ok: false, reason: DATE_REASONS.unknownMonth });
    expect(read('25 Sepetember 2025')).toBe(`invalid: ${DATE_REASONS.unknownMonth.en}`);
  });

  it('refuses every other form', () => {
    for (const raw of [
      'abc',
      '2025',
      '2025-09',
      '25/09',
      '2025/09/25',
      '2025.09.25',
      '25/09-2025',
      '25-Sep-2025',
      'Sep 25, 2025',
      'September 2025',
      '25 09 2025',
      '19999',
      '80001',
      '99999',
      '4592',
      '459250',
      '-45925',
      '45925.',
      '1e5',
      '2025-09-25 25:00',
      '2025-09-25 14:60',
      '2025-09-25 14',
      '2025-09-25T',
      '2025-09-25 tomorrow',
      '2025-09-25Z',
      '25/09/2025 8 PM',
      'Senin, 25 September 2025',
      '2025-09-25 14:30 +07:00 extra',
    ]) {
      expect(parseDate(raw), raw).toEqual({ ok: false, reason: DATE_REASONS.unrecognised });
    }
  });

  it('gives reasons in Indonesian first, then English, without repeating the value', () => {
    expect(DATE_REASONS.nonexistent).toMatchObject({ id: 'tanggal tidak ada di kalender', en: 'this date does not exist in the calendar' });
    expect(DATE_REASONS.nonexistent.fix?.en).toMatch(/^check the day and the month/);
    expect(DATE_REASONS.unrecognised.id).toBe('format tanggal tidak dikenali (contoh: 2025-09-25, 25/09/2025, 25 September 2025)');
  });
});

describe('parseDate is the same in every time zone', () => {
  // Run the parser in fresh processes with the zones furthest apart from UTC and Jakarta's own.
  const dates = fileURLToPath(new URL('../../../src/pipeline/values/dates.ts', import.meta.url));
  const samples = ['2025-09-25', '1/1/2025', '31 Des 2024 23:59', '2025-09-25T00:30:00+07:00', '45925.99', '1940-01-01', '2099-12-31'];
  const script = `import { parseDate, dayToIso } from ${JSON.stringify(dates)};
    const samples = ${JSON.stringify(samples)};
    console.log(JSON.stringify(samples.map((s) => { const r = parseDate(s); return r.ok ? dayToIso(r.value) : null; })));`;

  it('gives identical days under America/Los_Angeles, Asia/Jakarta and Pacific/Kiritimati', () => {
    const results = ['America/Los_Angeles', 'Asia/Jakarta', 'Pacific/Kiritimati'].map((zone) =>
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TZ: zone }, encoding: 'utf8' }),
    );
    const expected = JSON.stringify(['2025-09-25', '2025-01-01', '2024-12-31', '2025-09-25', '2025-09-25', '1940-01-01', '2099-12-31']);
    expect(results.map((r) => r.trim())).toEqual([expected, expected, expected]);
  });
});

describe('the common forms read without a pattern', () => {
  it('give what the patterns give, for every month 00–19 and day 00–39 of years in and out of range', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const texts: string[] = [];
    for (const year of ['0000', '1939', '1940', '2023', '2024', '2099', '2100', '9999'])
      for (let month = 0; month < 20; month++)
        for (let day = 0; day < 40; day++) {
          texts.push(`${year}-${pad(month)}-${pad(day)}`);
          for (const separator of ['/', '-', '.']) texts.push(`${pad(day)}${separator}${pad(month)}${separator}${year}`);
        }
    // Near misses: a letter for a digit, mixed or other separators, a digit too many or too few.
    texts.push(
      '2024-0a-01',
      '2024/05/01',
      '2024-05/01',
      '01/05-2024',
      '01,05,2024',
      '1/05/20245',
      '0x/05/2024',
      '2024-05-1 ',
      ' 2024-05-1',
    );
    expect(texts.length).toBe(8 * 20 * 40 * 4 + 9);
    const differ = texts.filter((t) => JSON.stringify(parseDate(t)) !== JSON.stringify(parseDateByPattern(t)));
    expect(differ).toEqual([]);
    expect(read('2024-02-29')).toBe('2024-02-29');
    expect(read('29.02.2023')).toBe('invalid: this date does not exist in the calendar');
  });
});
