/**
 * Reader for the DfE's statistical neighbour groupings (New_Statistical_Neighbour_Groupings_April_2021.csv):
 * each council's ten closest councils by old LA number, with a closeness band. Gives
 * `neighbours.csv`; councils and neighbours not in the authority list are skipped with a reason,
 * and each current council without a row is listed.
 */
import { DATASETS } from '../columns';
import { INPUT_HEADERS } from '../headers';
import type { AuthorityIndex } from '../lib/authority-index';
import { cmp } from '../lib/csv-out';
import { at, checkCsvHeader, isBlank, readCsvText } from '../lib/csv-text';
import { where } from '../lib/dfe-values';
import type { CsvProblems } from '../lib/problems';
import type { ImportOutput, Skip } from '../lib/report';
import { NEIGHBOURS_SOURCE } from '../sources';

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
): ImportOutput {
  const csv = readCsvText(text);
  const skipped: Skip[] = [];
  const out: ImportOutput = { ...DATASETS.neighbours, rows: [], read: csv.records.length, skipped };
  // The header is checked by name and order (`../headers.ts`); the cells are then read by position.
  if (!checkCsvHeader(path, csv.header, INPUT_HEADERS.neighbours, problems)) return out;
  const rows: { authority: string; rank: number; neighbour: string; closeness: string }[] = [];
  const seen = new Map<string, number>();
  const withRow = new Set<string>();
  for (const r of csv.records) {
    if (isBlank(r)) {
      skipped.push({ where: where(path, r.line), reason: 'blank row' });
      continue;
    }
    const numText = at(r, 0).trim();
    if (numText === '') {
      skipped.push({
        where: where(path, r.line),
        reason: `heading row: ${r.cells.filter((x) => x.trim()).join(' ')}`,
      });
      continue;
    }
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
      skipped.push({
        where: where(path, r.line),
        reason: `council not in the authorities list: ${laName} (LA ${numText})`,
      });
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
        skipped.push({
          where: where(path, r.line, ` SN${k}`),
          reason: `neighbour not in the authorities list: LA ${snText} (neighbour ${k} of ${laName})`,
        });
        continue;
      }
      rows.push({ authority: la.slug, rank: k, neighbour: nb.slug, closeness: band });
    }
  }
  for (const a of [...authorities.all].sort((x, y) => cmp(x.slug, y.slug))) {
    if (!withRow.has(a.slug) && a.current) {
      skipped.push({
        where: `authorities: ${a.slug} (LA ${a.laNumber})`,
        reason: 'current council has no row in the April 2021 groupings: no neighbours written',
      });
    }
  }
  rows.sort((a, b) => cmp(a.authority, b.authority) || a.rank - b.rank);
  out.rows = rows.map((x) => ({ ...x, source: NEIGHBOURS_SOURCE.id }));
  return out;
}
