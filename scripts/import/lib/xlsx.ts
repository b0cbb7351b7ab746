/**
 * A very small .xlsx reader: one worksheet's cell texts as rows of strings (shared strings,
 * inline strings, numbers and booleans as their text). Enough for the community scrape, a plain
 * one-sheet table; no styles, dates-as-serials or formulas are interpreted.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { readingFile } from './problems';

function parse(
  xml: string,
  on: {
    open?: (name: string, attrs: Record<string, string>) => void;
    text?: (t: string) => void;
    close?: (name: string) => void;
  },
): void {
  const p = new SaxesParser();
  if (on.open) {
    const f = on.open;
    p.on('opentag', (t) => f(t.name, t.attributes as Record<string, string>));
  }
  if (on.text) p.on('text', on.text);
  if (on.close) {
    const f = on.close;
    p.on('closetag', (t) => f(t.name));
  }
  p.write(xml).close();
}

/** Column letters of a cell reference (`AB12`) to a 0-based index. */
function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? '';
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * The first worksheet of an .xlsx file as rows of cell texts (row gaps kept as empty rows). A file
 * that is not a readable workbook (truncated, corrupt, malformed XML) is an `ImportError` naming it.
 */
export function readXlsxFirstSheet(input: string | Uint8Array): string[][] {
  return readXlsxSheet(input);
}

/**
 * One worksheet of an .xlsx file, by its tab name (the first when no name is given), as rows of
 * cell texts: `rows[i]` is the sheet's row i + 1, so row numbers in messages match the file.
 */
export function readXlsxSheet(input: string | Uint8Array, sheetName?: string): string[][] {
  const file = typeof input === 'string' ? basename(input) : 'xlsx';
  const bytes = typeof input === 'string' ? new Uint8Array(readFileSync(input)) : input;
  return readingFile(file, 'Excel workbook (.xlsx)', () => readWorkbook(bytes, sheetName));
}

function readWorkbook(bytes: Uint8Array, sheetName: string | undefined): string[][] {
  const files = unzipSync(bytes);
  const dec = new TextDecoder('utf-8');
  const text = (name: string): string | null => {
    const f = files[name];
    return f ? dec.decode(f) : null;
  };

  // Which part is the sheet: workbook.xml's first (or named) <sheet r:id>, resolved through the rels.
  let sheetPath = 'xl/worksheets/sheet1.xml';
  const wb = text('xl/workbook.xml');
  const rels = text('xl/_rels/workbook.xml.rels');
  if (sheetName !== undefined && !wb) throw new Error(`no workbook.xml, so no sheet "${sheetName}"`);
  if (wb && rels) {
    let firstId: string | null = null;
    const names: string[] = [];
    parse(wb, {
      open: (n, a) => {
        if (n !== 'sheet') return;
        names.push(a['name'] ?? '');
        if (firstId === null && (sheetName === undefined || a['name'] === sheetName))
          firstId = a['r:id'] ?? null;
      },
    });
    if (sheetName !== undefined && firstId === null)
      throw new Error(`no sheet named "${sheetName}" (sheets: ${names.map((x) => `"${x}"`).join(', ')})`);
    parse(rels, {
      open: (n, a) => {
        if (n === 'Relationship' && a['Id'] === firstId && a['Target']) {
          const t = a['Target'];
          sheetPath = t.startsWith('/') ? t.slice(1) : `xl/${t}`;
        }
      },
    });
  }

  const shared: string[] = [];
  const sst = text('xl/sharedStrings.xml');
  if (sst) {
    let cur: string | null = null;
    let inT = false;
    let inRPh = false; // phonetic runs are not part of the text
    parse(sst, {
      open: (n) => {
        if (n === 'si') cur = '';
        else if (n === 't') inT = true;
        else if (n === 'rPh') inRPh = true;
      },
      text: (t) => {
        if (inT && !inRPh && cur !== null) cur += t;
      },
      close: (n) => {
        if (n === 'si') {
          shared.push(cur ?? '');
          cur = null;
        } else if (n === 't') inT = false;
        else if (n === 'rPh') inRPh = false;
      },
    });
  }

  const sheet = text(sheetPath);
  if (!sheet) throw new Error(`no worksheet at ${sheetPath}`);
  const rows: string[][] = [];
  let row: string[] = [];
  let rowNum = 0;
  let col = 0;
  let type = '';
  let buf: string | null = null;
  let collecting = false;
  parse(sheet, {
    open: (n, a) => {
      if (n === 'row') {
        const r = Number(a['r'] ?? rowNum + 1);
        while (rows.length < r - 1) rows.push([]);
        rowNum = r;
        row = [];
        col = 0;
      } else if (n === 'c') {
        col = a['r'] ? columnIndex(a['r']) : col;
        type = a['t'] ?? 'n';
        buf = null;
      } else if (n === 'v' || (n === 't' && type === 'inlineStr')) {
        collecting = true;
        buf = buf ?? '';
      }
    },
    text: (t) => {
      if (collecting) buf = (buf ?? '') + t;
    },
    close: (n) => {
      if (n === 'v' || n === 't') collecting = false;
      else if (n === 'c') {
        let v = buf ?? '';
        if (type === 's') v = shared[Number(v)] ?? '';
        else if (type === 'b') v = v === '1' ? 'TRUE' : 'FALSE';
        while (row.length < col) row.push('');
        row[col] = v;
        col++;
      } else if (n === 'row') rows.push(row);
    },
  });
  return rows;
}

/**
 * The date an .xlsx workbook was last saved (`docProps/core.xml`, `dcterms:modified`), as
 * yyyy-mm-dd, or null when the workbook does not say (or cannot be read).
 */
export function workbookDate(input: string | Uint8Array): string | null {
  try {
    const bytes = typeof input === 'string' ? new Uint8Array(readFileSync(input)) : input;
    const core = unzipSync(bytes, { filter: (f) => f.name === 'docProps/core.xml' })['docProps/core.xml'];
    if (!core) return null;
    const xml = new TextDecoder().decode(core);
    return /<dcterms:modified[^>]*>(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1] ?? null;
  } catch {
    return null;
  }
}
