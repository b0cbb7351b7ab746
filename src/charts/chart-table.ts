/**
 * A chart's table from its column labels, in order, keyed as the CSV header names them: one
 * `{ key: label }` object instead of a `{ key, label }` entry per column, and rows checked to carry
 * exactly those keys.
 */
import type { Cell, ChartTable } from './figure';

export function chartTable<K extends string>(
  labels: Record<K, string>,
  rows: NoInfer<Record<K, Cell>>[],
): ChartTable {
  return {
    columns: Object.entries<string>(labels).map(([key, label]) => ({ key, label })),
    rows,
  };
}
