/**
 * Reader for the ONS lower-tier to upper-tier local authority lookup
 * (`LTLA-UTLA_Apr23_Lookup_England-Wales.csv`): one row per district, borough or unitary area
 * (LTLA) of England and Wales with the upper-tier council (UTLA) above it, codes and names (and
 * Welsh names, empty in England). The header row is checked against `../headers.ts`; the UTF-8 BOM
 * is stripped. Which rows become places is decided by `../places.ts`.
 */
import { INPUT_HEADERS } from '../headers';
import { at, checkCsvHeader, isBlank, readCsvText } from '../lib/csv-text';
import type { CsvProblems } from '../lib/problems';

export interface LookupRow {
  /** 1-based line of the file. */
  line: number;
  blank: boolean;
  ltlaCode: string;
  ltlaName: string;
  utlaCode: string;
  utlaName: string;
  /** 1-based column of each field, for problems. */
  col: { ltlaCode: number; ltlaName: number; utlaCode: number; utlaName: number };
}

/** The file's rows; null when its header is not a known layout (the problem says why). */
export function readLtlaLookup(path: string, text: string, problems: CsvProblems): LookupRow[] | null {
  const csv = readCsvText(text);
  const c = checkCsvHeader(path, csv.header, INPUT_HEADERS.ltlaLookup, problems);
  if (!c) return null;
  const index = (name: string) => c[name] ?? -1;
  const col = {
    ltlaCode: index('LTLA23CD'),
    ltlaName: index('LTLA23NM'),
    utlaCode: index('UTLA23CD'),
    utlaName: index('UTLA23NM'),
  };
  const oneBased = {
    ltlaCode: col.ltlaCode + 1,
    ltlaName: col.ltlaName + 1,
    utlaCode: col.utlaCode + 1,
    utlaName: col.utlaName + 1,
  };
  return csv.records.map((r) => ({
    line: r.line,
    blank: isBlank(r),
    ltlaCode: at(r, col.ltlaCode).trim(),
    ltlaName: at(r, col.ltlaName).trim(),
    utlaCode: at(r, col.utlaCode).trim(),
    utlaName: at(r, col.utlaName).trim(),
    col: oneBased,
  }));
}
