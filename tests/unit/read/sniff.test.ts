import { describe, expect, it } from 'vitest';
import { NOT_CSV, sniffNotCsv } from '../../../src/pipeline/read/sniff.ts';
import { utf16be, utf16le } from './files.ts';

const sniff = (bytes: Uint8Array, total = bytes.length) => sniffNotCsv(bytes, total);
const ascii = (text: string) => Buffer.from(text, 'latin1');

describe('sniffNotCsv', () => {
  it('passes text that may be a CSV export', () => {
    expect(sniff(ascii('id;nama\n1;Budi\n'))).toBeNull();
    expect(sniff(ascii('\xef\xbb\xbfid,nama\r\n'))).toBeNull();
    expect(sniff(utf16le('id\tnama\r\n1\tBudi'))).toBeNull();
    expect(sniff(utf16be('id\tnama\r\n1\tBudi'))).toBeNull();
    expect(sniff(ascii('id,nama\n1,Ren\xe9\n'))).toBeNull(); // Windows-1252
    expect(sniff(ascii('id,catatan\n1,"<b>tebal</b>"\n'))).toBeNull();
  });

  it('calls a file of no bytes, only a BOM, or only white space empty', () => {
    expect(sniff(new Uint8Array(0))).toBe(NOT_CSV.empty);
    expect(sniff(ascii('\xef\xbb\xbf'))).toBe(NOT_CSV.empty);
    expect(sniff(ascii('\xef\xbb\xbf \r\n\t\n'))).toBe(NOT_CSV.empty);
    expect(sniff(utf16le('  \r\n'))).toBe(NOT_CSV.empty);
    expect(sniff(ascii('\n\n\xa0\n'))).toBe(NOT_CSV.empty);
  });

  it('does not call a file empty when only its start was looked at', () => {
    expect(sniff(ascii('    '), 100_000)).toBeNull();
  });

  it('recognises an Excel workbook (.xlsx) by its zip entries', () => {
    const xlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0]), ascii('\0\0\0\0[Content_Types].xml\0\0')]);
    expect(sniff(xlsx)).toBe(NOT_CSV.excelWorkbook);
    const xlsxWithoutContentTypesFirst = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), ascii('\0\0xl/workbook.xml\0')]);
    expect(sniff(xlsxWithoutContentTypesFirst)).toBe(NOT_CSV.excelWorkbook);
    expect(NOT_CSV.excelWorkbook).toEqual({
      id: 'ini adalah workbook Excel: simpan sebagai CSV UTF-8',
      en: 'this is an Excel workbook: save it as CSV UTF-8',
    });
  });

  it('recognises another zip archive', () => {
    expect(sniff(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), ascii('\0\0data/peserta.csv\0')]))).toBe(NOT_CSV.zip);
    expect(sniff(Buffer.from([0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0]))).toBe(NOT_CSV.zip);
  });

  it('recognises a legacy Excel workbook (.xls, OLE2)', () => {
    expect(sniff(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))).toBe(NOT_CSV.legacyExcel);
  });

  it('recognises a PDF', () => {
    expect(sniff(ascii('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj'))).toBe(NOT_CSV.pdf);
  });

  it('recognises a web page or HTML table saved as .csv or .xls', () => {
    expect(sniff(ascii('<!DOCTYPE html>\n<html><body><table>'))).toBe(NOT_CSV.html);
    expect(sniff(ascii('\xef\xbb\xbf\r\n  <table border="1"><tr><td>id</td>'))).toBe(NOT_CSV.html);
    expect(sniff(ascii('<html xmlns:o="urn:schemas-microsoft-com:office:office">'))).toBe(NOT_CSV.html);
    expect(sniff(utf16le('<html><head><meta charset="utf-16">'))).toBe(NOT_CSV.html);
  });

  it('recognises an Excel 2003 XML spreadsheet and other XML', () => {
    expect(
      sniff(
        ascii(
          '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">',
        ),
      ),
    ).toBe(NOT_CSV.excelXml);
    expect(sniff(ascii('<?xml version="1.0"?><data><row/></data>'))).toBe(NOT_CSV.xml);
  });

  it('recognises UTF-16 without a byte order mark', () => {
    expect(sniff(Buffer.from('id,nama\r\n1,Budi\r\n', 'utf16le'))).toBe(NOT_CSV.utf16WithoutBom);
    expect(sniff(Buffer.from('id,nama\r\n1,Budi\r\n', 'utf16le').swap16())).toBe(NOT_CSV.utf16WithoutBom);
  });

  it('recognises binary bytes: NUL outside UTF-16, or many control characters', () => {
    expect(sniff(Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]))).toBe(NOT_CSV.binary); // gzip
    expect(sniff(ascii('id,nama\n1,Bu\0di\n'))).toBe(NOT_CSV.binary);
    expect(sniff(utf16le('id,nama\0\0\0\0'))).toBe(NOT_CSV.binary);
    expect(sniff(ascii('\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f' + 'x'.repeat(50)))).toBe(NOT_CSV.binary);
  });

  it('tolerates a few control characters in text (a trailing Ctrl-Z, a stray vertical tab)', () => {
    expect(sniff(ascii('id,nama\n1,Budi\x0bSantoso\n2,Siti\n\x1a'))).toBeNull();
  });

  it('says what each thing is and what to do, in Indonesian and English', () => {
    for (const m of Object.values(NOT_CSV)) {
      expect(m.id).toMatch(/^ini |^berkas /);
      expect(m.en).toMatch(/^this |^the file /);
      expect(m.en).toMatch(/: .*(save|export|unpack)/);
    }
  });
});
