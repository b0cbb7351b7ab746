/**
 * A small OpenDocument spreadsheet (.ods) reader: unzip with fflate, stream-parse `content.xml`
 * with saxes. It keeps what the importers need and nothing more:
 *
 * - each cell's text (several `text:p` joined with `\n`; `text:s`, `text:tab`, `text:line-break`
 *   expanded; text inside `text:a` and `text:span` kept),
 * - its value type and typed value (`office:date-value` for dates, `office:value` for numbers),
 * - its hyperlink target: a `table:formula="of:=HYPERLINK("url";"label")"` or a `text:a xlink:href`,
 * - `table:number-columns-repeated` / `table:number-rows-repeated`, expanded only where they hold
 *   content (the huge trailing empty repeats that spreadsheets write are never materialised),
 * - `table:covered-table-cell` (the hidden part of a merged cell) as an empty cell.
 *
 * Rows keep their 1-based sheet row number so that error messages can point at the row a person
 * sees in LibreOffice or Excel. Empty rows are not stored: a gap in `row` numbers is a blank row.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { SaxesParser } from 'saxes';
import { ReadBudget } from './budget';
import { readingFile } from './problems';
import { streamPartText, zipParts } from './zip';

export interface OdsCell {
  /** Displayed text; '' for an empty cell. */
  text: string;
  /** `office:value-type` (`string`, `date`, `float`, ...), or '' for an empty cell. */
  type: string;
  /** Typed value: ISO date (`yyyy-mm-dd...`) for dates, the number as text for floats; else null. */
  value: string | null;
  /** Hyperlink target from a `HYPERLINK` formula or a `text:a`, else null. */
  href: string | null;
}

export interface OdsRow {
  /** 1-based row number in the sheet. */
  row: number;
  cells: OdsCell[];
}

export interface OdsSheet {
  name: string;
  rows: OdsRow[];
}

const EMPTY_CELL: Readonly<OdsCell> = Object.freeze({ text: '', type: '', value: null, href: null });

function isEmpty(c: OdsCell): boolean {
  return c.text === '' && c.value === null && c.href === null;
}

/** Target of `of:=HYPERLINK("url";"label")` (quotes doubled inside strings), or null. */
export function hyperlinkTarget(formula: string): string | null {
  const m = /HYPERLINK\(\s*"((?:[^"]|"")*)"/i.exec(formula);
  return m?.[1] !== undefined ? m[1].replace(/""/g, '"') : null;
}

/**
 * Read an .ods file (path or bytes); only the named sheets if `sheets` is given. Only
 * `content.xml` is inflated, streamed into the parser. A file that is not a readable spreadsheet
 * (truncated, corrupt, not a zip, no `content.xml`, malformed XML) or that goes past the import's
 * budget (`budget.ts`) is an `ImportError` naming the file (and the row reached).
 */
export function readOds(
  input: string | Uint8Array,
  sheets?: readonly string[],
  budget: ReadBudget = new ReadBudget(),
): OdsSheet[] {
  const file = typeof input === 'string' ? basename(input) : 'ODS';
  return readingFile(
    file,
    'OpenDocument spreadsheet (.ods)',
    () => {
      if (typeof input === 'string') budget.fileSize(statSync(input).size);
      const bytes = typeof input === 'string' ? new Uint8Array(readFileSync(input)) : input;
      budget.fileSize(bytes.length);
      const part = zipParts(bytes).get('content.xml');
      if (!part) throw new Error('no content.xml inside; is this an OpenDocument spreadsheet?');
      const parser = odsParser(sheets, budget);
      streamPartText(bytes, part, budget, parser.write);
      return parser.close();
    },
    budget,
  );
}

/** Parse the `content.xml` of an ODS document. */
export function parseOdsContent(
  xml: string,
  sheets?: readonly string[],
  budget: ReadBudget = new ReadBudget(),
): OdsSheet[] {
  const parser = odsParser(sheets, budget);
  parser.write(xml);
  return parser.close();
}

/**
 * A streaming parser of `content.xml`: `write` it text as it is inflated, `close` it for the
 * sheets. Every count the file declares is checked against the budget before anything is kept.
 */
function odsParser(
  sheets: readonly string[] | undefined,
  budget: ReadBudget,
): { write: (text: string) => void; close: () => OdsSheet[] } {
  const { repeat, rows: maxRows, columns: maxColumns } = budget.limits;
  const wanted = sheets ? new Set(sheets) : null;
  const out: OdsSheet[] = [];
  const parser = new SaxesParser();

  let sheet: OdsSheet | null = null;
  let rowNumber = 0; // last row number used in the current sheet
  let rowRepeat = 1;
  let cells: OdsCell[] = [];
  let pendingEmpty = 0; // empty cells seen but not yet materialised
  let cell: OdsCell | null = null;
  let cellRepeat = 1;
  let paragraphs: string[] = [];
  let stringValue: string | null = null; // office:string-value, used when the cell has no text:p
  let para: string | null = null;
  let depthInAnnotation = 0; // office:annotation (comments) text is not cell text

  parser.on('opentag', (tag) => {
    budget.tick();
    const a = tag.attributes as Record<string, string>;
    switch (tag.name) {
      case 'table:table': {
        const name = a['table:name'] ?? '';
        sheet = !wanted || wanted.has(name) ? { name, rows: [] } : null;
        rowNumber = 0;
        return;
      }
      case 'office:annotation':
        depthInAnnotation++;
        return;
    }
    if (!sheet) return;
    switch (tag.name) {
      case 'table:table-row':
        budget.where = `sheet "${sheet.name}", row ${rowNumber + 1}`;
        rowRepeat = budget.count(a['table:number-rows-repeated'] ?? '1', 'a row’s repeat count', maxRows);
        cells = [];
        pendingEmpty = 0;
        return;
      case 'table:table-cell':
      case 'table:covered-table-cell': {
        cellRepeat = budget.count(
          a['table:number-columns-repeated'] ?? '1',
          'a cell’s repeat count',
          maxColumns,
        );
        const type = a['office:value-type'] ?? '';
        const value =
          type === 'date'
            ? (a['office:date-value'] ?? null)
            : type === 'float' || type === 'percentage' || type === 'currency'
              ? (a['office:value'] ?? null)
              : null;
        const formula = a['table:formula'];
        cell = { text: '', type, value, href: formula ? hyperlinkTarget(formula) : null };
        paragraphs = [];
        stringValue = a['office:string-value'] ?? null;
        return;
      }
    }
    if (!cell || depthInAnnotation) return;
    switch (tag.name) {
      case 'text:p':
      case 'text:h':
        para = '';
        return;
      case 'text:s':
        if (para !== null) para += ' '.repeat(budget.count(a['text:c'] ?? '1', 'a run of spaces', repeat));
        return;
      case 'text:tab':
        if (para !== null) para += '\t';
        return;
      case 'text:line-break':
        if (para !== null) para += '\n';
        return;
      case 'text:a':
        if (cell.href === null && a['xlink:href']) cell.href = a['xlink:href'];
        return;
    }
  });

  parser.on('text', (t) => {
    if (para !== null && !depthInAnnotation) {
      para += t;
      budget.cellChars(para.length);
    }
  });

  parser.on('closetag', (tag) => {
    switch (tag.name) {
      case 'office:annotation':
        depthInAnnotation--;
        return;
      case 'table:table':
        if (sheet) out.push(sheet);
        sheet = null;
        return;
    }
    if (!sheet) return;
    switch (tag.name) {
      case 'text:p':
      case 'text:h':
        if (cell && para !== null && !depthInAnnotation) paragraphs.push(para);
        para = null;
        return;
      case 'table:table-cell':
      case 'table:covered-table-cell': {
        if (!cell) return;
        cell.text = paragraphs.length ? paragraphs.join('\n') : (stringValue ?? '');
        if (isEmpty(cell)) pendingEmpty += cellRepeat;
        else {
          if (cellRepeat > repeat)
            throw budget.refusal(`a non-empty cell repeated ${cellRepeat} times; at most ${repeat}`);
          const width = cells.length + pendingEmpty + cellRepeat;
          if (width > maxColumns)
            throw budget.refusal(
              `a cell in column ${width}; the last column a sheet may use is ${maxColumns}`,
            );
          budget.cells(pendingEmpty + cellRepeat);
          for (let i = 0; i < pendingEmpty; i++) cells.push({ ...EMPTY_CELL });
          pendingEmpty = 0;
          for (let i = 0; i < cellRepeat; i++) cells.push({ ...cell });
        }
        cell = null;
        return;
      }
      case 'table:table-row': {
        if (cells.length === 0) {
          rowNumber += rowRepeat; // blank rows, however many, are not stored
          return;
        }
        if (rowRepeat > repeat)
          throw budget.refusal(`a non-empty row repeated ${rowRepeat} times; at most ${repeat}`);
        if (rowNumber + rowRepeat > maxRows)
          throw budget.refusal(
            `a non-empty row numbered ${rowNumber + rowRepeat}; the last row a sheet may use is ${maxRows}`,
          );
        budget.cells(cells.length * (rowRepeat - 1));
        for (let i = 0; i < rowRepeat; i++)
          sheet.rows.push({ row: ++rowNumber, cells: i === 0 ? cells : cells.map((c) => ({ ...c })) });
        return;
      }
    }
  });

  return {
    write: (text) => {
      parser.write(text);
    },
    close: () => {
      parser.close();
      return out;
    },
  };
}

/** Text of cell `col` (0-based) in a row, '' if beyond the row's last non-empty cell. */
export function cellAt(row: OdsRow, col: number): OdsCell {
  return row.cells[col] ?? EMPTY_CELL;
}
