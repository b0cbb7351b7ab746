/**
 * Loading the dataset: read every CSV in `data/` (generated and curated), validate each row
 * against its dataset's schema (`datasets.ts`), check every key and reference the schema
 * declares and the rules that span columns, and return the typed `Dataset`.
 * All problems are collected and reported at once; nothing half-valid is returned.
 */
import { createHash } from 'node:crypto';
import { buildDay } from '../config/build-day';
import { resolve } from 'node:path';
import { LIMITS } from '../config/limits';
import { readContainedText } from '../config/safe-files';
import { escapeUnsafe } from '../config/text-safety';
import {
  ASGLB_MIN_ADOPTIONS,
  DATASETS,
  DATASET_KEYS,
  TOO_FEW,
  datasetSchema,
  tableOf,
  type DatasetKey,
} from './datasets';
import { camel, columnsOf, toRecord, type RecordOf } from './dataset-rows';
import { formatProblem, readTable, type Problem, type RejectedRow } from './schema';
import { areaRowCheck } from './area-rows';
import { scanText } from './csv-text-scan';
import type { Dataset, Inspection, Measured } from './types';
import { JUDGEMENT, JUDGEMENT_COLUMNS, SUB_JUDGEMENTS, type Grade, type JudgementKey } from './vocabulary';
import { placeNameKey } from './places';

/** The files of the dataset, relative to `data/`. Curated files are optional. */
export const DATA_FILES = Object.fromEntries(DATASET_KEYS.map((k) => [k, DATASETS[k].file])) as {
  [K in DatasetKey]: (typeof DATASETS)[K]['file'];
};

export type DataFileKey = DatasetKey;

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

/** A parsed row, where it came from, and its cells keyed by column name. */
interface Row {
  file: string;
  line: number;
  col: Record<string, number>;
  cells: Record<string, unknown>;
}

/** A key cell as text (keys are slugs, codes and numbers). */
const cellText = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

const keyOf = (cells: Record<string, unknown>, columns: readonly string[]) =>
  columns.map((c) => cellText(cells[c])).join('\u0000');

/** How a table's key reads in problems ("council", "source id"), if its schema names it. */
const nounOf = (k: DatasetKey) =>
  tableOf(k)
    .map((t) => datasetSchema(t).noun)
    .find(Boolean);

/**
 * Validate the dataset from file texts (keyed as in DATA_FILES; a missing curated file is
 * treated as empty). `dirLabel` prefixes file names in messages, e.g. `data/`.
 */
export function buildDataset(
  texts: Partial<Record<DataFileKey, string>>,
  dirLabel = 'data/',
  day: string = buildDay(),
): Dataset {
  const problems: Problem[] = [];
  const name = (k: DataFileKey) => dirLabel + DATA_FILES[k];
  // Text checks first: unsafe characters and the curated files' row limit.
  for (const [k, t] of Object.entries(texts) as [DataFileKey, string][])
    if (t) scanText(name(k), t, DATASETS[k].curated, problems);
  const ref = (file: string, line: number, column: number, field: string, value: string, message: string) =>
    problems.push({ file, line, column, field, value, message });
  /** A problem in a row's cell, at its column. */
  const cellRef = (
    r: { file: string; line: number; col: Record<string, number> },
    column: string,
    value: string,
    message: string,
  ) => ref(r.file, r.line, r.col[column] ?? 1, column, value, message);

  // Every file against its columns. Rows with a bad cell are reported and left out.
  const rows = {} as Record<DatasetKey, Row[]>;
  const rejected = {} as Record<DatasetKey, RejectedRow[]>;
  for (const k of DATASET_KEYS) {
    const text = texts[k];
    rejected[k] = [];
    if (text === undefined && !DATASETS[k].curated)
      ref(name(k), 1, 1, '', '', 'file is missing; run npm run data:import');
    rows[k] = text
      ? readTable(name(k), text, datasetSchema(k).columns, problems, rejected[k]).map((r) => ({
          file: name(k),
          line: r.line,
          col: r.col,
          cells: r.row,
        }))
      : [];
  }

  // Curated dates: none after the build day (src/config/build-day.ts), as a guessed or mistyped
  // date would publish an event that has not happened.
  for (const k of DATASET_KEYS) {
    if (!DATASETS[k].curated) continue;
    const dates = Object.entries(datasetSchema(k).columns).flatMap(([c, d]) =>
      d.type === 'date' ? [c] : [],
    );
    for (const r of rows[k])
      for (const c of dates) {
        const v = r.cells[c];
        if (typeof v === 'string' && v > day)
          cellRef(r, c, v, `a date after the build day: expected a date no later than ${day}`);
      }
  }

  // Primary keys: unique across a table (a generated file and its curated twin).
  const keys = new Map<DatasetKey, Set<string>>();
  for (const k of DATASET_KEYS) {
    const pk = DATASETS[k].primaryKey;
    const twins = tableOf(k);
    if (pk.length === 0 || twins[0] !== k) continue;
    /** Each key, with the line of its first row. */
    const seen = new Map<string, number>();
    for (const t of twins) {
      const own = new Set<string>();
      for (const r of rows[t]) {
        const key = keyOf(r.cells, pk);
        const last = pk[pk.length - 1] as string;
        const first = seen.get(key);
        if (first !== undefined) {
          const message =
            pk.length > 1
              ? `duplicate row: another row has the same ${pk.join(', ')}`
              : twins.length > 1
                ? `duplicate ${nounOf(k) ?? last}; ${last}s must be unique across ${twins.map((x) => DATA_FILES[x]).join(' and ')}`
                : `duplicate ${nounOf(k) ?? last} (first on line ${first})`;
          ref(r.file, r.line, r.col[last] ?? 1, last, cellText(r.cells[last]), message);
        } else seen.set(key, r.line);
        own.add(key);
      }
      keys.set(t, own);
    }
  }

  // References to another table's key, as each column's schema declares them. A reference to a
  // row already reported as invalid is not reported again.
  for (const k of DATASET_KEYS) {
    for (const [column, spec] of Object.entries(datasetSchema(k).columns)) {
      const target = spec.references?.dataset;
      if (!target || !spec.references) continue;
      const keyColumn = DATASETS[target].primaryKey[0] as string;
      const twins = tableOf(target);
      const known = (t: DatasetKey) => keys.get(t) ?? new Set<string>();
      const broken = new Set(twins.flatMap((t) => rejected[t].map((r) => r[keyColumn] ?? '')));
      const article = /^[aeiou]/.test(keyColumn) ? 'an' : 'a';
      for (const r of rows[k]) {
        const cell = r.cells[column];
        const values = Array.isArray(cell) ? (cell as string[]) : cell === null ? [] : [cellText(cell)];
        for (const v of values) {
          const home = twins.find((t) => known(t).has(v));
          if (home === undefined) {
            if (!broken.has(v))
              ref(
                r.file,
                r.line,
                r.col[column] ?? 1,
                column,
                v,
                `unknown ${nounOf(target) ?? keyColumn}; expected ${article} ${keyColumn} from ${twins.map((t) => DATA_FILES[t]).join(' or ')}`,
              );
          } else if (spec.references.published && home !== target) {
            ref(
              r.file,
              r.line,
              r.col[column] ?? 1,
              column,
              v,
              `expected ${article} ${keyColumn} from ${DATA_FILES[target]}, not ${DATA_FILES[home]}: rows of ${DATA_FILES[k]} cite ${DATA_FILES[target]}`,
            );
          }
        }
      }
    }
  }

  const records = <K extends DatasetKey>(k: K) =>
    rows[k].map((r) => ({ ...r, record: toRecord(k, r.cells) }));

  // Sources and councils, by key.
  const sources: Dataset['sources'] = new Map();
  for (const k of tableOf('sources'))
    for (const { record } of records(k as 'sources')) sources.set(record.id, record);
  const authorities: Dataset['authorities'] = new Map();
  for (const { record } of records('authorities')) authorities.set(record.slug, record);

  // Inspections, generated and curated alike: dates in order, grades that fit the scale.
  const inspections: Inspection[] = [];
  for (const k of tableOf('inspections')) {
    for (const { record, cells, file, line, col } of records(k as 'inspections')) {
      if (!record.published && !record.startDate)
        cellRef({ file, line, col }, 'published', '', 'expected a publication date or a start date');
      if (record.startDate && record.endDate && record.endDate < record.startDate)
        cellRef(
          { file, line, col },
          'end_date',
          record.endDate,
          `expected a date on or after start_date ${record.startDate}`,
        );
      const firstDay = record.endDate ?? record.startDate;
      if (firstDay && record.published && record.published < firstDay)
        cellRef(
          { file, line, col },
          'published',
          record.published,
          `expected a date on or after the inspection (${firstDay})`,
        );
      const judgements: Partial<Record<JudgementKey, Grade>> = {};
      for (const key of SUB_JUDGEMENTS) {
        const g = cells[JUDGEMENT[key].column] as Grade | null;
        if (g) judgements[key] = g;
      }
      const graded = record.overall !== null || Object.keys(judgements).length > 0;
      if (record.scale === 'ungraded' && graded)
        cellRef(
          { file, line, col },
          'scale',
          record.scale,
          'expected adequate-scale or ri-scale: the row has grades',
        );
      if (record.scale !== 'ungraded' && !graded)
        cellRef({ file, line, col }, 'scale', record.scale, 'expected ungraded: the row has no grade');
      if (record.scale === 'adequate-scale' && record.overall === 'not-judged')
        cellRef({ file, line, col }, 'overall', record.overall, 'expected a grade on the adequate scale');
      inspections.push(inspectionOf(record, judgements));
    }
  }
  // Overall grades an editor supplies, each with its own source. Only for an inspection whose
  // data holds no overall grade: a grade is never inferred, and never silently replaced.
  const byId = new Map(inspections.map((i) => [i.id, i]));
  for (const { record, file, line, col } of records('curatedGrades')) {
    const i = byId.get(record.inspection);
    if (!i) continue; // reported above as an unknown inspection
    if (i.overall !== null)
      cellRef(
        { file, line, col },
        'overall',
        record.overall,
        `expected no row here: the data already gives this inspection's overall grade (${i.overall})`,
      );
    else if (i.scale !== 'ri-scale')
      cellRef(
        { file, line, col },
        'inspection',
        record.inspection,
        'expected a SIF or ILACS inspection (graded on the requires-improvement scale)',
      );
    else {
      i.overall = record.overall;
      i.overallSource = record.source;
    }
  }
  inspections.sort(
    (a, b) =>
      a.authority.localeCompare(b.authority) ||
      (a.published ?? a.startDate ?? '').localeCompare(b.published ?? b.startDate ?? '') ||
      a.id.localeCompare(b.id),
  );

  // Care leavers: a council on council rows only.
  const careLeavers = records('careLeavers').map(({ record, file, line, col }) => {
    if (record.level === 'authority') {
      if (record.authority === null)
        cellRef({ file, line, col }, 'authority', '', 'expected a council slug on an authority row');
    } else if (record.authority !== null) {
      cellRef({ file, line, col }, 'authority', record.authority, `expected empty on a ${record.level} row`);
    }
    return record;
  });

  // Figures quoted in reports: percentages within 100, benchmarks complete.
  const reported = records('reported').map(({ record, file, line, col }) => {
    if (record.unit === 'percent' && record.value > 100)
      cellRef({ file, line, col }, 'value', String(record.value), 'expected a percentage from 0 to 100');
    if ((record.benchmarkValue === null) !== (record.benchmarkLabel === null))
      cellRef(
        { file, line, col },
        'benchmark_label',
        record.benchmarkLabel ?? '',
        'expected benchmark_value and benchmark_label both given or both empty',
      );
    return record;
  });

  // Adoption (ASGLB, LAIT) and workforce: each row is England, a region, or the councils it
  // covers, and each council, region and England has at most one row per period (and measure).
  const areaCheck = () => areaRowCheck(ref);
  const isValue = (m: Measured): m is { value: number } => 'value' in m;
  const asglbArea = areaCheck();
  const adoptionAsglb = records('adoptionAsglb').map((r) => {
    asglbArea(r, r.record.period);
    // The publisher's rule: times only where more than ASGLB_MIN_ADOPTIONS adopted children are published.
    const enough = isValue(r.record.adoptions) && r.record.adoptions.value > ASGLB_MIN_ADOPTIONS;
    for (const [f, v] of [
      ['a10_days', r.record.a10Days],
      ['a2_days', r.record.a2Days],
    ] as const)
      if (isValue(v) && !enough)
        ref(
          r.file,
          r.line,
          r.col[f] ?? 1,
          f,
          String(v.value),
          `expected ${TOO_FEW}: the ASGLB publishes times only for more than ${ASGLB_MIN_ADOPTIONS} adopted children`,
        );
    return r.record;
  });
  const countArea = areaCheck();
  const adoptionCounts = records('adoptionCounts').map((r) => {
    countArea(r, `${r.record.year} ${r.record.measure}`);
    const v = r.record.value;
    if (r.record.measure === 'adopted-percent' && isValue(v) && v.value > 100)
      cellRef(r, 'value', String(v.value), 'expected a percentage from 0 to 100');
    return r.record;
  });
  const workforceArea = areaCheck();
  const workforce = records('workforce').map((r) => {
    workforceArea(r, String(r.record.year));
    return r.record;
  });
  const neighbours2025 = records('neighbours2025').map(({ record, file, line, col }) => {
    if (record.neighbour === record.authority)
      cellRef(
        { file, line, col },
        'neighbour',
        record.neighbour,
        'expected a council other than the row’s own',
      );
    return record;
  });

  // Ofsted's official "as at 31 March" counts, with the cut-off each release used.
  const officialCounts = records('officialCounts').map(({ record, file, line, col }) => {
    if (!record.asAt.endsWith('-03-31'))
      cellRef({ file, line, col }, 'as_at', record.asAt, 'expected a 31 March');
    if (record.publishedBy < record.asAt)
      cellRef(
        { file, line, col },
        'published_by',
        record.publishedBy,
        `expected a date on or after as_at ${record.asAt}`,
      );
    return record;
  });
  officialCounts.sort((a, b) => a.asAt.localeCompare(b.asAt));

  // Places: each English area's council must be a current one, with the area's upper-tier code as
  // its ONS code. Aliases: a current council, and a name no council has yet (compared by placeNameKey).
  const places = records('places').map(({ record, file, line, col }) => {
    const a = authorities.get(record.authority);
    if (a && !a.current)
      cellRef(
        { file, line, col },
        'authority',
        record.authority,
        'expected a current council: a former council runs no area’s services',
      );
    else if (a && a.onsCode !== record.utlaCode)
      cellRef(
        { file, line, col },
        'utla_code',
        record.utlaCode,
        `expected ${a.onsCode}, the ONS code of ${a.name} in authorities.csv`,
      );
    return {
      code: record.ltlaCode,
      name: record.ltlaName,
      councilCode: record.utlaCode,
      councilName: record.utlaName,
      authority: record.authority,
      source: record.source,
    };
  });
  const named = new Map<string, { slug: string; what: string }>();
  for (const a of authorities.values())
    if (a.current) named.set(placeNameKey(a.name), { slug: a.slug, what: `the name of ${a.name}` });
  for (const p of places)
    if (!named.has(placeNameKey(p.name)))
      named.set(placeNameKey(p.name), {
        slug: p.authority,
        what: `${p.name}, an area of ${authorities.get(p.authority)?.name ?? p.authority} (places.csv)`,
      });
  const placeAliases = records('curatedPlaceAliases').map(({ record, file, line, col }) => {
    if (authorities.get(record.authority)?.current === false)
      cellRef({ file, line, col }, 'authority', record.authority, 'expected a current council');
    const taken = named.get(placeNameKey(record.alias));
    if (taken)
      cellRef(
        { file, line, col },
        'alias',
        record.alias,
        taken.slug === record.authority
          ? `expected a new name: it is already ${taken.what}`
          : `expected a name no other council has: it is ${taken.what}`,
      );
    else named.set(placeNameKey(record.alias), { slug: record.authority, what: `an alias on line ${line}` });
    return record;
  });

  // The hex map: current councils only, one hexagon per grid position.
  const cells = new Map<string, number>();
  const hexes = records('hexes').map(({ record, file, line, col }) => {
    if (authorities.get(record.authority)?.current === false)
      cellRef({ file, line, col }, 'authority', record.authority, 'expected a current council');
    const at = `${record.q},${record.r}`;
    const first = cells.get(at);
    if (first !== undefined)
      cellRef(
        { file, line, col },
        'q',
        String(record.q),
        `a second hexagon at column ${record.q}, row ${record.r} (first on line ${first})`,
      );
    else cells.set(at, line);
    return record;
  });

  if (problems.length) {
    problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
    throw new DataValidationError(problems);
  }
  return {
    sources,
    authorities,
    neighbours: records('neighbours').map((r) => r.record),
    inspections,
    careLeavers,
    reported,
    adoptionStages: records('adoptionStages').map((r) => r.record),
    adoptionAsglb,
    adoptionCounts,
    workforce,
    neighbours2025,
    officialCounts,
    places,
    placeAliases,
    hexes,
  };
}

/** An inspection's record with its sub-judgement columns gathered into `judgements`. */
function inspectionOf(record: RecordOf<'inspections'>, judgements: Inspection['judgements']): Inspection {
  const out: Record<string, unknown> = {};
  const fields = new Set<string>(JUDGEMENT_COLUMNS);
  for (const c of columnsOf('inspections')) {
    if (fields.has(c)) {
      if (!('judgements' in out)) out['judgements'] = judgements;
    } else {
      out[camel(c)] = (record as Record<string, unknown>)[camel(c)];
    }
  }
  return out as Inspection;
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
    else if (r.kind === 'refused')
      problems.push({ file: dirLabel + file, ...r.refusal, field: '', value: '' });
  }
  if (problems.length) throw new DataValidationError(problems.sort((a, b) => a.file.localeCompare(b.file)));
  return texts;
}

/**
 * The build loads this module more than once (Astro's config, the content config and the page
 * bundle each get their own copy), so the cache lives on globalThis: the dataset is read and
 * validated once per process, and every copy shares the same Dataset object (and so the same
 * chart cache).
 */
const store = globalThis as {
  __inspectedDataset?: { dir: string; day: string; data: Dataset; hash: string };
};

/** The data folder: `INSPECTED_DATA_DIR` (used by the benchmark's synthetic sites), else `data/`. */
export function dataDirectory(): string {
  return resolve(process.cwd(), process.env['INSPECTED_DATA_DIR'] ?? 'data');
}

/**
 * Load and validate the project's dataset once per process; curated dates are checked against
 * `day`, the build day (src/config/build-day.ts).
 */
export function loadDataset(dir = dataDirectory(), day = buildDay()): Dataset {
  const cached = store.__inspectedDataset;
  if (cached?.dir === dir && cached.day === day) return cached.data;
  const texts = readDataFiles(dir);
  const data = buildDataset(texts, 'data/', day);
  store.__inspectedDataset = { dir, day, data, hash: textsHash(texts) };
  return data;
}

function textsHash(texts: Partial<Record<string, string>>): string {
  const h = createHash('sha256');
  for (const k of Object.keys(texts).sort()) h.update(`${k}\0${texts[k]?.length ?? -1}\0${texts[k] ?? ''}`);
  return h.digest('hex');
}

/**
 * A hash of the data files `data` was built from, when loadDataset loaded it (the chart cache
 * keys on it, src/charts/disk-cache.ts); null for any other dataset (a test's fixture).
 */
export function loadedDataHash(data: Dataset): string | null {
  const loaded = store.__inspectedDataset;
  return loaded?.data === data ? loaded.hash : null;
}
