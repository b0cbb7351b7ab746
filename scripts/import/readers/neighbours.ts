/**
 * Reader for the DfE's statistical neighbour groupings (New_Statistical_Neighbour_Groupings_April_2021.csv):
 * each council's ten closest councils by old LA number, with a closeness band. Gives
 * `neighbours.csv`. A council or neighbour no code matches stops the import (a new or re-coded
 * council); each current council without a row is noted. Accounting: a council row holds ten
 * neighbour entries, and `read` counts entries (ten per council row) plus any other row, so
 * read = written + skipped. The rows cite the groupings named by the file (`..._April_2021.csv`).
 */
import { basename } from 'node:path';
import { DATASETS } from '../columns';
import { INPUT_HEADERS } from '../headers';
import type { AuthorityIndex } from '../lib/authority-index';
import { COUNCIL_HELP } from '../lib/council-changes';
import { cmp, type CsvRecord } from '../lib/csv-out';
import { at, checkCsvHeader, isBlank, readCsvText } from '../lib/csv-text';
import { where } from '../lib/dfe-values';
import type { CsvProblems } from '../lib/problems';
import type { ImportOutput, Skip } from '../lib/report';
import { neighboursSource } from '../sources';

/**
 * The file's header repeats "SNP" ten times, so it is read by position:
 * 0 LA num, 1 LA Name, 2 LA number, 3 GOInd, 4 GOReg, then SN<k> at 3 + 2k and its band at 4 + 2k.
 * Below the main table, after a blank row and an "Old SNs:" heading, the DfE keeps the groupings
 * of councils that no longer exist (Dorset, Poole and Bournemouth before 2019, Northamptonshire):
 * they are read the same way and written for whichever of those councils the authority list has.
 */
export function importNeighbours(
  path: string,
  text: string,
  authorities: AuthorityIndex,
  problems: CsvProblems,
): { output: ImportOutput; source: CsvRecord | null } {
  const csv = readCsvText(text);
  const skipped: Skip[] = [];
  const notes: string[] = [];
  const out: ImportOutput = { ...DATASETS.neighbours, rows: [], read: 0, skipped, notes };
  const source = neighboursSource(basename(path));
  if (!source)
    problems.add(
      path,
      1,
      1,
      'the file name gives no month and year of the groupings',
      basename(path),
      'a name such as New_Statistical_Neighbour_Groupings_April_2021.csv',
    );
  // The header is checked by name and order (`../headers.ts`); the cells are then read by position.
  if (!checkCsvHeader(path, csv.header, INPUT_HEADERS.neighbours, problems)) return { output: out, source };
  const rows: { authority: string; rank: number; neighbour: string; closeness: string }[] = [];
  const seen = new Map<string, number>();
  const withRow = new Set<string>();
  for (const r of csv.records) {
    if (isBlank(r)) {
      out.read++;
      skipped.push({ where: where(path, r.line), reason: 'blank row' });
      continue;
    }
    const numText = at(r, 0).trim();
    if (numText === '') {
      out.read++;
      skipped.push({
        where: where(path, r.line),
        reason: `heading row: ${r.cells.filter((x) => x.trim()).join(' ')}`,
      });
      continue;
    }
    out.read += 10;
    if (!/^\d{3}$/.test(numText)) {
      problems.add(
        path,
        r.line,
        1,
        'LA number is not a number',
        numText,
        'a three-digit old LA number such as 309',
      );
      continue;
    }
    const laName = at(r, 1).trim();
    const la = authorities.byLaNumber(Number(numText));
    if (!la) {
      problems.add(
        path,
        r.line,
        1,
        `council ${laName} (LA ${numText}) matches no council`,
        numText,
        `the old LA number of a council in authorities.csv; ${COUNCIL_HELP}`,
      );
      continue;
    }
    const first = seen.get(la.slug);
    if (first !== undefined) {
      problems.add(
        path,
        r.line,
        1,
        `second row for ${laName} (first on line ${first})`,
        numText,
        'one row per council',
      );
      continue;
    }
    seen.set(la.slug, r.line);
    withRow.add(la.slug);
    for (let k = 1; k <= 10; k++) {
      const ci = 3 + 2 * k;
      const snText = at(r, ci).trim();
      const band = at(r, ci + 1).trim();
      if (!/^\d{3}$/.test(snText)) {
        problems.add(
          path,
          r.line,
          ci + 1,
          `SN${k} of ${laName} is not an LA number`,
          snText,
          'a three-digit old LA number',
        );
        continue;
      }
      if (band === '') {
        problems.add(
          path,
          r.line,
          ci + 2,
          `closeness of SN${k} of ${laName} is empty`,
          band,
          'a band such as "Very Close"',
        );
        continue;
      }
      const nb = authorities.byLaNumber(Number(snText));
      if (!nb) {
        problems.add(
          path,
          r.line,
          ci + 1,
          `SN${k} of ${laName} (LA ${snText}) matches no council`,
          snText,
          `the old LA number of a council in authorities.csv; ${COUNCIL_HELP}`,
        );
        continue;
      }
      rows.push({ authority: la.slug, rank: k, neighbour: nb.slug, closeness: band });
    }
  }
  for (const a of [...authorities.all].sort((x, y) => cmp(x.slug, y.slug))) {
    if (!withRow.has(a.slug) && a.current)
      notes.push(
        `${a.name} (LA ${a.laNumber}), a current council, has no row in ${basename(path)}: no neighbours written`,
      );
  }
  rows.sort((a, b) => cmp(a.authority, b.authority) || a.rank - b.rank);
  out.rows = rows.map((x) => ({ ...x, source: source?.['id'] ?? '' }));
  return { output: out, source };
}
