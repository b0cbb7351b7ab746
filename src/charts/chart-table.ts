/**
 * A chart's table from its column labels, in order, keyed as the CSV header names them: one
 * `{ key: label }` object instead of a `{ key, label }` entry per column, and rows checked to carry
 * exactly those keys (a column given only sometimes, as `...(cond ? { k: label } : {})`, is
 * optional in the rows too). Keys are names, never integer-like ("2014"): an object lists those
 * first, so they would not keep their place.
 */
import type { Cell, ChartTable } from './figure';

export function chartTable<L extends Record<string, string>>(
  labels: L,
  rows: NoInfer<{ [K in keyof L]: Cell }>[],
): ChartTable {
  return {
    columns: Object.entries<string>(labels).map(([key, label]) => ({ key, label })),
    rows,
  };
}
