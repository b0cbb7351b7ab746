/**
 * Children adopted, from the DfE's Local Authority Interactive Tool (LAIT) long file
 * (`short_desc, years, la_and_regions, la_number, region, value`), to `data/adoption-counts.csv`:
 * one row per area, year and measure, for England, the nine regions and every council (former
 * councils, "(Pre LG)" in LAIT, under their own slugs).
 *
 * Kept: `No_of LAC Adopted` (children who left care through adoption in the year to 31 March) and
 * `%_of LAC Adopted` (their share of all children leaving care). LAIT's `-` (suppressed or not
 * available, including years before a council existed or after it ended) stays `-`, never 0.
 * Every input row is written or skipped with a reason; a bad value, an unknown measure or an
 * unknown council stops the import with the file, line and column, all problems at once.
 */
import { readInputText } from './lib/input-files';
import { DATASETS } from './columns';
import { LAIT_SYMBOLS } from '../../src/data/datasets';
import type { CsvRecord } from './lib/csv-out';
import { at } from './lib/csv-text';
import { ReleaseDates } from './lib/release-dates';
import { matchRegion, SUB_REGION_REASON, type AreaIndex } from './area-codes';
import { cmp, expectedValue, LEVEL_ORDER, publishedValue, type Level, type ProblemList } from './row-checks';
import { Area, finishImport, rowProblems, startCsvImport, type SourcedOutput } from './csv-import';

/** The measures kept: LAIT's name, ours, and the largest value. */
const KEPT: Record<string, { measure: string; integer: boolean; max: number }> = {
  'No_of LAC Adopted': { measure: 'adopted', integer: true, max: 100_000 },
  '%_of LAC Adopted': { measure: 'adopted-percent', integer: false, max: 100 },
};
/** Measures in the file that are not used (adoptions by how consent was given). */
const NOT_USED = new Set([
  'LACnum_Adopt_AppUnop',
  'LAC%_Adopt_AppUnop',
  'LACnum_Adopt_ConsentDisp',
  'LAC%_Adopt_ConsentDisp',
]);

/**
 * The date of the figures, by the last year the file holds: LAIT takes them from the DfE's
 * "Children looked after in England including adoptions" release of that year (`dfe-cla-<year>`),
 * so the date is that release's, given once with `--released=dfe-lait-adoption-<year>:<date>` or
 * `--released=dfe-cla-<year>:<date>` and then remembered in `data/sources.csv`
 * (`lib/release-dates.ts`). A file with a newer year stops the import until its date is given.
 */

function laitSource(firstYear: number, lastYear: number, date: string) {
  return {
    id: `dfe-lait-adoption-${lastYear}`,
    publisher: 'Department for Education',
    title: `Children looked after in England including adoptions: children adopted by council, ${firstYear} to ${lastYear} (Local Authority Interactive Tool)`,
    url: 'https://www.gov.uk/government/publications/local-authority-interactive-tool-lait',
    date,
    licence: 'OGL-UK-3.0',
  };
}

const HEADER = ['short_desc', 'years', 'la_and_regions', 'la_number', 'region', 'value'];

export interface LaitOptions {
  /** Publication date of the file; default: the date of its release in `releases`. */
  released?: string;
  releases?: ReleaseDates;
}

export function importLaitAdoptionText(
  path: string,
  text: string,
  index: AreaIndex,
  problems: ProblemList,
  options: LaitOptions = {},
): SourcedOutput {
  const { records, output, col, skip } = startCsvImport(
    path,
    text,
    DATASETS.adoptionCounts,
    HEADER,
    problems,
  );
  if (!col) return { output, source: null };
  const rows: { level: Level; code: string; year: number; measure: string; row: CsvRecord }[] = [];
  const seen = new Map<string, number>();
  let firstYear = Infinity;
  let lastYear = 0;

  for (const r of records) {
    const desc = at(r, col('short_desc'));
    if (NOT_USED.has(desc)) {
      skip(r.line, `measure not used: ${desc}`);
      continue;
    }
    const check = rowProblems(path, r.line, col, problems);
    const { bad } = check;
    const kept = KEPT[desc];
    if (!kept)
      bad(
        'short_desc',
        'unknown measure',
        desc,
        `one of ${[...Object.keys(KEPT), ...NOT_USED].map((x) => `"${x}"`).join(', ')}`,
      );
    const yearText = at(r, col('years'));
    if (!/^\d{4}$/.test(yearText))
      bad('years', 'not a year', yearText, 'a year ending 31 March, such as 2025');
    const code = at(r, col('la_number')).trim();
    const name = at(r, col('la_and_regions')).trim();
    const regionText = at(r, col('region')).trim();
    const area = new Area('authority');
    if (regionText === 'NA') {
      // England and the regions: LAIT puts "NA" in the region column.
      if (name === 'England') area.level = 'national';
      else {
        const m = matchRegion(name);
        if (m && 'subRegion' in m) {
          skip(r.line, SUB_REGION_REASON);
          continue;
        }
        if (!m)
          bad(
            'la_and_regions',
            `unknown region "${name}"`,
            name,
            'England or one of the nine English regions',
          );
        else {
          area.level = 'regional';
          area.region = m.region;
        }
      }
      if (!/^9\d\d$/.test(code))
        bad(
          'la_number',
          `no valid area number for ${name}`,
          code,
          'a three-digit number such as 970 (England)',
        );
    } else {
      if (!matchRegion(regionText))
        bad(
          'region',
          `unknown region "${regionText}"`,
          regionText,
          'an English region, Inner London or Outer London',
        );
      const m = index.match('lait', code, name);
      if (!m.ok)
        bad(
          m.field === 'name' ? 'la_and_regions' : 'la_number',
          m.message,
          m.field === 'name' ? name : code,
          m.expected,
        );
      else {
        area.authorities = m.authorities;
        area.note = m.note;
      }
    }
    let value: string | null = null;
    if (kept) {
      const opts = { symbols: LAIT_SYMBOLS, integer: kept.integer, max: kept.max };
      const raw = at(r, col('value'));
      value = publishedValue(raw, opts);
      if (value === null) bad('value', `${desc} is not a published value`, raw, expectedValue(opts));
    }
    if (!check.good || !kept) continue;
    const year = Number(yearText);
    const key = `${area.level}|${code}|${year}|${kept.measure}`;
    const dup = seen.get(key);
    if (dup !== undefined) {
      bad(
        'years',
        `second row for ${name} ${year} ${desc} (first on line ${dup})`,
        yearText,
        'one row per area, year and measure',
      );
      continue;
    }
    seen.set(key, r.line);
    firstYear = Math.min(firstYear, year);
    lastYear = Math.max(lastYear, year);
    rows.push({
      level: area.level,
      code,
      year,
      measure: kept.measure,
      row: {
        year,
        la_code: code,
        area_name: name,
        ...area.columns(),
        measure: kept.measure,
        value,
      },
    });
  }

  let source: CsvRecord | null = null;
  if (rows.length) {
    const id = `dfe-lait-adoption-${lastYear}`;
    const date =
      options.released ?? options.releases?.date(id) ?? options.releases?.date(`dfe-cla-${lastYear}`);
    if (!date)
      problems.add(
        path,
        1,
        1,
        `no publication date known for the year to 31 March ${lastYear} (${id})`,
        String(lastYear),
        ReleaseDates.help(id),
      );
    else source = laitSource(firstYear, lastYear, date);
  }
  rows.sort(
    (a, b) =>
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
      cmp(a.code, b.code) ||
      a.year - b.year ||
      cmp(a.measure, b.measure),
  );
  return finishImport(output, rows, source, problems);
}

export function importLaitAdoption(
  path: string,
  index: AreaIndex,
  problems: ProblemList,
  options?: LaitOptions,
) {
  return importLaitAdoptionText(path, readInputText(path), index, problems, options);
}
