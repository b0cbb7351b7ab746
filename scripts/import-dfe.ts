/**
 * DfE importer: care leavers in education, employment or training (EET), England's average time
 * between adoption stages, and statistical neighbours. Reads the Department for Education's own
 * Explore Education Statistics CSV downloads (and the April 2021 statistical neighbour CSV) and
 * returns rows for `care-leavers.csv`, `adoption-stages.csv` and `neighbours.csv`.
 *
 * Every input row is written (or used to write a row) or skipped with a reason. Problems that
 * would make the output wrong (a malformed value, a missing column, a cohort without its EET row)
 * are collected and thrown once, each as `file:line:column: message (got "...", expected ...)`.
 */
import { basename } from 'node:path';
import { readFileSync } from 'node:fs';
import { columnsOf } from '../src/data/datasets';
import { SUPPRESSION_SYMBOLS } from '../src/data/vocabulary';
import type { CsvRecord } from './lib/csv-out';
import type { Inputs } from './lib/paths';
import type { AuthorityRef, ImporterResult, ImportOutput, Skip } from './lib/report';
import { at, columnIndex, isBlank, Problems, readCsvText, type CsvLine } from './lib/dfe-csv';

export type DfeInputs = Pick<Inputs, 'careLeavers' | 'adoptionStages' | 'neighbours'>;

/**
 * The Explore Education Statistics release the care-leaver and adoption files come from.
 * Date: the raw README does not give it. The release's open-data API id for its time-series data
 * set (019a9c62-...) is a UUIDv7 stamped 19 November 2025, the day the data set was loaded; DfE
 * releases go live at 9:30 the next morning, 20 November 2025. Check it on the release page.
 */
export const CLA_SOURCE = {
  id: 'dfe-cla-2025',
  publisher: 'Department for Education',
  title: 'Children looked after in England including adoptions: reporting year 2025',
  url: 'https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions',
  date: '2025-11-20',
  licence: 'OGL-UK-3.0',
} as const;

/**
 * The statistical neighbour groupings. The DfE published the CSV with its Local Authority
 * Interactive Tool (LAIT); the file names only "April 2021", so the first of the month stands for
 * the date.
 */
export const NEIGHBOURS_SOURCE = {
  id: 'dfe-statistical-neighbours-2021',
  publisher: 'Department for Education',
  title: 'Statistical neighbour groupings, April 2021',
  url: 'https://www.gov.uk/government/publications/local-authority-interactive-tool-lait',
  date: '2021-04-01',
  licence: 'OGL-UK-3.0',
} as const;

/** Publisher symbols (EES): c confidential, k rounds to 0 (was `low`), low, u low reliability, x unavailable, z not applicable. */
export const SYMBOLS = [...SUPPRESSION_SYMBOLS].sort();
const SYMBOL_TEXT = `a suppression symbol (${SYMBOLS.join(', ')})`;

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

const where = (path: string, line: number, extra = '') => `${basename(path)} line ${line}${extra}`;

/** Look up councils by ONS code first, then by old LA number. */
export class AuthorityIndex {
  private readonly byOns = new Map<string, AuthorityRef>();
  private readonly byNumber = new Map<number, AuthorityRef>();
  constructor(readonly all: readonly AuthorityRef[]) {
    for (const a of all) {
      if (a.onsCode) this.byOns.set(a.onsCode, a);
      // A former and a current council may share a number in theory; prefer the current one.
      const prev = this.byNumber.get(a.laNumber);
      if (!prev || (!prev.current && a.current)) this.byNumber.set(a.laNumber, a);
    }
  }
  find(onsCode: string, laNumber: string): AuthorityRef | undefined {
    const byOns = onsCode ? this.byOns.get(onsCode) : undefined;
    if (byOns) return byOns;
    return /^\d+$/.test(laNumber) ? this.byNumber.get(Number(laNumber)) : undefined;
  }
  byLaNumber(n: number): AuthorityRef | undefined {
    return this.byNumber.get(n);
  }
}

/** A published figure kept as text: a number as published, or a symbol verbatim. Empty is an error. */
function published(path: string, r: CsvLine, col: number, name: string, problems: Problems): string {
  const raw = at(r, col).trim();
  if (raw === '') problems.add(path, r.line, col + 1, `${name} is empty`, raw, `a number or ${SYMBOL_TEXT}`);
  return raw;
}

// ---------------------------------------------------------------------------------------------
// Care leavers

interface CareGroup {
  level: 'national' | 'regional' | 'authority';
  year: number;
  age: '17-18' | '19-21';
  areaCode: string;
  areaName: string;
  authority: string | null;
  total?: { line: number; count: string };
  eet?: { line: number; count: string; percent: string };
  firstLine: number;
}

/** The DfE's `time_period` cell as a reporting year (`2025`), or null after reporting the problem. */
function reportingYear(r: CsvLine, column: number, path: string, problems: Problems): string | null {
  const text = at(r, column);
  if (/^\d{4}$/.test(text)) return text;
  problems.add(path, r.line, column + 1, 'time_period is not a reporting year', text, 'a year such as 2025');
  return null;
}

export function importCareLeavers(
  path: string,
  text: string,
  authorities: AuthorityIndex,
  problems: Problems,
): ImportOutput {
  const csv = readCsvText(text);
  const names = [
    'time_period',
    'geographic_level',
    'country_code',
    'country_name',
    'region_code',
    'region_name',
    'old_la_code',
    'la_name',
    'new_la_code',
    'care_leaver_age',
    'breakdown',
    'care_leaver_count',
    'care_leaver_percent',
  ];
  const skipped: Skip[] = [];
  const out: ImportOutput = {
    file: 'care-leavers.csv',
    columns: columnsOf('careLeavers'),
    key: ['level', 'area_code', 'year', 'age'],
    rows: [],
    read: csv.records.length,
    skipped,
  };
  const c = columnIndex(path, csv.header, names, problems);
  if (!c) return out;
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
    if (yearText === null) {
      continue;
    }
    let areaCode: string;
    let areaName: string;
    let authority: string | null = null;
    let codeCol: number;
    if (level === 'national') {
      [areaCode, areaName, codeCol] = [
        at(r, col('country_code')),
        at(r, col('country_name')),
        col('country_code'),
      ];
    } else if (level === 'regional') {
      [areaCode, areaName, codeCol] = [
        at(r, col('region_code')),
        at(r, col('region_name')),
        col('region_code'),
      ];
    } else {
      [areaCode, areaName, codeCol] = [at(r, col('new_la_code')), at(r, col('la_name')), col('new_la_code')];
      const oldCode = at(r, col('old_la_code'));
      const found = authorities.find(areaCode, oldCode);
      if (!found) {
        // Skipped, not an error: the authority list is the Ofsted importer's, and a council it does
        // not know cannot have a page; the report lists every such row so the list can be fixed.
        skipped.push({
          where: where(path, r.line),
          reason: `council not in the authorities list: ${areaName} (ONS ${areaCode || 'none'}, LA ${oldCode || 'none'})`,
        });
        continue;
      }
      authority = found.slug;
    }
    if (!/^[EKWSN]\d{8}$/.test(areaCode)) {
      problems.add(
        path,
        r.line,
        codeCol + 1,
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
    const count = published(path, r, col('care_leaver_count'), 'care_leaver_count', problems);
    if (breakdown === BREAKDOWN_TOTAL) {
      if (g.total)
        problems.add(
          path,
          r.line,
          col('breakdown') + 1,
          `duplicate "Total" row for ${areaName} ${year} ${ageText} (first on line ${g.total.line})`,
          breakdown,
          'one row per area, year, age and breakdown',
        );
      else g.total = { line: r.line, count };
    } else {
      const percent = published(path, r, col('care_leaver_percent'), 'care_leaver_percent', problems);
      if (g.eet)
        problems.add(
          path,
          r.line,
          col('breakdown') + 1,
          `duplicate EET row for ${areaName} ${year} ${ageText} (first on line ${g.eet.line})`,
          breakdown,
          'one row per area, year, age and breakdown',
        );
      else g.eet = { line: r.line, count, percent };
    }
  }

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
        source: CLA_SOURCE.id,
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
  return out;
}

/** Plain code-unit comparison: the same on every machine and locale. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Adoption stages

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

export function importAdoptionStages(path: string, text: string, problems: Problems): ImportOutput {
  const csv = readCsvText(text);
  const skipped: Skip[] = [];
  const out: ImportOutput = {
    file: 'adoption-stages.csv',
    columns: columnsOf('adoptionStages'),
    key: ['year', 'stage', 'age'],
    rows: [],
    read: csv.records.length,
    skipped,
  };
  const c = columnIndex(
    path,
    csv.header,
    ['time_period', 'geographic_level', 'stage_of_adoption_process', 'age_start_poc', 'number'],
    problems,
  );
  if (!c) return out;
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
  out.rows = rows.map((x) => ({
    year: x.year,
    stage: x.stage,
    stage_label: x.label,
    age: x.age,
    raw: x.raw,
    months: x.months,
    source: CLA_SOURCE.id,
  }));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Statistical neighbours

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
  problems: Problems,
): ImportOutput {
  const csv = readCsvText(text);
  const skipped: Skip[] = [];
  const out: ImportOutput = {
    file: 'neighbours.csv',
    columns: columnsOf('neighbours'),
    key: ['authority', 'rank'],
    rows: [],
    read: csv.records.length,
    skipped,
  };
  const h = csv.header.map((x) => x.trim());
  const expectedHeader = ['LA num', 'LA Name', 'LA number', 'GOInd', 'GOReg'];
  const headerOk =
    expectedHeader.every((name, i) => h[i] === name) &&
    Array.from({ length: 10 }, (_, k) => h[5 + 2 * k] === `SN${k + 1}` && h[6 + 2 * k] === 'SNP').every(
      Boolean,
    );
  if (!headerOk) {
    problems.add(
      path,
      1,
      1,
      'unexpected header',
      csv.header.slice(0, 9).join(','),
      'LA num,LA Name,LA number,GOInd,GOReg,SN1,SNP,SN2,SNP,... to SN10,SNP',
    );
    return out;
  }
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

// ---------------------------------------------------------------------------------------------

/** Import from file texts (for tests); `importDfe` reads the files and calls this. */
export function importDfeTexts(
  texts: {
    careLeavers: [path: string, text: string];
    adoptionStages: [path: string, text: string];
    neighbours: [path: string, text: string];
  },
  authorities: readonly AuthorityRef[],
): ImporterResult {
  const problems = new Problems();
  const index = new AuthorityIndex(authorities);
  const outputs = [
    importCareLeavers(...texts.careLeavers, index, problems),
    importAdoptionStages(...texts.adoptionStages, problems),
    importNeighbours(...texts.neighbours, index, problems),
  ];
  problems.throwIfAny();
  return { outputs, sources: [{ ...CLA_SOURCE }, { ...NEIGHBOURS_SOURCE }] };
}

export function importDfe(inputs: DfeInputs, authorities: readonly AuthorityRef[]): ImporterResult {
  const read = (p: string): [string, string] => [p, readFileSync(p, 'utf8')];
  return importDfeTexts(
    {
      careLeavers: read(inputs.careLeavers),
      adoptionStages: read(inputs.adoptionStages),
      neighbours: read(inputs.neighbours),
    },
    authorities,
  );
}
