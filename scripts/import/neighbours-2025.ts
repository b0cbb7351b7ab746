/**
 * The DfE's 2025 statistical neighbour model (`sn_model_2025_wide.csv`: per council its old LA
 * number `old_la_code`, `la_name`, and ten neighbours `SN_1`..`SN_10` with their closeness
 * `SN_1P`..`SN_10P`) to `data/neighbours-2025.csv`, one row per council and rank.
 *
 * The April 2021 groupings stay in `neighbours.csv` as history (written by the DfE importer); the
 * 2025 model is a separate file because it is a different model, and because it covers the
 * councils created in 2021-2023 that the 2021 groupings lack.
 *
 * A neighbour is named only by its number; it is matched through the file's own row for that
 * number (number and name), so a re-coded council is caught. Closeness bands lose the trailing
 * space the DfE's file gives them. Accounting: each council row holds ten neighbour entries, and
 * `read` counts entries (ten per council row) plus any other row, so read = written + skipped.
 * Every current council must have a row; anything else wrong stops the import with the file,
 * line and column, all problems at once.
 */
import { readInputText } from './lib/input-files';
import { DATASETS } from './columns';
import { basename } from 'node:path';
import { CLOSENESS_BANDS_2025 } from '../../src/data/datasets';
import type { CsvRecord } from './lib/csv-out';
import { at, isBlank, readCsvText } from './lib/csv-text';
import { NO_RELEASE_DATES, ReleaseDates } from './lib/release-dates';
import type { ImportOutput, Skip } from './lib/report';
import type { AreaIndex } from './area-codes';
import { assertAccounted, cmp, requireColumns, type ProblemList } from './row-checks';

const MODEL_YEAR = 2025;

/**
 * The file carries no date. It is the DfE's copy in its CSC outcomes and enablers dashboard
 * repository (commit 2f5d11a, 27 April 2026), which is where it is published; that date was given
 * once (`--released=dfe-statistical-neighbours-2025:2026-04-27`) and is remembered in
 * `data/sources.csv` (`lib/release-dates.ts`).
 */
function neighbours2025Source(date: string) {
  return {
    id: `dfe-statistical-neighbours-${MODEL_YEAR}`,
    publisher: 'Department for Education',
    title: `Statistical neighbour model ${MODEL_YEAR} (children's services)`,
    url: 'https://github.com/dfe-analytical-services/CSC_outcomes_and_enablers',
    date,
    licence: 'OGL-UK-3.0',
  };
}

const RANKS = Array.from({ length: 10 }, (_, i) => i + 1);
const HEADER = ['old_la_code', 'la_name', ...RANKS.flatMap((k) => [`SN_${k}`, `SN_${k}P`])];

export function importNeighbours2025Text(
  path: string,
  text: string,
  index: AreaIndex,
  problems: ProblemList,
  releases: ReleaseDates = NO_RELEASE_DATES,
): { output: ImportOutput; source: CsvRecord | null } {
  const csv = readCsvText(text);
  const file = basename(path);
  const skipped: Skip[] = [];
  const output: ImportOutput = {
    file: `neighbours-${MODEL_YEAR}.csv`,
    columns: DATASETS.neighbours2025.columns,
    key: ['authority', 'rank'],
    rows: [],
    read: 0,
    skipped,
  };
  const sourceId = `dfe-statistical-neighbours-${MODEL_YEAR}`;
  const date = releases.date(sourceId);
  if (!date)
    problems.add(
      path,
      1,
      1,
      `no publication date known for the ${MODEL_YEAR} model (${sourceId})`,
      file,
      ReleaseDates.help(sourceId),
    );
  const source = date ? neighbours2025Source(date) : null;
  const named = /sn_model_(\d{4})/i.exec(file)?.[1];
  if (named && Number(named) !== MODEL_YEAR)
    problems.add(
      path,
      1,
      1,
      `this is the ${named} model, but this importer writes the ${MODEL_YEAR} model to neighbours-${MODEL_YEAR}.csv`,
      file,
      `sn_model_${MODEL_YEAR}_wide.csv; a new model needs its own file (see data/README.md)`,
    );
  const header = csv.header.map((h) => h.trim());
  const found = requireColumns(path, header, HEADER, problems);
  if (!found) return { output, source };
  const col = found;

  // First pass: each council row's number and name, so that neighbours (numbers only) are matched by both.
  const rowsByCode = new Map<string, { line: number; name: string; slug: string | null }>();
  const councilRows: { line: number; code: string; slug: string | null; name: string; cells: string[] }[] =
    [];
  for (const r of csv.records) {
    if (isBlank(r)) {
      output.read += 1;
      skipped.push({ where: `${file} line ${r.line}`, reason: 'blank row' });
      continue;
    }
    output.read += RANKS.length;
    const code = at(r, col('old_la_code')).trim();
    const name = at(r, col('la_name')).trim();
    const m = index.match('sn2025', code, name);
    let slug: string | null = null;
    if (!m.ok)
      problems.add(
        path,
        r.line,
        col(m.field === 'name' ? 'la_name' : 'old_la_code') + 1,
        m.message,
        m.field === 'name' ? name : code,
        m.expected,
      );
    else if (m.authorities.length !== 1)
      problems.add(
        path,
        r.line,
        col('old_la_code') + 1,
        `${name} stands for ${m.authorities.length} councils`,
        code,
        'one council per row',
      );
    else slug = m.authorities[0] ?? null;
    const first = rowsByCode.get(code);
    if (first)
      problems.add(
        path,
        r.line,
        col('old_la_code') + 1,
        `second row for LA ${code} (first on line ${first.line})`,
        code,
        'one row per council',
      );
    else rowsByCode.set(code, { line: r.line, name, slug });
    councilRows.push({ line: r.line, code, slug, name, cells: r.cells });
  }

  const rows: { authority: string; rank: number; row: CsvRecord }[] = [];
  const covered = new Set<string>();
  for (const r of councilRows) {
    if (r.slug) covered.add(r.slug);
    const seen = new Set<string>();
    for (const k of RANKS) {
      const c = col(`SN_${k}`);
      const code = (r.cells[c] ?? '').trim();
      const bandText = (r.cells[col(`SN_${k}P`)] ?? '').trim();
      const nb = rowsByCode.get(code);
      let ok = true;
      if (!/^\d{3}$/.test(code)) {
        problems.add(
          path,
          r.line,
          c + 1,
          `SN_${k} of ${r.name} is not an LA number`,
          code,
          'a three-digit old LA number',
        );
        ok = false;
      } else if (!nb) {
        problems.add(
          path,
          r.line,
          c + 1,
          `SN_${k} of ${r.name} is LA ${code}, which has no row of its own in the file`,
          code,
          'the LA number of a council listed in the file',
        );
        ok = false;
      } else if (code === r.code || seen.has(code)) {
        problems.add(
          path,
          r.line,
          c + 1,
          `SN_${k} of ${r.name} repeats LA ${code}`,
          code,
          'ten different councils other than itself',
        );
        ok = false;
      }
      seen.add(code);
      const band = CLOSENESS_BANDS_2025.find((b) => b.toLowerCase() === bandText.toLowerCase());
      if (!band) {
        problems.add(
          path,
          r.line,
          col(`SN_${k}P`) + 1,
          `closeness of SN_${k} of ${r.name} is not a band`,
          bandText,
          `one of ${CLOSENESS_BANDS_2025.join(', ')}`,
        );
        ok = false;
      }
      if (!ok || !r.slug || !nb?.slug || !band) continue;
      rows.push({
        authority: r.slug,
        rank: k,
        row: { authority: r.slug, rank: k, neighbour: nb.slug, closeness: band, source: sourceId },
      });
    }
  }
  for (const a of index.all)
    if (a.current && !covered.has(a.slug))
      problems.add(
        path,
        1,
        1,
        `no row for ${a.name} (LA ${a.laNumber}), a current council`,
        '',
        `a row for every one of the ${index.all.filter((x) => x.current).length} current councils`,
      );

  rows.sort((a, b) => cmp(a.authority, b.authority) || a.rank - b.rank);
  output.rows = rows.map((x) => x.row);
  if (!problems.list.length) assertAccounted(output);
  return { output, source };
}

export function importNeighbours2025(
  path: string,
  index: AreaIndex,
  problems: ProblemList,
  releases: ReleaseDates = NO_RELEASE_DATES,
) {
  return importNeighbours2025Text(path, readInputText(path), index, problems, releases);
}
