/**
 * Council successions and code changes, kept by hand in `data/curated/council-changes.csv` and
 * read by the importers (never written by them):
 * - `abolished`: a council that no longer exists, with the ONS code, old LA number and region it
 *   had, and the councils that took over its children's services (`successors`);
 * - `recoded`: another code (ONS code and/or old LA number) by which a publisher's file names a
 *   council we already have, e.g. a new ONS code after a boundary change.
 * A row of a publisher's file whose council matches no code stops the import with its file and
 * line and `COUNCIL_HELP`, so a new or re-coded council is never skipped silently.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS } from '../../../src/config/limits';
import { readContainedText } from '../../../src/config/safe-files';
import { DATASETS } from '../../../src/data/datasets';
import { readTable, formatProblem, type Problem } from '../../../src/data/schema';
import type { Region } from '../../../src/data/vocabulary';
import { ImportError } from './problems';
import { dataDir as projectDataDir } from './paths';

export const COUNCIL_CHANGES_FILE = DATASETS.councilChanges.file;

/** What an editor does about a council no code matches: said with every such problem. */
export const COUNCIL_HELP =
  'if it is a new council, or a council whose ONS code or LA number changed, add it to data/curated/council-changes.csv (docs/editing.md, "A new or re-coded council")';

/** The file's columns: its dataset's (`councilChanges` in src/data/datasets.ts). */
const columns = DATASETS.councilChanges.columns;

interface FormerCouncil {
  onsCode: string;
  laNumber: number;
  region: Region;
  successors: string[];
}

export interface CouncilChanges {
  /** Abolished councils, by slug. */
  former: Map<string, FormerCouncil>;
  /** Other ONS codes of our councils (slug by code). */
  onsAliases: Map<string, string>;
  /** Other old LA numbers of our councils (slug by number). */
  laAliases: Map<number, string>;
  /** Every council slug the file names, where, for `npm run check` to find in authorities.csv. */
  refs: { line: number; column: number; field: string; slug: string }[];
}

export const NO_COUNCIL_CHANGES: CouncilChanges = {
  former: new Map(),
  onsAliases: new Map(),
  laAliases: new Map(),
  refs: [],
};

/** Parse the file's text; every problem at once as `file:line:column field: ...`. */
export function parseCouncilChanges(text: string, file = `data/${COUNCIL_CHANGES_FILE}`): CouncilChanges {
  const problems: Problem[] = [];
  const rows = readTable(file, text, columns, problems);
  const out: CouncilChanges = { former: new Map(), onsAliases: new Map(), laAliases: new Map(), refs: [] };
  const bad = (line: number, column: number, field: string, value: string, message: string) =>
    problems.push({ file, line, column, field, value, message });
  for (const { row, line, col } of rows) {
    out.refs.push({ line, column: col.authority, field: 'authority', slug: row.authority });
    for (const s of row.successors)
      out.refs.push({ line, column: col.successors, field: 'successors', slug: s });
    if (row.change === 'abolished') {
      if (!row.ons_code || row.la_number === null || !row.region || !row.successors.length) {
        bad(
          line,
          col.change,
          'change',
          row.change,
          'expected an abolished council to have its ons_code, la_number, region and successors',
        );
        continue;
      }
      if (out.former.has(row.authority))
        bad(line, col.authority, 'authority', row.authority, 'expected one "abolished" row per council');
      out.former.set(row.authority, {
        onsCode: row.ons_code,
        laNumber: row.la_number,
        region: row.region,
        successors: row.successors,
      });
    } else {
      if (!row.ons_code && row.la_number === null)
        bad(
          line,
          col.change,
          'change',
          row.change,
          'expected a re-coded council to have its other ons_code or la_number',
        );
      if (row.region || row.successors.length)
        bad(
          line,
          col.region,
          'region',
          row.region ?? '',
          'expected region and successors empty for a re-coded council',
        );
      if (row.ons_code) {
        if (out.onsAliases.has(row.ons_code))
          bad(line, col.ons_code, 'ons_code', row.ons_code, 'expected each code once');
        out.onsAliases.set(row.ons_code, row.authority);
      }
      if (row.la_number !== null) {
        if (out.laAliases.has(row.la_number))
          bad(line, col.la_number, 'la_number', String(row.la_number), 'expected each code once');
        out.laAliases.set(row.la_number, row.authority);
      }
    }
  }
  if (problems.length) {
    const list = problems.map(formatProblem);
    throw new ImportError(
      `${file} has ${list.length} problem(s):\n${list.map((p) => `  ${p}`).join('\n')}`,
      list,
    );
  }
  return out;
}

/**
 * The council changes of a data folder (its `curated/council-changes.csv`), or of the project's
 * `data/` when that folder has none (a temporary folder in tests).
 */
export function readCouncilChanges(dataDir = projectDataDir): CouncilChanges {
  const dir = existsSync(join(dataDir, COUNCIL_CHANGES_FILE)) ? dataDir : projectDataDir;
  const text = readCouncilChangesText(dir);
  return text === null ? NO_COUNCIL_CHANGES : parseCouncilChanges(text);
}

/**
 * The file's text in the data folder `dir` through the safe-file reader (an ordinary file inside
 * the folder, no link, within the size limit), or null when there is none.
 */
export function readCouncilChangesText(dir: string): string | null {
  const r = readContainedText(dir, COUNCIL_CHANGES_FILE, LIMITS.dataFileBytes, 'data file');
  if (r.kind === 'missing') return null;
  if (r.kind === 'ok') return r.text;
  const problem = `data/${COUNCIL_CHANGES_FILE}:${r.refusal.line}:${r.refusal.column}: ${r.refusal.message}`;
  throw new ImportError(problem, [problem]);
}
