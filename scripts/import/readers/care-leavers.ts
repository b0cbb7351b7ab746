/**
 * Reader for the DfE's care leavers' activity download (la_care_leavers_activity.csv, Explore
 * Education Statistics): by council, region and England, year, age band and breakdown. It gives
 * `care-leavers.csv` (each area, year and age: the "Total in education, employment or training"
 * row with the cohort of its "Total" row) and, for the Ofsted merge, each council's region and
 * its old LA number by ONS code.
 *
 * Every record is written (two per written row: Total and EET) or skipped with a reason; a bad
 * value (checked by the dataset's own column parser), a missing pair, a duplicate or a council no
 * code matches is a problem at `file:line:column`. Rows cite the release of the file's last
 * reporting year (`dfe-cla-<year>`), dated by `ReleaseDates`.
 */
import { DATASETS as SCHEMAS } from '../../../src/data/datasets';
import type { Region } from '../../../src/data/vocabulary';
import { DATASETS } from '../columns';
import { INPUT_HEADERS } from '../headers';
import type { AuthorityIndex } from '../lib/authority-index';
import { councilNameHint } from '../area-codes';
import { COUNCIL_HELP } from '../lib/council-changes';
import { cmp, type CsvRecord } from '../lib/csv-out';
import { at, isBlank, readCheckedCsv, type CheckedCsv } from '../lib/csv-text';
import { published, reportingYear, where } from '../lib/dfe-values';
import type { CsvProblems } from '../lib/problems';
import type { ReleaseDates } from '../lib/release-dates';
import type { ImportOutput, Skip } from '../lib/report';
import { claRelease } from './cla-release';

const AGE_BANDS: Record<string, '17-18' | '19-21'> = {
  '17 to 18 years': '17-18',
  '19 to 21 years': '19-21',
};
const BREAKDOWN_TOTAL = 'Total';
const BREAKDOWN_EET = 'Total in education, employment or training';
const LEVELS: Record<string, 'national' | 'regional' | 'authority'> = {
  National: 'national',
  Regional: 'regional',
  'Local authority': 'authority',
};
const LEVEL_ORDER = { national: 0, regional: 1, authority: 2 } as const;

export const readCareLeavers = (path: string, text: string, problems: CsvProblems): CheckedCsv =>
  readCheckedCsv(path, text, INPUT_HEADERS.careLeavers, problems);

export interface Regions {
  byCode: Map<string, Region>;
  byLa: Map<number, Region>;
  laByCode: Map<string, number>;
}

/** Regions by ONS code and by old LA number, and old LA numbers by ONS code (London is one region). */
export function regionsOf(file: CheckedCsv): Regions {
  const byCode = new Map<string, Region>();
  const byLa = new Map<number, Region>();
  const laByCode = new Map<string, number>();
  const c = file.columns;
  if (!c) return { byCode, byLa, laByCode };
  const cell = (r: (typeof file.csv.records)[number], name: string) => at(r, c[name] ?? -1);
  for (const r of file.csv.records) {
    const newCode = cell(r, 'new_la_code');
    const oldCode = cell(r, 'old_la_code');
    if (newCode && oldCode) laByCode.set(newCode, Number(oldCode));
    const name = cell(r, 'region_name');
    if (!name) continue;
    const region = (/london/i.test(name) ? 'London' : name) as Region;
    if (newCode) byCode.set(newCode, region);
    if (oldCode) byLa.set(Number(oldCode), region);
  }
  return { byCode, byLa, laByCode };
}

interface CareGroup {
  level: 'national' | 'regional' | 'authority';
  year: number;
  age: '17-18' | '19-21';
  areaCode: string;
  areaName: string;
  authority: string | null;
  total?: { line: number; count: string | null };
  eet?: { line: number; count: string | null; percent: string | null };
  firstLine: number;
}

/** The rows of `care-leavers.csv`, and the release they cite (null when the file gives no row). */
export function careLeaverRows(
  file: CheckedCsv,
  authorities: AuthorityIndex,
  problems: CsvProblems,
  releases: ReleaseDates,
): { output: ImportOutput; source: CsvRecord | null } {
  const { path, csv } = file;
  const skipped: Skip[] = [];
  const out: ImportOutput = {
    ...DATASETS.careLeavers,
    rows: [],
    read: csv.records.length,
    skipped,
    perRow: { records: 2, what: 'a "Total" and an EET record' },
  };
  const c = file.columns;
  if (!c) return { output: out, source: null };
  const col = (n: string) => c[n] ?? -1;
  const groups = new Map<string, CareGroup>();

  for (const r of csv.records) {
    if (isBlank(r)) {
      skipped.push({ where: where(path, r.line), reason: 'blank row' });
      continue;
    }
    const breakdown = at(r, col('breakdown'));
    if (breakdown !== BREAKDOWN_TOTAL && breakdown !== BREAKDOWN_EET) {
      skipped.push({ where: where(path, r.line), reason: `breakdown not used: ${breakdown}` });
      continue;
    }
    const ageText = at(r, col('care_leaver_age'));
    const age = AGE_BANDS[ageText];
    if (!age) {
      skipped.push({ where: where(path, r.line), reason: `age not used: ${ageText}` });
      continue;
    }
    const levelText = at(r, col('geographic_level'));
    const level = LEVELS[levelText];
    if (!level) {
      skipped.push({ where: where(path, r.line), reason: `geographic level not used: ${levelText}` });
      continue;
    }
    const yearText = reportingYear(r, col('time_period'), path, problems);
    if (yearText === null) continue;
    const codeColumn = { national: 'country_code', regional: 'region_code', authority: 'new_la_code' }[level];
    const nameColumn = { national: 'country_name', regional: 'region_name', authority: 'la_name' }[level];
    const areaCode = at(r, col(codeColumn));
    const areaName = at(r, col(nameColumn));
    let authority: string | null = null;
    if (level === 'authority') {
      const oldCode = at(r, col('old_la_code'));
      const found = authorities.find(areaCode, oldCode);
      if (!found) {
        // Never skipped: a council no code matches is new or re-coded, and its rows would be lost.
        problems.add(
          path,
          r.line,
          col('new_la_code') + 1,
          `council ${areaName} (ONS ${areaCode || 'none'}, LA ${oldCode || 'none'}) matches no council${councilNameHint(areaName, authorities.all)}`,
          areaCode,
          `the ONS code or old LA number of a council in authorities.csv; ${COUNCIL_HELP}`,
        );
        continue;
      }
      authority = found.slug;
    }
    if (!/^[EKWSN]\d{8}$/.test(areaCode)) {
      problems.add(
        path,
        r.line,
        col(codeColumn) + 1,
        `no valid area code for ${levelText} row ${areaName}`,
        areaCode,
        'an ONS code such as E09000014',
      );
      continue;
    }
    const year = Number(yearText);
    const key = `${level}|${areaCode}|${year}|${age}`;
    let g = groups.get(key);
    if (!g) {
      g = { level, year, age, areaCode, areaName, authority, firstLine: r.line };
      groups.set(key, g);
    }
    const countSchema =
      breakdown === BREAKDOWN_TOTAL
        ? SCHEMAS.careLeavers.columns.cohort.parse
        : SCHEMAS.careLeavers.columns.eet_count.parse;
    const count = published(path, r, col('care_leaver_count'), 'care_leaver_count', problems, countSchema);
    const duplicate = (first: number, what: string) =>
      problems.add(
        path,
        r.line,
        col('breakdown') + 1,
        `duplicate ${what} row for ${areaName} ${year} ${ageText} (first on line ${first})`,
        breakdown,
        'one row per area, year, age and breakdown',
      );
    if (breakdown === BREAKDOWN_TOTAL) {
      if (g.total) duplicate(g.total.line, '"Total"');
      else g.total = { line: r.line, count };
    } else {
      const percent = published(
        path,
        r,
        col('care_leaver_percent'),
        'care_leaver_percent',
        problems,
        SCHEMAS.careLeavers.columns.eet_percent.parse,
      );
      if (g.eet) duplicate(g.eet.line, 'EET');
      else g.eet = { line: r.line, count, percent };
    }
  }

  const years = [...groups.values()].map((g) => g.year);
  const { sourceId, source } = claRelease(years, releases, path, col, problems);
  const rows: { g: CareGroup; row: CsvRecord }[] = [];
  for (const g of groups.values()) {
    if (!g.total || !g.eet) {
      const missing = g.total ? BREAKDOWN_EET : BREAKDOWN_TOTAL;
      problems.add(
        path,
        g.firstLine,
        col('breakdown') + 1,
        `no "${missing}" row for ${g.areaName} ${g.year} ${g.age}`,
        missing,
        'both the "Total" and the EET row for each area, year and age',
      );
      continue;
    }
    rows.push({
      g,
      row: {
        year: g.year,
        level: g.level,
        area_code: g.areaCode,
        area_name: g.areaName,
        authority: g.authority,
        age: g.age,
        eet_count: g.eet.count,
        cohort: g.total.count,
        eet_percent: g.eet.percent,
        source: sourceId,
      },
    });
  }
  rows.sort(
    (a, b) =>
      LEVEL_ORDER[a.g.level] - LEVEL_ORDER[b.g.level] ||
      cmp(a.g.areaCode, b.g.areaCode) ||
      a.g.year - b.g.year ||
      cmp(a.g.age, b.g.age),
  );
  out.rows = rows.map((x) => x.row);
  return { output: out, source };
}
