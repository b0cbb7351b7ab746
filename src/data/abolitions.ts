/**
 * When each former council was abolished: `data/curated/abolitions.csv`, hand-curated because
 * no official file in `data/` holds the date (see `data/curated/README.md`). It is a dataset like
 * the others (`abolitions` in datasets.ts: validated with the rest, read through the safe-file
 * reader, published under /data/); here each row is also checked to name a former council. A bad
 * row fails the build with file, line, field, the value and what was expected, all problems at
 * once. A missing file means no dates.
 */
import { LIMITS } from '../config/limits';
import { readContainedText } from '../config/safe-files';
import { parseCsv } from './csv';
import { DATASETS } from './datasets';
import { dataDirectory } from './load';
import type { Dataset } from './types';

export interface Abolition {
  authority: string;
  /** yyyy-mm-dd: the day the council ceased to exist. */
  abolished: string;
  source: string;
  note: string;
}

const FILE = DATASETS.abolitions.file;
const COLUMNS = ['authority', 'abolished', 'source', 'note'] as const;

function realDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

/** Parse and check the file's text against the dataset. Throws one error listing every problem. */
export function parseAbolitions(text: string, data: Dataset, label = `data/${FILE}`): Map<string, Abolition> {
  const csv = parseCsv(text);
  const problems = csv.problems.map((p) => `${label}:${p.line}:${p.column}: ${p.message}`);
  const header = csv.header.join(',');
  if (header !== COLUMNS.join(','))
    problems.push(`${label}:1: expected the header "${COLUMNS.join(',')}" (got "${header}")`);
  const out = new Map<string, Abolition>();
  for (const { line, cells } of csv.records) {
    const [authority = '', abolished = '', source = '', note = ''] = cells;
    const at = (field: string, value: string, expected: string) =>
      problems.push(`${label}:${line}: ${field} "${value}": expected ${expected}`);
    const a = data.authorities.get(authority);
    if (!a) at('authority', authority, 'a slug from data/authorities.csv');
    else if (a.current) at('authority', authority, 'a former council (current = no in data/authorities.csv)');
    if (out.has(authority)) at('authority', authority, 'one row per council');
    if (!realDate(abolished)) at('abolished', abolished, 'a real date written yyyy-mm-dd');
    if (!data.sources.has(source)) at('source', source, 'an id from sources.csv or curated/sources.csv');
    out.set(authority, { authority, abolished, source, note });
  }
  if (problems.length) throw new Error(`${problems.length} problem(s) in ${label}:\n${problems.join('\n')}`);
  return out;
}

const memo = new WeakMap<Dataset, Map<string, Map<string, Abolition>>>();

/** Abolition dates of former councils, by slug (read once per dataset and folder). */
export function abolitions(data: Dataset, dir = dataDirectory()): Map<string, Abolition> {
  const byDir = memo.get(data) ?? new Map<string, Map<string, Abolition>>();
  memo.set(data, byDir);
  const hit = byDir.get(dir);
  if (hit) return hit;
  const r = readContainedText(dir, FILE, LIMITS.dataFileBytes, 'data file');
  if (r.kind === 'refused')
    throw new Error(`data/${FILE}:${r.refusal.line}:${r.refusal.column}: ${r.refusal.message}`);
  const out = r.kind === 'ok' ? parseAbolitions(r.text, data) : new Map<string, Abolition>();
  byDir.set(dir, out);
  return out;
}
