/**
 * Loading the dataset: read every CSV in `data/` (generated and curated), validate each row
 * against its schema and every cross-reference, and return the typed `Dataset`.
 * All problems are collected and reported at once; nothing half-valid is returned.
 */
import { resolve } from 'node:path';
import { LIMITS } from '../config/limits';
import { readContainedText } from '../config/safe-files';
import { describeUnsafe, escapeUnsafe, findUnsafeChars } from '../config/text-safety';
import { parseCsv } from './csv';
import {
  JUDGEMENT_COLUMNS,
  adoptionStageColumns,
  authorityColumns,
  careLeaverColumns,
  formatProblem,
  inspectionColumns,
  neighbourColumns,
  readTable,
  reportedFigureColumns,
  sourceColumns,
  type Problem,
  type RejectedRow,
} from './schema';
import type { Dataset, Grade, Inspection, JudgementKey, Source } from './types';

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
} as const;

export type DataFileKey = keyof typeof DATA_FILES;

export class DataValidationError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `The dataset has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => '  ' + escapeUnsafe(formatProblem(p))).join('\n'),
    );
    this.name = 'DataValidationError';
    // No message prints a raw control or bidirectional character, whichever check found it.
    this.problems = problems.map((p) => ({
      ...p,
      field: escapeUnsafe(p.field),
      value: escapeUnsafe(p.value),
      message: escapeUnsafe(p.message),
    }));
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
  for (const [k, t] of Object.entries(texts) as [DataFileKey, string][])
    if (t) scanText(name(k), t, DATA_FILES[k].startsWith('curated/'), problems);
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

  if (problems.length) {
    problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
    throw new DataValidationError(problems);
  }
  return { sources, authorities, neighbours, inspections, careLeavers, reported, adoptionStages };
}

/** At most this many unsafe characters are listed per file (then a count). */
const MAX_CHAR_FINDINGS = 10;

/**
 * Text checks before the columns are parsed: no control, bidirectional or invisible characters
 * in any cell (a cell may hold line breaks), and no more rows than the limit in a hand-curated
 * file. Values are shown escaped.
 */
function scanText(file: string, text: string, curated: boolean, problems: Problem[]): void {
  const csv = parseCsv(text);
  let found = 0;
  const rows = [{ line: 1, cells: csv.header }, ...csv.records];
  for (const r of rows)
    r.cells.forEach((cell, j) => {
      const bad = findUnsafeChars(cell, { newlines: true });
      if (!bad[0]) return;
      found++;
      if (found <= MAX_CHAR_FINDINGS)
        problems.push({
          file,
          line: r.line,
          column: j + 1,
          field: r.line === 1 ? 'header' : (csv.header[j] ?? ''),
          value: cell,
          message: `contains ${describeUnsafe(bad[0])} at character ${bad[0].index + 1}; expected plain text: delete it`,
        });
    });
  if (found > MAX_CHAR_FINDINGS)
    problems.push({ file, line: 1, column: 1, field: '', value: '', message: `${found - MAX_CHAR_FINDINGS} more cells with such characters` });
  const over = csv.records[LIMITS.curatedCsvRows];
  if (curated && over)
    problems.push({
      file,
      line: over.line,
      column: 1,
      field: '',
      value: '',
      message: `more than ${LIMITS.curatedCsvRows.toLocaleString('en-GB')} rows (${csv.records.length.toLocaleString('en-GB')}); a hand-curated file is limited to ${LIMITS.curatedCsvRows.toLocaleString('en-GB')} rows so that the check stays quick: split it or move the rows into an importer`,
    });
}

/**
 * Read the data files from a folder (default: the project's `data/`). Each must be an ordinary
 * UTF-8 text file inside the folder, reached without symbolic links and within the size limit;
 * otherwise a DataValidationError says where and what, never what the file holds.
 */
export function readDataFiles(dir: string, dirLabel = 'data/'): Partial<Record<DataFileKey, string>> {
  const texts: Partial<Record<DataFileKey, string>> = {};
  const problems: Problem[] = [];
  for (const [k, file] of Object.entries(DATA_FILES) as [DataFileKey, string][]) {
    const r = readContainedText(dir, file, LIMITS.dataFileBytes, 'data file');
    if (r.kind === 'ok') texts[k] = r.text;
    else if (r.kind === 'refused') problems.push({ file: dirLabel + file, ...r.refusal, field: '', value: '' });
  }
  if (problems.length) throw new DataValidationError(problems);
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
