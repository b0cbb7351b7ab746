/**
 * History is append-only. A row already in `data/` that a newer download no longer holds is kept:
 * the community overview, for one, lists only each council's latest inspection, so a newer file
 * that replaces a council's row must not drop the earlier inspection. A row goes only when the
 * editor names it with `--allow-removal <id>`, and the change summary names it.
 *
 * Rows are matched by their identity: the dataset's key (`columns.ts`), except care leavers,
 * whose council rows are matched by council rather than by ONS code, so that a re-coded council's
 * figures are revised, not kept twice. A kept row keeps its place: it follows the row that came
 * before it in the file it was kept from, so a second run gives the same bytes.
 */
import { csvParse } from 'd3-dsv';
import type { Dataset } from './columns';
import { serialiseCell as cell } from '../../src/data/dataset-rows';
import type { CsvRecord } from './lib/csv-out';

type Row = Readonly<Record<string, string>>;

/** Rows as text, the way they are written. */
const asText = (r: CsvRecord): Row => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cell(v)]));

/** The identity of a row of `dataset`, for history and the change summary. */
export function identityOf(dataset: Pick<Dataset, 'file' | 'key'>): (r: Row) => string {
  if (dataset.file === 'care-leavers.csv')
    return (r) => [r['level'], r['authority'] || r['area_code'], r['year'], r['age']].join('/');
  const cols = typeof dataset.key === 'string' ? [dataset.key] : dataset.key;
  return (r) => cols.map((c) => r[c] ?? '').join('/');
}

/**
 * How an editor names a row to remove: an inspection by its id, another row by its file and
 * identity (`care-leavers:authority/haringey/2021/19-21`).
 */
export function removalId(dataset: Pick<Dataset, 'file' | 'key'>, r: Row): string {
  const id = identityOf(dataset)(r);
  return dataset.file === 'inspections.csv' ? id : `${dataset.file.replace(/\.csv$/, '')}:${id}`;
}

export interface History {
  /** Rows of the published file the new import lacks, kept. */
  kept: Row[];
  /** Rows of the published file the new import lacks, removed as the editor asked. */
  removed: Row[];
}

/**
 * Merge the published rows (`previous`, the file's text) the new `rows` lack back in, except those
 * named in `allowRemoval` (each name found is added to `used`). Returns the merged rows.
 */
export function keepHistory(
  dataset: Pick<Dataset, 'file' | 'key'>,
  rows: readonly CsvRecord[],
  previous: string | null,
  allowRemoval: ReadonlySet<string>,
  used: Set<string>,
): { rows: CsvRecord[]; history: History } {
  const history: History = { kept: [], removed: [] };
  if (previous === null || previous.trim() === '') return { rows: [...rows], history };
  const identity = identityOf(dataset);
  const present = new Set(rows.map((r) => identity(asText(r))));
  const old = csvParse(previous) as unknown as Row[];
  // Each kept row follows the nearest row before it (in the published file) that the new rows have.
  const after = new Map<string, Row[]>(); // identity of the new row -> kept rows after it
  const first: Row[] = [];
  let anchor: string | null = null;
  for (const r of old) {
    const id = identity(r);
    if (present.has(id)) {
      anchor = id;
      continue;
    }
    const name = removalId(dataset, r);
    if (allowRemoval.has(name)) {
      used.add(name);
      history.removed.push(r);
      continue;
    }
    history.kept.push(r);
    if (anchor === null) first.push(r);
    else after.set(anchor, [...(after.get(anchor) ?? []), r]);
  }
  if (!history.kept.length) return { rows: [...rows], history };
  const merged: CsvRecord[] = [...first];
  for (const r of rows) {
    merged.push(r);
    merged.push(...(after.get(identity(asText(r))) ?? []));
  }
  return { rows: merged, history };
}
