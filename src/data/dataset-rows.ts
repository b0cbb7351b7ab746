/**
 * A dataset's rows in code and on disk, derived from its schema (`datasets.ts`): the typed record
 * the site uses (camelCase keys), and the column order and cell spelling the importers write.
 */
import type { Column, Columns } from './columns';
import { DATASETS, type DatasetKey } from './datasets';
import { BOOLEAN_WORDS } from './fields';

// ---- Records -------------------------------------------------------------------------------------

/** `ons_code` -> `onsCode`. */
export type Camel<S extends string> = S extends `${infer H}_${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;

export function camel(name: string): string {
  return name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** A CSV row as parsed, keyed by column name. */
export type ParsedRow<C extends Columns> = { [K in keyof C]: C[K] extends Column<infer T> ? T : never };

/** A row as the site uses it: the parsed cells, keyed by camelCase column name. */
export type RecordOf<K extends DatasetKey> = {
  [
    N in keyof (typeof DATASETS)[K]['columns'] & string as Camel<N>
  ]: (typeof DATASETS)[K]['columns'][N] extends Column<infer T> ? T : never;
};

export function toRecord<K extends DatasetKey>(key: K, row: Record<string, unknown>): RecordOf<K> {
  return Object.fromEntries(columnsOf(key).map((c) => [camel(c), row[c]])) as RecordOf<K>;
}

// ---- Writing -------------------------------------------------------------------------------------

/** The columns of a dataset, in file order. */
export function columnsOf(key: DatasetKey): string[] {
  return Object.keys(DATASETS[key].columns);
}

export type CellValue = string | number | boolean | null | undefined;

/** How a value is written in a cell: empty for none, yes/no for booleans. */
export function serialiseCell(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? BOOLEAN_WORDS.true : BOOLEAN_WORDS.false;
  return String(v);
}

/** A record's cells in the dataset's column order (a missing column is an empty cell). */
export function serialiseRow(key: DatasetKey, record: Readonly<Record<string, CellValue>>): string[] {
  return columnsOf(key).map((c) => serialiseCell(record[c]));
}
