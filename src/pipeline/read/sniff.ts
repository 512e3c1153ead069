// Bytes that cannot be a CSV export (§3), recognised from the start of the file: people save the
// wrong thing (a workbook, a PDF, a web page) under a `.csv` name, and deserve to be told what it is.

import { message, type Message } from '../messages.ts';

/** How much of the start of a file is looked at. */
export const SNIFF_BYTES = 8192;

export const NOT_CSV = {
  empty: message(
    'berkas kosong: tidak berisi data; ekspor ulang dari sistem sumber',
    'the file is empty: it holds no data; export it again from the source system',
  ),
  excelWorkbook: message('ini adalah workbook Excel: simpan sebagai CSV UTF-8', 'this is an Excel workbook: save it as CSV UTF-8'),
  legacyExcel: message(
    'ini adalah workbook Excel lama (.xls) atau dokumen Office lain: buka di Excel lalu simpan sebagai CSV UTF-8',
    'this is an old Excel workbook (.xls) or another Office document: open it in Excel and save it as CSV UTF-8',
  ),
  zip: message(
    'ini adalah arsip zip, bukan CSV: ekstrak isinya, atau ekspor ulang data sebagai CSV UTF-8',
    'this is a zip archive, not a CSV: unpack it, or export the data again as CSV UTF-8',
  ),
  pdf: message(
    'ini adalah dokumen PDF, bukan CSV: ekspor data dari sistem sumber sebagai CSV UTF-8',
    'this is a PDF document, not a CSV: export the data from the source system as CSV UTF-8',
  ),
  html: message(
    'ini adalah halaman web (HTML), bukan CSV: buka di Excel lalu simpan sebagai CSV UTF-8',
    'this is a web page (HTML), not a CSV: open it in Excel and save it as CSV UTF-8',
  ),
  excelXml: message(
    'ini adalah lembar kerja XML Excel 2003, bukan CSV: buka di Excel lalu simpan sebagai CSV UTF-8',
    'this is an Excel 2003 XML spreadsheet, not a CSV: open it in Excel and save it as CSV UTF-8',
  ),
  xml: message(
    'ini adalah berkas XML, bukan CSV: ekspor data dari sistem sumber sebagai CSV UTF-8',
    'this is an XML file, not a CSV: export the data from the source system as CSV UTF-8',
  ),
  utf16WithoutBom: message(
    'ini tampaknya teks UTF-16 tanpa penanda BOM: simpan ulang sebagai CSV UTF-8',
    'this looks like UTF-16 text without a byte order mark: save it again as CSV UTF-8',
  ),
  binary: message(
    'ini adalah berkas biner, bukan teks CSV: ekspor ulang data sebagai CSV UTF-8',
    'this is a binary file, not CSV text: export the data again as CSV UTF-8',
  ),
} as const satisfies Record<string, Message>;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

const ZIP_ENTRY = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/** The start of the file as text, for markup and control-character checks; the BOM is not part of it. */
function headText(head: Uint8Array): { text: string; utf16: boolean } {
  if (startsWith(head, UTF16LE_BOM)) return { text: new TextDecoder('utf-16le').decode(head), utf16: true };
  if (startsWith(head, UTF16BE_BOM)) return { text: new TextDecoder('utf-16be').decode(head), utf16: true };
  // Byte for byte: the markers looked for are ASCII, and control bytes mean the same in UTF-8 and Windows-1252.
  const bytes = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  return { text: bytes.toString('latin1', startsWith(head, UTF8_BOM) ? 3 : 0), utf16: false };
}

const HTML_TAG = /<(!doctype\s+html|html|head|body|table|meta|style|title|div|tr|td)\b/i;
const EXCEL_XML = /urn:schemas-microsoft-com:office:spreadsheet|<(ss:)?workbook\b/i;

function markup(text: string): Message | null {
  const start = text.trimStart();
  if (!start.startsWith('<')) return null;
  if (/^<\?xml\b/i.test(start)) return EXCEL_XML.test(start) ? NOT_CSV.excelXml : NOT_CSV.xml;
  return HTML_TAG.test(start) ? NOT_CSV.html : null;
}

/**
 * NUL is never in text (outside UTF-16), and C0 controls other than tab, LF, CR and FF are rare in it.
 * NUL in every other byte is UTF-16 without its byte order mark, which the contract does not accept.
 */
function binary(text: string, utf16: boolean): Message | null {
  let nulEven = 0,
    nulOdd = 0,
    controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) {
      if (i % 2 === 0) nulEven++;
      else nulOdd++;
    } else if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) {
      controls++;
    }
  }
  const pairs = text.length / 2;
  if (nulEven + nulOdd > 0) {
    if (utf16) return NOT_CSV.binary;
    const oneSided = (many: number, few: number) => many >= 4 && many >= 0.3 * pairs && few <= 0.02 * pairs;
    return oneSided(nulOdd, nulEven) || oneSided(nulEven, nulOdd) ? NOT_CSV.utf16WithoutBom : NOT_CSV.binary;
  }
  return controls >= 8 && controls * 20 > text.length ? NOT_CSV.binary : null;
}

/**
 * Why these bytes cannot be a CSV export, or null when they may be one.
 * `head` is the start of the file (up to SNIFF_BYTES), `totalBytes` the size of the whole file.
 */
export function sniffNotCsv(head: Uint8Array, totalBytes: number): Message | null {
  if (totalBytes === 0) return NOT_CSV.empty;
  if (startsWith(head, ZIP_ENTRY)) {
    const names = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1');
    return names.includes('[Content_Types].xml') || names.includes('xl/') ? NOT_CSV.excelWorkbook : NOT_CSV.zip;
  }
  if (startsWith(head, ZIP_EMPTY)) return NOT_CSV.zip;
  if (startsWith(head, OLE2)) return NOT_CSV.legacyExcel;
  if (startsWith(head, PDF)) return NOT_CSV.pdf;

  const { text, utf16 } = headText(head);
  if (head.length >= totalBytes && text.trim() === '') return NOT_CSV.empty;
  return markup(text) ?? binary(text, utf16);
}
