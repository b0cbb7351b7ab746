/**
 * A very small .xlsx reader: one worksheet's cell texts as rows of strings (shared strings,
 * inline strings, numbers and booleans as their text). Enough for the community scrape, a plain
 * one-sheet table; no styles, dates-as-serials or formulas are interpreted. Only the parts it
 * needs are inflated (workbook, its relationships, shared strings, the one sheet), streamed into
 * the parser within the import's budget (`budget.ts`).
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { SaxesParser } from 'saxes';
import { ReadBudget } from './budget';
import { readingFile } from './problems';
import { streamPartText, zipParts } from './zip';

interface Handlers {
  open?: (name: string, attrs: Record<string, string>) => void;
  text?: (t: string) => void;
  close?: (name: string) => void;
}

/** Parse one part of the archive with `on`; false when the archive has no such part. */
function parsePart(
  bytes: Uint8Array,
  parts: ReturnType<typeof zipParts>,
  name: string,
  budget: ReadBudget,
  on: Handlers,
): boolean {
  const part = parts.get(name);
  if (!part) return false;
  const p = saxes(budget, on);
  streamPartText(bytes, part, budget, (t) => p.write(t));
  p.close();
  return true;
}

function saxes(budget: ReadBudget, on: Handlers): SaxesParser {
  const p = new SaxesParser();
  const open = on.open;
  p.on('opentag', (t) => {
    budget.tick();
    open?.(t.name, t.attributes);
  });
  if (on.text) p.on('text', on.text);
  if (on.close) {
    const f = on.close;
    p.on('closetag', (t) => f(t.name));
  }
  return p;
}

/** Column letters of a cell reference (`AB12`) to a 0-based index (letters beyond XFD: Infinity). */
function columnIndex(ref: string): number {
  const letters = /^[A-Z]{0,4}/.exec(ref)?.[0] ?? '';
  if (/^[A-Z]/.test(ref.slice(letters.length))) return Infinity;
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
export function readXlsxSheet(
  input: string | Uint8Array,
  sheetName?: string,
  budget: ReadBudget = new ReadBudget(),
): string[][] {
  const file = typeof input === 'string' ? basename(input) : 'xlsx';
  return readingFile(
    file,
    'Excel workbook (.xlsx)',
    () => {
      if (typeof input === 'string') budget.fileSize(statSync(input).size);
      const bytes = typeof input === 'string' ? new Uint8Array(readFileSync(input)) : input;
      budget.fileSize(bytes.length);
      return readWorkbook(bytes, sheetName, budget);
    },
    budget,
  );
}

function readWorkbook(bytes: Uint8Array, sheetName: string | undefined, budget: ReadBudget): string[][] {
  const parts = zipParts(bytes);
  const parse = (name: string, on: Handlers) => parsePart(bytes, parts, name, budget, on);
  const { rows: maxRows, columns: maxColumns } = budget.limits;

  // Which part is the sheet: workbook.xml's first (or named) <sheet r:id>, resolved through the rels.
  let sheetPath = 'xl/worksheets/sheet1.xml';
  let sheetLabel = '';
  const hasWorkbook = parts.has('xl/workbook.xml');
  if (sheetName !== undefined && !hasWorkbook) throw new Error(`no workbook.xml, so no sheet "${sheetName}"`);
  if (hasWorkbook && parts.has('xl/_rels/workbook.xml.rels')) {
    let firstId: string | null = null;
    const names: string[] = [];
    parse('xl/workbook.xml', {
      open: (n, a) => {
        if (n !== 'sheet') return;
        names.push(a['name'] ?? '');
        if (firstId === null && (sheetName === undefined || a['name'] === sheetName)) {
          firstId = a['r:id'] ?? null;
          sheetLabel = `sheet "${a['name'] ?? ''}", `;
        }
      },
    });
    if (sheetName !== undefined && firstId === null)
      throw new Error(`no sheet named "${sheetName}" (sheets: ${names.map((x) => `"${x}"`).join(', ')})`);
    parse('xl/_rels/workbook.xml.rels', {
      open: (n, a) => {
        if (n === 'Relationship' && a['Id'] === firstId && a['Target']) {
          const t = a['Target'];
          sheetPath = t.startsWith('/') ? t.slice(1) : `xl/${t}`;
        }
      },
    });
  }

  const shared: string[] = [];
  {
    let cur: string | null = null;
    let inT = false;
    let inRPh = false; // phonetic runs are not part of the text
    parse('xl/sharedStrings.xml', {
      open: (n) => {
        if (n === 'si') cur = '';
        else if (n === 't') inT = true;
        else if (n === 'rPh') inRPh = true;
      },
      text: (t) => {
        if (inT && !inRPh && cur !== null) {
          cur += t;
          budget.cellChars(cur.length);
        }
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

  const rows: string[][] = [];
  let row: string[] = [];
  let rowNum = 0;
  let col = 0;
  let type = '';
  let buf: string | null = null;
  let collecting = false;
  const found = parse(sheetPath, {
    open: (n, a) => {
      if (n === 'row') {
        budget.where = `${sheetLabel}the row after row ${rowNum}`;
        const r = budget.count(a['r'] ?? String(rowNum + 1), 'a row number', maxRows);
        budget.where = `${sheetLabel}row ${r}`;
        if (r <= rowNum)
          throw budget.refusal(`row ${r} comes after row ${rowNum}; rows must go down the sheet`);
        budget.cells(r - 1 - rows.length);
        while (rows.length < r - 1) rows.push([]);
        rowNum = r;
        row = [];
        col = 0;
      } else if (n === 'c') {
        col = a['r'] ? columnIndex(a['r']) : col;
        if (col >= maxColumns)
          throw budget.refusal(
            `a cell at "${a['r'] ?? ''}", past column XFD (${maxColumns}), the last a sheet may use`,
          );
        type = a['t'] ?? 'n';
        buf = null;
      } else if (n === 'v' || (n === 't' && type === 'inlineStr')) {
        collecting = true;
        buf = buf ?? '';
      }
    },
    text: (t) => {
      if (collecting) {
        buf = (buf ?? '') + t;
        budget.cellChars(buf.length);
      }
    },
    close: (n) => {
      if (n === 'v' || n === 't') collecting = false;
      else if (n === 'c') {
        let v = buf ?? '';
        if (type === 's') v = shared[Number(v)] ?? '';
        else if (type === 'b') v = v === '1' ? 'TRUE' : 'FALSE';
        budget.cells(Math.max(1, col + 1 - row.length));
        while (row.length < col) row.push('');
        row[col] = v;
        col++;
      } else if (n === 'row') rows.push(row);
    },
  });
  if (!found) throw new Error(`no worksheet at ${sheetPath}`);
  return rows;
}

/** The most of `docProps/core.xml` read for a date (it is a few hundred bytes). */
const CORE_BYTES = 64 * 1024;

/**
 * The date an .xlsx workbook was last saved (`docProps/core.xml`, `dcterms:modified`), as
 * yyyy-mm-dd, or null when the workbook does not say (or cannot be read).
 */
export function workbookDate(input: string | Uint8Array): string | null {
  try {
    const bytes = typeof input === 'string' ? new Uint8Array(readFileSync(input)) : input;
    const part = zipParts(bytes).get('docProps/core.xml');
    if (!part || part.size > CORE_BYTES) return null;
    let xml = '';
    streamPartText(bytes, part, new ReadBudget(), (t) => (xml += t));
    return /<dcterms:modified[^>]*>(\d{4}-\d{2}-\d{2})/.exec(xml)?.[1] ?? null;
  } catch {
    return null;
  }
}
