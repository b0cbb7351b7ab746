/**
 * Reader for the DfE's national average time between adoption stages
 * (national_cla_adopted_average_time_between_adoption_process_stages.csv, Explore Education
 * Statistics): England only, by year, stage (numbered 1 to 6) and age on entering care; values as
 * `years:months`. Gives `adoption-stages.csv`; rows that are counts of children, not times, are
 * skipped with that reason. Rows cite the release of the file's last reporting year
 * (`dfe-cla-<year>`), dated by `ReleaseDates`.
 */
import { DATASETS } from '../columns';
import { INPUT_HEADERS } from '../headers';
import { cmp, type CsvRecord } from '../lib/csv-out';
import { at, isBlank, readCheckedCsv, type CheckedCsv } from '../lib/csv-text';
import { SYMBOLS, SYMBOL_TEXT, reportingYear, where } from '../lib/dfe-values';
import type { CsvProblems } from '../lib/problems';
import type { ReleaseDates } from '../lib/release-dates';
import type { ImportOutput, Skip } from '../lib/report';
import { claRelease } from './cla-release';

/** `yy:mm` to months; null for a symbol; undefined when malformed. */
export function yearsMonthsToMonths(raw: string): number | null | undefined {
  if ((SYMBOLS as readonly string[]).includes(raw)) return null;
  const m = /^(\d{1,3}):(\d{2})$/.exec(raw);
  if (!m) return undefined;
  const months = Number(m[2]);
  if (months > 11) return undefined;
  return Number(m[1]) * 12 + months;
}

function ageRank(age: string): number {
  if (age === 'Total') return 1000;
  if (/^Aged under 1$/.test(age)) return -1;
  const m = /^Aged (\d+)( and over)?$/.exec(age);
  if (m) return Number(m[1]) * 2 + (m[2] ? 1 : 0);
  return 500;
}

export const readAdoptionStages = (path: string, text: string, problems: CsvProblems): CheckedCsv =>
  readCheckedCsv(path, text, INPUT_HEADERS.adoptionStages, problems);

export function importAdoptionStages(
  file: CheckedCsv,
  problems: CsvProblems,
  releases: ReleaseDates,
): { output: ImportOutput; source: CsvRecord | null } {
  const { path, csv, columns: c } = file;
  const skipped: Skip[] = [];
  const out: ImportOutput = { ...DATASETS.adoptionStages, rows: [], read: csv.records.length, skipped };
  if (!c) return { output: out, source: null };
  const col = (n: string) => c[n] ?? -1;
  const seen = new Map<string, number>();
  const rows: {
    year: number;
    stage: number;
    label: string;
    age: string;
    raw: string;
    months: number | null;
  }[] = [];

  for (const r of csv.records) {
    if (isBlank(r)) {
      skipped.push({ where: where(path, r.line), reason: 'blank row' });
      continue;
    }
    const level = at(r, col('geographic_level'));
    if (level !== 'National') {
      skipped.push({ where: where(path, r.line), reason: `geographic level not used: ${level}` });
      continue;
    }
    const stageText = at(r, col('stage_of_adoption_process'));
    const sm = /^(\d+)\.\s+(.+)$/.exec(stageText);
    if (!sm) {
      // Counts of children (e.g. those placed within 12 months of the decision), not times.
      skipped.push({
        where: where(path, r.line),
        reason: `not an average time between stages: ${stageText}`,
      });
      continue;
    }
    const stage = Number(sm[1]);
    const label = (sm[2] ?? '').trim();
    let good = true;
    if (stage < 1 || stage > 6) {
      problems.add(
        path,
        r.line,
        col('stage_of_adoption_process') + 1,
        'stage number out of range',
        stageText,
        'a stage numbered 1 to 6 ("1. ..." to "6. ...")',
      );
      good = false;
    }
    const yearText = reportingYear(r, col('time_period'), path, problems);
    if (yearText === null) {
      good = false;
    }
    const age = at(r, col('age_start_poc')).trim();
    if (age === '') {
      problems.add(
        path,
        r.line,
        col('age_start_poc') + 1,
        'age_start_poc is empty',
        age,
        '"Total" or an age band',
      );
      good = false;
    }
    const raw = at(r, col('number')).trim();
    const months = yearsMonthsToMonths(raw);
    if (months === undefined) {
      problems.add(
        path,
        r.line,
        col('number') + 1,
        'malformed average time',
        raw,
        `years:months such as 01:07 (months 00 to 11), or ${SYMBOL_TEXT}`,
      );
      good = false;
    }
    if (!good || months === undefined) continue;
    const key = `${yearText}|${stage}|${age}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.add(
        path,
        r.line,
        col('age_start_poc') + 1,
        `duplicate row for ${yearText} stage ${stage} (first on line ${first})`,
        age,
        'one row per year, stage and age',
      );
      continue;
    }
    seen.set(key, r.line);
    rows.push({ year: Number(yearText), stage, label, age, raw, months });
  }
  rows.sort(
    (a, b) => a.year - b.year || a.stage - b.stage || ageRank(a.age) - ageRank(b.age) || cmp(a.age, b.age),
  );
  const years = rows.map((x) => x.year);
  const { sourceId, source } = claRelease(years, releases, path, col, problems);
  out.rows = rows.map((x) => ({
    year: x.year,
    stage: x.stage,
    stage_label: x.label,
    age: x.age,
    raw: x.raw,
    months: x.months,
    source: sourceId,
  }));
  return { output: out, source };
}
