/**
 * Loading the dataset: read every CSV in `data/` (generated and curated), validate each row
 * against its schema and every cross-reference, and return the typed `Dataset`.
 * All problems are collected and reported at once; nothing half-valid is returned.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  JUDGEMENT_COLUMNS,
  adoptionStageColumns,
  authorityColumns,
  careLeaverColumns,
  curatedGradeColumns,
  officialCountColumns,
  formatProblem,
  inspectionColumns,
  neighbourColumns,
  readTable,
  reportedFigureColumns,
  sourceColumns,
  adoptionAsglbColumns,
  adoptionCountColumns,
  neighbour2025Columns,
  TOO_FEW,
  ASGLB_MIN_ADOPTIONS,
  workforceColumns,
  placeColumns,
  placeAliasColumns,
  type Problem,
  type RejectedRow,
} from './schema';

import type { AreaRow, Dataset, Grade, Inspection, JudgementKey, Measured, OfficialCount, Source } from './types';
import { placeNameKey } from './places';


/** The files of the dataset, relative to `data/`. Curated files are optional. */
export const DATA_FILES = {
  sources: 'sources.csv',
  curatedSources: 'curated/sources.csv',
  authorities: 'authorities.csv',
  neighbours: 'neighbours.csv',
  inspections: 'inspections.csv',
  curatedEvents: 'curated/events.csv',
  careLeavers: 'care-leavers.csv',
  adoptionStages: 'adoption-stages.csv',
  reported: 'curated/reported-figures.csv',

  adoptionAsglb: 'adoption-asglb.csv',
  adoptionCounts: 'adoption-counts.csv',
  workforce: 'workforce.csv',
  neighbours2025: 'neighbours-2025.csv',
  curatedGrades: 'curated/grades.csv',
  officialCounts: 'curated/official-counts.csv',
  places: 'places.csv',
  curatedPlaceAliases: 'curated/place-aliases.csv',

} as const;

export type DataFileKey = keyof typeof DATA_FILES;

export class DataValidationError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `The dataset has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => '  ' + formatProblem(p)).join('\n'),
    );
    this.name = 'DataValidationError';
    this.problems = problems;
  }
}

/**
 * Validate the dataset from file texts (keyed as in DATA_FILES; a missing curated file is
 * treated as empty). `dirLabel` prefixes file names in messages, e.g. `data/`.
 */
export function buildDataset(texts: Partial<Record<DataFileKey, string>>, dirLabel = 'data/'): Dataset {
  const problems: Problem[] = [];
  const name = (k: DataFileKey) => dirLabel + DATA_FILES[k];
  const get = (k: DataFileKey): string => {
    const t = texts[k];
    if (t !== undefined) return t;
    if (k.startsWith('curated')) return '';
    if (k === 'reported') return '';
    problems.push({ file: name(k), line: 1, column: 1, field: '', value: '', message: 'file is missing; run npm run data:import' });
    return '';
  };
  const rejected: Partial<Record<DataFileKey, RejectedRow[]>> = {};
  const table = <C extends Parameters<typeof readTable>[2]>(k: DataFileKey, cols: C) => {
    const t = get(k);
    return t === '' ? [] : readTable(name(k), t, cols, problems, (rejected[k] = []));
  };
  /** Keys of rows already reported as invalid: references to them are not reported again. */
  const rejectedKeys = (keys: DataFileKey[], column: string) =>
    new Set(keys.flatMap((k) => (rejected[k] ?? []).map((r) => r[column] ?? '')));

  const sourceRows = [
    ...table('sources', sourceColumns).map((r) => ({ ...r, file: name('sources') })),
    ...table('curatedSources', sourceColumns).map((r) => ({ ...r, file: name('curatedSources') })),
  ];
  const authorityRows = table('authorities', authorityColumns);
  const neighbourRows = table('neighbours', neighbourColumns);
  const inspectionRows = [
    ...table('inspections', inspectionColumns).map((r) => ({ ...r, file: name('inspections') })),
    ...table('curatedEvents', inspectionColumns).map((r) => ({ ...r, file: name('curatedEvents') })),
  ];
  const careRows = table('careLeavers', careLeaverColumns);
  const stageRows = table('adoptionStages', adoptionStageColumns);
  const reportedRows = table('reported', reportedFigureColumns);
  const curatedGradeRows = table('curatedGrades', curatedGradeColumns);
  const officialCountRows = table('officialCounts', officialCountColumns);

  const ref = (file: string, line: number, column: number, field: string, value: string, message: string) =>
    problems.push({ file, line, column, field, value, message });

  // Sources: unique ids across generated and curated files.
  const sources = new Map<string, Source>();
  for (const { row, line, col, file } of sourceRows) {
    if (sources.has(row.id)) ref(file, line, col.id, 'id', row.id, 'duplicate source id; ids must be unique across sources.csv and curated/sources.csv');
    sources.set(row.id, { id: row.id, publisher: row.publisher, title: row.title, url: row.url, date: row.date, licence: row.licence });
  }
  const brokenSources = rejectedKeys(['sources', 'curatedSources'], 'id');
  const needSource = (file: string, line: number, column: number, id: string) => {
    if (!sources.has(id) && !brokenSources.has(id)) ref(file, line, column, 'source', id, 'unknown source id; expected an id from sources.csv or curated/sources.csv');
  };

  // Authorities.
  const authorities: Dataset['authorities'] = new Map();
  const aFile = name('authorities');
  for (const { row, line, col } of authorityRows) {
    if (authorities.has(row.slug)) ref(aFile, line, col.slug, 'slug', row.slug, 'duplicate council slug');
    needSource(aFile, line, col.source, row.source);
    authorities.set(row.slug, {
      slug: row.slug,
      name: row.name,
      onsCode: row.ons_code,
      laNumber: row.la_number,
      region: row.region,
      type: row.type,
      ofstedUrl: row.ofsted_url,
      current: row.current,
      successors: row.successors,
      predecessors: row.predecessors,
      source: row.source,
    });
  }
  const brokenAuthorities = rejectedKeys(['authorities'], 'slug');
  const needAuthority = (file: string, line: number, column: number, field: string, s: string) => {
    if (!authorities.has(s) && !brokenAuthorities.has(s)) ref(file, line, column, field, s, 'unknown council; expected a slug from authorities.csv');
  };
  for (const { row, line, col } of authorityRows) {
    for (const s of row.successors) needAuthority(aFile, line, col.successors, 'successors', s);
    for (const s of row.predecessors) needAuthority(aFile, line, col.predecessors, 'predecessors', s);
  }

  // Statistical neighbours.
  const nFile = name('neighbours');
  const seenRank = new Set<string>();
  const neighbours = neighbourRows.map(({ row, line, col }) => {
    needAuthority(nFile, line, col.authority, 'authority', row.authority);
    needAuthority(nFile, line, col.neighbour, 'neighbour', row.neighbour);
    needSource(nFile, line, col.source, row.source);
    const key = `${row.authority}#${row.rank}`;
    if (seenRank.has(key)) ref(nFile, line, col.rank, 'rank', String(row.rank), `duplicate rank for ${row.authority}`);
    seenRank.add(key);
    return { authority: row.authority, rank: row.rank, neighbour: row.neighbour, closeness: row.closeness, source: row.source };
  });

  // Inspections, generated and curated alike.
  const inspections: Inspection[] = [];
  const ids = new Set<string>();
  for (const { row, line, col, file } of inspectionRows) {
    if (ids.has(row.id)) ref(file, line, col.id, 'id', row.id, 'duplicate inspection id; ids must be unique across inspections.csv and curated/events.csv');
    ids.add(row.id);
    needAuthority(file, line, col.authority, 'authority', row.authority);
    needSource(file, line, col.source, row.source);
    if (!row.published && !row.start_date) ref(file, line, col.published, 'published', '', 'expected a publication date or a start date');
    if (row.start_date && row.end_date && row.end_date < row.start_date)
      ref(file, line, col.end_date, 'end_date', row.end_date, `expected a date on or after start_date ${row.start_date}`);
    const firstDay = row.end_date ?? row.start_date;
    if (firstDay && row.published && row.published < firstDay)
      ref(file, line, col.published, 'published', row.published, `expected a date on or after the inspection (${firstDay})`);
    const judgements: Partial<Record<JudgementKey, Grade>> = {};
    for (const [column, key] of JUDGEMENT_COLUMNS) {
      const g = (row as Record<string, unknown>)[column] as Grade | null;
      if (g) judgements[key] = g;
    }
    const graded = row.overall !== null || Object.keys(judgements).length > 0;
    if (row.scale === 'ungraded' && graded)
      ref(file, line, col.scale, 'scale', row.scale, 'expected adequate-scale or ri-scale: the row has grades');
    if (row.scale !== 'ungraded' && !graded)
      ref(file, line, col.scale, 'scale', row.scale, 'expected ungraded: the row has no grade');
    if (row.scale === 'adequate-scale' && (row.overall === 'not-judged'))
      ref(file, line, col.overall, 'overall', row.overall, 'expected a grade on the adequate scale');
    inspections.push({
      id: row.id,
      authority: row.authority,
      framework: row.framework,
      startDate: row.start_date,
      endDate: row.end_date,
      published: row.published,
      overall: row.overall,
      scale: row.scale,
      judgements,
      theme: row.theme,
      reportUrl: row.report_url,
      source: row.source,
      note: row.note,
    });
  }
  // Overall grades an editor supplies, each with its own source. Only for an inspection whose
  // data holds no overall grade: a grade is never inferred, and never silently replaced.
  const gFile = name('curatedGrades');
  const byId = new Map(inspections.map((i) => [i.id, i]));
  const brokenIds = rejectedKeys(['inspections', 'curatedEvents'], 'id');
  const gradedByEditor = new Set<string>();
  for (const { row, line, col } of curatedGradeRows) {
    needSource(gFile, line, col.source, row.source);
    const i = byId.get(row.inspection);
    if (!i) {
      if (!brokenIds.has(row.inspection))
        ref(gFile, line, col.inspection, 'inspection', row.inspection, 'unknown inspection id; expected an id from inspections.csv or curated/events.csv');
      continue;
    }
    if (gradedByEditor.has(i.id)) {
      ref(gFile, line, col.inspection, 'inspection', row.inspection, 'this inspection already has a grade earlier in this file');
      continue;
    }
    gradedByEditor.add(i.id);
    if (i.overall !== null)
      ref(gFile, line, col.overall, 'overall', row.overall, `expected no row here: the data already gives this inspection's overall grade (${i.overall})`);
    else if (i.scale !== 'ri-scale')
      ref(gFile, line, col.inspection, 'inspection', row.inspection, 'expected a SIF or ILACS inspection (graded on the requires-improvement scale)');
    else {
      i.overall = row.overall;
      i.overallSource = row.source;
    }
  }

  inspections.sort(
    (a, b) =>
      a.authority.localeCompare(b.authority) ||
      (a.published ?? a.startDate ?? '').localeCompare(b.published ?? b.startDate ?? '') ||
      a.id.localeCompare(b.id),
  );

  // Care leavers.
  const cFile = name('careLeavers');
  const careKeys = new Set<string>();
  const careLeavers = careRows.map(({ row, line, col }) => {
    needSource(cFile, line, col.source, row.source);
    if (row.level === 'authority') {
      if (row.authority === null) ref(cFile, line, col.authority, 'authority', '', 'expected a council slug on an authority row');
      else needAuthority(cFile, line, col.authority, 'authority', row.authority);
    } else if (row.authority !== null) {
      ref(cFile, line, col.authority, 'authority', row.authority, `expected empty on a ${row.level} row`);
    }
    const key = `${row.level}#${row.area_code}#${row.year}#${row.age}`;
    if (careKeys.has(key)) ref(cFile, line, col.year, 'year', String(row.year), `duplicate row for ${row.area_name} ${row.age}`);
    careKeys.add(key);
    return {
      year: row.year,
      level: row.level,
      areaCode: row.area_code,
      areaName: row.area_name,
      authority: row.authority,
      age: row.age,
      eetCount: row.eet_count,
      cohort: row.cohort,
      eetPercent: row.eet_percent,
      source: row.source,
    };
  });

  // England's adoption stages.
  const sFile = name('adoptionStages');
  const adoptionStages = stageRows.map(({ row, line, col }) => {
    needSource(sFile, line, col.source, row.source);
    return { year: row.year, stage: row.stage, stageLabel: row.stage_label, age: row.age, raw: row.raw, months: row.months, source: row.source };
  });

  // Figures quoted in reports.
  const rFile = name('reported');
  const reportedIds = new Set<string>();
  const brokenInspections = rejectedKeys(['inspections', 'curatedEvents'], 'id');
  const reported = reportedRows.map(({ row, line, col }) => {
    if (reportedIds.has(row.id)) ref(rFile, line, col.id, 'id', row.id, 'duplicate id');
    reportedIds.add(row.id);
    needAuthority(rFile, line, col.authority, 'authority', row.authority);
    needSource(rFile, line, col.source, row.source);
    if (row.inspection !== null && !ids.has(row.inspection) && !brokenInspections.has(row.inspection))
      ref(rFile, line, col.inspection, 'inspection', row.inspection, 'unknown inspection id; expected an id from inspections.csv or curated/events.csv');
    if (row.unit === 'percent' && row.value > 100) ref(rFile, line, col.value, 'value', String(row.value), 'expected a percentage from 0 to 100');
    if ((row.benchmark_value === null) !== (row.benchmark_label === null))
      ref(rFile, line, col.benchmark_label, 'benchmark_label', row.benchmark_label ?? '', 'expected benchmark_value and benchmark_label both given or both empty');
    return {
      id: row.id,
      authority: row.authority,
      measure: row.measure,
      label: row.label,
      period: row.period,
      value: row.value,
      unit: row.unit,
      benchmarkValue: row.benchmark_value,
      benchmarkLabel: row.benchmark_label,
      inspection: row.inspection,
      source: row.source,
      note: row.note,
    };
  });


  // --- Adoption (ASGLB, LAIT), workforce and 2025 neighbours (issue 14) ------------------------
  // Each row is England, a region, or the councils it covers; each council, region and England has
  // at most one row per period (and measure).
  type AreaCells = { level: AreaRow['level']; la_code: string | null; area_name: string; region: AreaRow['region']; authorities: string[]; note: string | null; source: string };
  type AreaCols = Record<'level' | 'region' | 'authorities' | 'source', number>;
  const area = (file: string, line: number, col: AreaCols, row: AreaCells, period: string, seen: Map<string, number>): AreaRow => {
    needSource(file, line, col.source, row.source);
    for (const s of row.authorities) needAuthority(file, line, col.authorities, 'authorities', s);
    if (row.level === 'authority' && row.authorities.length === 0)
      ref(file, line, col.authorities, 'authorities', '', 'expected the slug(s) of the council(s) an authority row covers');
    if (row.level !== 'authority' && row.authorities.length)
      ref(file, line, col.authorities, 'authorities', row.authorities.join(' '), `expected empty on a ${row.level} row`);
    if ((row.level === 'regional') !== (row.region !== null))
      ref(file, line, col.region, 'region', row.region ?? '', row.level === 'regional' ? 'expected the region of a regional row' : `expected empty on a ${row.level} row`);
    const keys = row.level === 'authority' ? row.authorities : [row.level === 'regional' ? (row.region ?? '') : 'England'];
    for (const k of keys) {
      const first = seen.get(`${k}#${period}`);
      if (first !== undefined) ref(file, line, col.level, 'level', row.level, `a second row for ${k} in ${period} (first on line ${first}); expected one row per council, region or England and period`);
      else seen.set(`${k}#${period}`, line);
    }
    return { level: row.level, laCode: row.la_code, areaName: row.area_name, region: row.region, authorities: row.authorities, note: row.note, source: row.source };
  };
  const asglbFile = name('adoptionAsglb');
  const asglbSeen = new Map<string, number>();
  const isValue = (m: Measured): m is { value: number } => 'value' in m;
  const adoptionAsglb = table('adoptionAsglb', adoptionAsglbColumns).map(({ row, line, col }) => {
    // The publisher's rule: times only where more than ASGLB_MIN_ADOPTIONS adopted children are published.
    const enough = isValue(row.adoptions) && row.adoptions.value > ASGLB_MIN_ADOPTIONS;
    for (const f of ['a10_days', 'a2_days'] as const)
      if (isValue(row[f]) && !enough) ref(asglbFile, line, col[f], f, String(row[f].value), `expected ${TOO_FEW}: the ASGLB publishes times only for more than ${ASGLB_MIN_ADOPTIONS} adopted children`);
    return {
      ...area(asglbFile, line, col, row, row.period, asglbSeen),
      period: row.period,
      decisions: row.decisions,
      placementOrders: row.placement_orders,
      matches: row.matches,
      placements: row.placements,
      adoptions: row.adoptions,
      a10Days: row.a10_days,
      a2Days: row.a2_days,
    };
  });
  const countFile = name('adoptionCounts');
  const countSeen = new Map<string, number>();
  const adoptionCounts = table('adoptionCounts', adoptionCountColumns).map(({ row, line, col }) => {
    if (row.measure === 'adopted-percent' && isValue(row.value) && row.value.value > 100)
      ref(countFile, line, col.value, 'value', String(row.value.value), 'expected a percentage from 0 to 100');
    return { ...area(countFile, line, col, row, `${row.year} ${row.measure}`, countSeen), year: row.year, measure: row.measure, value: row.value };
  });
  const wFile = name('workforce');
  const wSeen = new Map<string, number>();
  const workforce = table('workforce', workforceColumns).map(({ row, line, col }) => ({
    ...area(wFile, line, col, row, String(row.year), wSeen),
    year: row.year,
    areaCode: row.area_code,
    socialWorkers: row.inpost_fte,
    starters: row.starters_fte,
    leavers: row.leavers_fte,
    turnoverRate: row.turnover_rate_fte,
    agencyWorkers: row.agency_fte,
    agencyRate: row.agency_rate_fte,
    vacancies: row.vacancy_fte,
    vacancyRate: row.vacancy_rate_fte,
    caseHolders: row.case_holders_fte,
    cases: row.cases,
    caseload: row.caseload_fte,
  }));
  const n25File = name('neighbours2025');
  const n25Rank = new Set<string>();
  const neighbours2025 = table('neighbours2025', neighbour2025Columns).map(({ row, line, col }) => {
    needAuthority(n25File, line, col.authority, 'authority', row.authority);
    needAuthority(n25File, line, col.neighbour, 'neighbour', row.neighbour);
    needSource(n25File, line, col.source, row.source);
    if (row.neighbour === row.authority) ref(n25File, line, col.neighbour, 'neighbour', row.neighbour, 'expected a council other than the row’s own');
    if (n25Rank.has(`${row.authority}#${row.rank}`)) ref(n25File, line, col.rank, 'rank', String(row.rank), `duplicate rank for ${row.authority}`);
    n25Rank.add(`${row.authority}#${row.rank}`);
    return { authority: row.authority, rank: row.rank, neighbour: row.neighbour, closeness: row.closeness, source: row.source };
  });

  // Ofsted's official "as at 31 March" counts, with the cut-off each release used.
  const oFile = name('officialCounts');
  const asAts = new Set<string>();
  const officialCounts: OfficialCount[] = officialCountRows.map(({ row, line, col }) => {
    needSource(oFile, line, col.source, row.source);
    if (!row.as_at.endsWith('-03-31')) ref(oFile, line, col.as_at, 'as_at', row.as_at, 'expected a 31 March');
    if (asAts.has(row.as_at)) ref(oFile, line, col.as_at, 'as_at', row.as_at, 'duplicate date');
    asAts.add(row.as_at);
    if (row.published_by < row.as_at)
      ref(oFile, line, col.published_by, 'published_by', row.published_by, `expected a date on or after as_at ${row.as_at}`);
    for (const id of row.also_counted)
      if (!ids.has(id) && !brokenInspections.has(id))
        ref(oFile, line, col.also_counted, 'also_counted', id, 'unknown inspection id; expected an id from inspections.csv or curated/events.csv');
    return {
      asAt: row.as_at,
      publishedBy: row.published_by,
      alsoCounted: row.also_counted,
      outstanding: row.outstanding,
      good: row.good,
      requiresImprovement: row.requires_improvement,
      inadequate: row.inadequate,
      source: row.source,
      note: row.note,
    };
  });
  officialCounts.sort((a, b) => a.asAt.localeCompare(b.asAt));

  // Places: each English area's council must be a current one, with the area's upper-tier code as
  // its ONS code. Aliases: a current council, and a name no council has yet (compared by placeNameKey).
  const plFile = name('places');
  const placeLines = new Map<string, number>();
  const places = table('places', placeColumns).map(({ row, line, col }) => {
    needAuthority(plFile, line, col.authority, 'authority', row.authority);
    needSource(plFile, line, col.source, row.source);
    const a = authorities.get(row.authority);
    if (a && !a.current) ref(plFile, line, col.authority, 'authority', row.authority, 'expected a current council: a former council runs no area’s services');
    else if (a && a.onsCode !== row.utla_code) ref(plFile, line, col.utla_code, 'utla_code', row.utla_code, `expected ${a.onsCode}, the ONS code of ${a.name} in authorities.csv`);
    const first = placeLines.get(row.ltla_code);
    if (first !== undefined) ref(plFile, line, col.ltla_code, 'ltla_code', row.ltla_code, `duplicate area (first on line ${first})`);
    placeLines.set(row.ltla_code, line);
    return { code: row.ltla_code, name: row.ltla_name, councilCode: row.utla_code, councilName: row.utla_name, authority: row.authority, source: row.source };
  });
  const alFile = name('curatedPlaceAliases');
  const named = new Map<string, { slug: string; what: string }>();
  for (const a of authorities.values()) if (a.current) named.set(placeNameKey(a.name), { slug: a.slug, what: `the name of ${a.name}` });
  for (const p of places) if (!named.has(placeNameKey(p.name))) named.set(placeNameKey(p.name), { slug: p.authority, what: `${p.name}, an area of ${authorities.get(p.authority)?.name ?? p.authority} (places.csv)` });
  const placeAliases = table('curatedPlaceAliases', placeAliasColumns).map(({ row, line, col }) => {
    needAuthority(alFile, line, col.authority, 'authority', row.authority);
    needSource(alFile, line, col.source, row.source);
    if (authorities.get(row.authority)?.current === false) ref(alFile, line, col.authority, 'authority', row.authority, 'expected a current council');
    const taken = named.get(placeNameKey(row.alias));
    if (taken) ref(alFile, line, col.alias, 'alias', row.alias, taken.slug === row.authority ? `expected a new name: it is already ${taken.what}` : `expected a name no other council has: it is ${taken.what}`);
    else named.set(placeNameKey(row.alias), { slug: row.authority, what: `an alias on line ${line}` });
    return { alias: row.alias, authority: row.authority, source: row.source, note: row.note };
  });

  if (problems.length) {
    problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
    throw new DataValidationError(problems);
  }

  return { sources, authorities, neighbours, inspections, careLeavers, reported, adoptionStages, adoptionAsglb, adoptionCounts, workforce, neighbours2025, officialCounts, places, placeAliases };

}

/** Read the data files from a folder (default: the project's `data/`). */
export function readDataFiles(dir: string): Partial<Record<DataFileKey, string>> {
  const texts: Partial<Record<DataFileKey, string>> = {};
  for (const [k, file] of Object.entries(DATA_FILES) as [DataFileKey, string][]) {
    const p = join(dir, file);
    if (existsSync(p)) texts[k] = readFileSync(p, 'utf8');
  }
  return texts;
}

/**
 * The build loads this module more than once (Astro's config, the content config and the page
 * bundle each get their own copy), so the cache lives on globalThis: the dataset is read and
 * validated once per process, and every copy shares the same Dataset object (and so the same
 * chart cache).
 */
const store = globalThis as { __inspectedDataset?: { dir: string; data: Dataset } };

/** The data folder: `INSPECTED_DATA_DIR` (used by the benchmark's synthetic sites), else `data/`. */
export function dataDirectory(): string {
  return resolve(process.cwd(), process.env['INSPECTED_DATA_DIR'] ?? 'data');
}

/** Load and validate the project's dataset once per process. */
export function loadDataset(dir = dataDirectory()): Dataset {
  const cached = store.__inspectedDataset;
  if (cached?.dir === dir) return cached.data;
  const data = buildDataset(readDataFiles(dir));
  store.__inspectedDataset = { dir, data };
  return data;
}
