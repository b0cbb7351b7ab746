/**
 * The DfE's "Children's social work workforce" indicators (Explore Education Statistics CSV,
 * `csww_indicators_<first>_to_<last>.csv`) to `data/workforce.csv`: one row per area and year, for
 * England, the nine regions and every council (joint returns once, naming both councils).
 *
 * Kept: social workers in post, starters, leavers and turnover rate, agency workers and agency
 * rate, vacancies and vacancy rate, case holders, cases and caseload per case-holding social
 * worker (all FTE, as the DfE headlines them). Suppression symbols stay as published, never 0.
 * Every input row is written or skipped with a reason; a bad value stops the import with the
 * file, line and column, all problems at once.
 */
import { readInputText } from './lib/input-files';
import { DATASETS } from './columns';
import { EES_REGIONAL } from './headers';
// EES symbols: c confidential, k rounds to 0, low, u low reliability, x unavailable, z not applicable.
import { SUPPRESSION_SYMBOLS as EES_SYMBOLS } from '../../src/data/vocabulary';
import type { CsvRecord } from './lib/csv-out';
import { at } from './lib/csv-text';
import { ReleaseDates } from './lib/release-dates';
import { AreaIndex, matchRegion, SUB_REGION_REASON } from './area-codes';
import { cmp, expectedValue, LEVEL_ORDER, publishedValue, type Level, type ProblemList } from './row-checks';
import { Area, finishImport, rowProblems, startCsvImport, type SourcedOutput } from './csv-import';

/** The measures kept, as the DfE names them, with the largest value each may take. */
const WORKFORCE_MEASURES = {
  inpost_fte: 1_000_000,
  starters_fte: 1_000_000,
  leavers_fte: 1_000_000,
  turnover_rate_fte: 100,
  agency_fte: 1_000_000,
  agency_rate_fte: 100,
  vacancy_fte: 1_000_000,
  vacancy_rate_fte: 100,
  case_holders_fte: 1_000_000,
  cases: 10_000_000,
  caseload_fte: 1_000,
} as const;
type Measure = keyof typeof WORKFORCE_MEASURES;
const MEASURES = Object.keys(WORKFORCE_MEASURES) as Measure[];

const PUBLICATION_URL =
  'https://explore-education-statistics.service.gov.uk/find-statistics/children-s-social-work-workforce';

/**
 * The release is the one of the last reporting year the file holds. The DfE's CSV carries no
 * date: it is given once with `--released=dfe-csww-<year>:<date>` and then remembered in
 * `data/sources.csv` (`lib/release-dates.ts`). For 2025 it is the date of the copy imported (the
 * DfE's CSC outcomes and enablers repository, commit 2f5d11a, 27 April 2026), as the release date
 * could not be checked here. A file with a newer year stops the import until its date is given.
 */

function workforceSource(lastYear: number, date: string) {
  return {
    id: `dfe-csww-${lastYear}`,
    publisher: 'Department for Education',
    title: `Children's social work workforce: reporting year ${lastYear}`,
    url: PUBLICATION_URL,
    date,
    licence: 'OGL-UK-3.0',
  };
}

const LEVELS: Record<string, Level> = {
  National: 'national',
  Regional: 'regional',
  'Local authority': 'authority',
};
const HEADER = [...EES_REGIONAL, 'old_la_code', 'new_la_code', 'la_name', ...MEASURES];

export interface WorkforceOptions {
  /** Publication date of the file; default: the date of its release in `releases`. */
  released?: string;
  releases?: ReleaseDates;
}

export function importWorkforceText(
  path: string,
  text: string,
  index: AreaIndex,
  problems: ProblemList,
  options: WorkforceOptions = {},
): SourcedOutput {
  const { records, output, col, skip } = startCsvImport(path, text, DATASETS.workforce, HEADER, problems);
  if (!col) return { output, source: null };
  const rows: { level: Level; key: string; year: number; row: CsvRecord }[] = [];
  const seen = new Map<string, number>();
  let lastYear = 0;

  for (const r of records) {
    const levelText = at(r, col('geographic_level'));
    const level = LEVELS[levelText];
    if (!level) {
      skip(r.line, `geographic level not used: ${levelText}`);
      continue;
    }
    const check = rowProblems(path, r.line, col, problems);
    const { bad } = check;
    const yearText = at(r, col('time_period'));
    if (!/^\d{4}$/.test(yearText))
      bad('time_period', 'time_period is not a reporting year', yearText, 'a year such as 2025');
    const idText = at(r, col('time_identifier'));
    if (idText !== 'Reporting year')
      bad(
        'time_identifier',
        'time_identifier is not "Reporting year"',
        idText,
        '"Reporting year" (years to 30 September)',
      );

    let areaCode: string;
    let laCode = '';
    let areaName: string;
    const area = new Area(level);
    if (level === 'national') {
      areaCode = at(r, col('country_code'));
      areaName = at(r, col('country_name'));
      if (!/^E\d{8}$/.test(areaCode))
        bad('country_code', 'no valid country code', areaCode, 'an ONS code such as E92000001');
    } else if (level === 'regional') {
      areaCode = at(r, col('region_code'));
      areaName = at(r, col('region_name'));
      const m = matchRegion(areaName);
      if (m && 'subRegion' in m) {
        skip(r.line, SUB_REGION_REASON);
        continue;
      }
      if (!m) bad('region_name', `unknown region "${areaName}"`, areaName, 'one of the nine English regions');
      else area.region = m.region;
      if (!/^E\d{8}$/.test(areaCode))
        bad('region_code', 'no valid region code', areaCode, 'an ONS code such as E12000007');
    } else {
      areaCode = at(r, col('new_la_code'));
      laCode = at(r, col('old_la_code'));
      areaName = at(r, col('la_name'));
      const m = index.match('csww', laCode, areaName);
      if (!m.ok)
        bad(
          m.field === 'name' ? 'la_name' : 'old_la_code',
          m.message,
          m.field === 'name' ? areaName : laCode,
          m.expected,
        );
      else {
        area.authorities = m.authorities;
        area.note = m.note;
      }
      if (!areaCode.split(' / ').every((c) => /^E\d{8}$/.test(c)))
        bad(
          'new_la_code',
          'no valid ONS code',
          areaCode,
          'an ONS code such as E09000016 (joint returns: codes joined with " / ")',
        );
    }
    const values: Partial<Record<Measure, string>> = {};
    for (const m of MEASURES) {
      const opts = { symbols: EES_SYMBOLS, max: WORKFORCE_MEASURES[m] };
      const raw = at(r, col(m));
      const v = publishedValue(raw, opts);
      if (v === null) bad(m, `${m} is not a published value`, raw, expectedValue(opts));
      else values[m] = v;
    }
    if (!check.good) continue;
    const year = Number(yearText);
    // Councils by LA number (their ONS code can change: Barnsley's did in 2025), regions by name.
    const key = `${level}|${laCode}|${area.region}`;
    const dup = seen.get(`${key}|${year}`);
    if (dup !== undefined) {
      problems.add(
        path,
        r.line,
        col('time_period') + 1,
        `second row for ${areaName} ${year} (first on line ${dup})`,
        yearText,
        'one row per area and year',
      );
      continue;
    }
    seen.set(`${key}|${year}`, r.line);
    lastYear = Math.max(lastYear, year);
    rows.push({
      level,
      key: `${laCode}|${area.region}`,
      year,
      row: {
        year,
        area_code: areaCode,
        la_code: laCode,
        area_name: areaName,
        ...area.columns(),
        ...values,
      },
    });
  }

  let source: CsvRecord | null = null;
  if (rows.length) {
    const id = `dfe-csww-${lastYear}`;
    const date = options.released ?? options.releases?.date(id);
    if (!date)
      problems.add(
        path,
        1,
        1,
        `no publication date known for reporting year ${lastYear} (${id})`,
        String(lastYear),
        ReleaseDates.help(id),
      );
    else source = workforceSource(lastYear, date);
  }
  rows.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || cmp(a.key, b.key) || a.year - b.year);
  return finishImport(output, rows, source, problems);
}

export function importWorkforce(
  path: string,
  index: AreaIndex,
  problems: ProblemList,
  options?: WorkforceOptions,
) {
  return importWorkforceText(path, readInputText(path), index, problems, options);
}
