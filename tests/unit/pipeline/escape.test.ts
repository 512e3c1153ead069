// forTerminal: input text as one printable line, with no workflow command in it.
import { describe, expect, it } from 'vitest';
import { forTerminal } from '../../../src/pipeline/escape.ts';

describe('forTerminal', () => {
  it.each([
    ['\x1b]0;retitled\x07', '\\x1b]0;retitled\\x07'],
    ['\x1b[2J\x1b[H', '\\x1b[2J\\x1b[H'],
    ['ok\rFAILED', 'ok\\rFAILED'],
    ['a\nb\tc', 'a\\nb\\tc'],
    ['\u009b31m \u0085 \u2028 \u2029 \x7f', '\\x9b31m \\x85 \\u2028 \\u2029 \\x7f'],
    ['admin\u202e\u2066txt.exe', 'admin\\u202e\\u2066txt.exe'],
  ])('makes control characters in %j visible', (text, shown) => {
    expect(forTerminal(text)).toBe(shown);
  });

  it.each([
    ['::warning title=Data OK::semua baik', '\\x3a:warning title=Data OK::semua baik'],
    ['   ::add-mask::x', '   \\x3a:add-mask::x'],
    ['\t::error::x', '\\t::error::x'],
    ['file.csv: ##[warning]Data OK', 'file.csv: \\x23#[warning]Data OK'],
    ['##vso[task.setvariable]x', '\\x23#vso[task.setvariable]x'],
  ])('leaves no workflow command in %j', (text, shown) => {
    expect(forTerminal(text)).toBe(shown);
  });

  it('leaves printable text alone, Indonesian and English, and changes nothing more the second time', () => {
    const text = 'lowongan/2025.csv: kolom tidak dikenal / unknown column: "Nama Perusahaan" — 5 × 3 ≥ 1 · ```';
    expect(forTerminal(text)).toBe(text);
    const hostile = '::warning::\x1b[2J ##[error] \u2028';
    expect(forTerminal(forTerminal(hostile))).toBe(forTerminal(hostile));
  });
});
