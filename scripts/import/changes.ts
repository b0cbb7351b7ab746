/**
 * What a refresh changed, for the editor and for readers: the published `data/` against the
 * refreshed copy, file by file, row by row (rows matched by their identity, `history.ts`).
 *
 * - new inspections, by council, framework, date and grade, with the council's grade before;
 * - grades revised in inspections already published;
 * - councils whose current grade changed (the grade the site shows: `src/data/queries.ts`);
 * - new years per dataset; new releases cited;
 * - values revised, old -> new: the 20 largest and a count; routine changes (a new release cited,
 *   a note reworded) counted in one line each;
 * - rows kept though the newer file lacks them, and rows removed, each named;
 * - new, renamed, re-coded and former councils.
 *
 * `formatText` is the editor's version (ids, the option that removes a kept row, skip counts);
 * `formatMarkdown` the readers' (names and dates only), the newest entry of `data/CHANGES.md`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { periodReach, type PeriodFile } from '../../src/data/comparable-period';
import { DATASETS } from '../../src/data/datasets';
import { FILES } from '../../src/data/dictionary';
import { formatDate } from '../../src/data/format';
import { buildDataset, readDataFiles } from '../../src/data/load';
import { newerAreasWords } from '../../src/data/reader-words';
import { summaries } from '../../src/data/queries';
import {
  FRAMEWORK,
  FRAMEWORK_CODES as FRAMEWORKS,
  GRADES,
  GRADE_LABEL,
  SCALES,
  gradeLabel,
  type Framework,
  type Grade,
  type GradeScale,
} from '../../src/data/vocabulary';
import type { Dataset as DataModel } from '../../src/data/types';
import { JUDGEMENT_COLUMNS, type Dataset } from './columns';
import { identityOf, removalId } from './history';
import { skipsByReason, type PerRow, type Skip } from './lib/report';

type Row = Readonly<Record<string, string>>;

/** What the summary needs of each output the import wrote. */
export interface OutputInfo extends Pick<Dataset, 'file' | 'key'> {
  read: number;
  /** Rows written (not counting rows kept from the published file). */
  written: number;
  skipped: readonly Skip[];
  perRow?: PerRow | undefined;
}

interface Named {
  /** For readers: "Haringey: ILACS short inspection, published 24 February 2026". */
  label: string;
  /** For the editor: the inspection id, or `<file>:<key>`. */
  id: string;
}

interface NewInspection extends Named {
  council: string;
  date: string;
  grade: string | null;
  /** The council's grade before it, on the same scale, for readers. */
  before: string | null;
}

interface Revision extends Named {
  file: string;
  field: string;
  old: string;
  new: string;
  /** How large the change is, for ordering (relative change of a number; 0 for text). */
  size: number;
}

export interface ChangeReport {
  newInspections: NewInspection[];
  gradeRevisions: Revision[];
  currentGrades: { council: string; old: string; new: string }[];
  newYears: {
    file: string;
    title: string;
    years: string[];
    /**
     * A new year published so far for some areas only (src/data/comparable-period.ts): who has
     * it, in words, and how many current councils do not yet.
     */
    partial: { year: string; areas: string; lacking: number }[];
  }[];
  newSources: { title: string; publisher: string; date: string }[];
  revisions: Revision[];
  /** Changes of one field from one value to another on many rows (a new release cited). */
  routine: { file: string; field: string; old: string; new: string; rows: number }[];
  /** Titles of the sources before and after, by id, to name a release cited instead of its id. */
  sourceTitles: Map<string, string>;
  kept: (Named & { file: string })[];
  removed: (Named & { file: string })[];
  /** Sources no longer cited by any row (bookkeeping, not a removal of figures). */
  uncited: string[];
  councils: { added: string[]; renamed: string[]; recoded: string[]; former: string[] };
  outputs: OutputInfo[];
}

/** Columns whose changes are routine: counted by old -> new value, never listed row by row. */
const ROUTINE = new Set(['source', 'note']);
const GRADE_FIELDS = new Set<string>(['overall', ...JUDGEMENT_COLUMNS]);
const YEAR_FIELDS = ['year', 'period'];
const TOP = 20;
/** Each file's title as /data/ names it, by file name. */
const titles = new Map(FILES.map((f) => [f.download, f.title]));

const readRows = (dir: string, file: string): Row[] => {
  const p = join(dir, file);
  return existsSync(p) ? csvParse(readFileSync(p, 'utf8')) : [];
};

const isGrade = (v: string): v is Grade => (GRADES as readonly string[]).includes(v);
const asScale = (v: string | undefined): GradeScale =>
  (SCALES as readonly string[]).includes(v ?? '') ? (v as GradeScale) : 'ri-scale';
const frameworkLabel = (v: string | undefined) =>
  (FRAMEWORKS as readonly string[]).includes(v ?? '') ? FRAMEWORK[v as Framework].name : (v ?? '');
const gradeText = (r: Row, field = 'overall'): string | null => {
  const g = r[field] ?? '';
  return isGrade(g) ? gradeLabel(g, asScale(r['scale'])) : null;
};

/** The dataset of a data folder, or null when it does not load (a first import, or a problem the check reports). */
function loadable(dir: string): DataModel | null {
  try {
    return buildDataset(readDataFiles(dir));
  } catch {
    return null;
  }
}

/** Current grades (`summaries`) of a data folder, by slug; empty when it does not load. */
function currentGrades(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const data = loadable(dir);
  if (data)
    for (const [slug, s] of summaries(data))
      if (s.latest?.overall) out.set(slug, GRADE_LABEL[s.latest.overall]);
  return out;
}

/** The files whose new years may cover some councils only, by file name. */
const PERIOD_FILES: Readonly<Record<string, PeriodFile>> = {
  'workforce.csv': 'workforce',
  'care-leavers.csv': 'careLeavers',
  'adoption-asglb.csv': 'adoptionAsglb',
  'adoption-counts.csv': 'adoptionCounts',
};

/** A column as readers see it on /data/ (its description there), for readers' CHANGES.md. */
function fieldWords(file: string, field: string): string {
  const ds = Object.values(DATASETS).find((d) => d.file === file);
  const col = ds ? (ds.columns as Record<string, { description: string } | undefined>)[field] : undefined;
  return col ? col.description.charAt(0).toLowerCase() + col.description.slice(1) : field;
}

/** A row for readers, by the file it is in. */
function describe(file: string, r: Row, councilName: (slug: string) => string): string {
  const area = r['area_name'] ?? '';
  switch (file) {
    case 'inspections.csv':
      return `${councilName(r['authority'] ?? '')}: ${frameworkLabel(r['framework'])}, ${r['published'] ? `published ${formatDate(r['published'])}` : `started ${formatDate(r['start_date'])}`}`;
    case 'authorities.csv':
      return r['name'] ?? '';
    case 'care-leavers.csv':
      return `${area}, care leavers aged ${r['age'] ?? ''}, ${r['year'] ?? ''}`;
    case 'adoption-stages.csv':
      return `England, adoption stage ${r['stage'] ?? ''} (${r['age'] ?? ''}), ${r['year'] ?? ''}`;
    case 'neighbours.csv':
    case 'neighbours-2025.csv':
      return `${councilName(r['authority'] ?? '')}, neighbour ${r['rank'] ?? ''}`;
    case 'adoption-asglb.csv':
      return `${area}, ${r['period'] ?? ''}`;
    case 'adoption-counts.csv':
      return `${area}, ${r['measure'] ?? ''}, ${r['year'] ?? ''}`;
    case 'workforce.csv':
      return `${area}, ${r['year'] ?? ''}`;
    case 'sources.csv':
      return `${r['publisher'] ?? ''}, ${r['title'] ?? ''}`;
    default:
      return Object.values(r).slice(0, 3).join(', ');
  }
}

function size(old: string, now: string): number {
  const a = Number(old);
  const b = Number(now);
  if (old === '' || now === '' || !Number.isFinite(a) || !Number.isFinite(b)) return 0;
  return Math.abs(b - a) / Math.max(Math.abs(a), 1);
}

/** Compare the published folder `before` with the refreshed `after`, for the outputs written. */
export function summariseChanges(
  before: string,
  after: string,
  outputs: readonly OutputInfo[],
  history: ReadonlyMap<string, { kept: readonly Row[]; removed: readonly Row[] }>,
): ChangeReport {
  const report: ChangeReport = {
    newInspections: [],
    gradeRevisions: [],
    currentGrades: [],
    newYears: [],
    newSources: [],
    revisions: [],
    routine: [],
    kept: [],
    removed: [],
    uncited: [],
    councils: { added: [], renamed: [], recoded: [], former: [] },
    outputs: [...outputs],
    sourceTitles: new Map(),
  };
  for (const s of [...readRows(before, 'sources.csv'), ...readRows(after, 'sources.csv')])
    report.sourceTitles.set(s['id'] ?? '', s['title'] ?? '');
  const names = new Map<string, string>();
  for (const r of [...readRows(before, 'authorities.csv'), ...readRows(after, 'authorities.csv')])
    names.set(r['slug'] ?? '', r['name'] ?? '');
  const councilName = (slug: string) => names.get(slug) ?? slug;
  const routine = new Map<string, ChangeReport['routine'][number]>();

  for (const o of outputs) {
    const identity = identityOf(o);
    const oldRows = new Map(readRows(before, o.file).map((r) => [identity(r), r]));
    const newRows = readRows(after, o.file);
    const newIds = new Set(newRows.map(identity));
    const named = (r: Row): Named => ({ label: describe(o.file, r, councilName), id: removalId(o, r) });

    for (const r of newRows) {
      const old = oldRows.get(identity(r));
      if (!old) {
        if (o.file === 'inspections.csv') {
          report.newInspections.push({
            ...named(r),
            council: councilName(r['authority'] ?? ''),
            date: r['published'] || r['start_date'] || '',
            grade: gradeText(r),
            before: null,
          });
        } else if (o.file === 'authorities.csv') report.councils.added.push(r['name'] ?? '');
        else if (o.file === 'sources.csv')
          report.newSources.push({
            title: r['title'] ?? '',
            publisher: r['publisher'] ?? '',
            date: r['date'] ?? '',
          });
        continue;
      }
      for (const field of Object.keys(r)) {
        const was = old[field] ?? '';
        const now = r[field] ?? '';
        if (was === now || o.file === 'sources.csv') continue;
        if (ROUTINE.has(field)) {
          const k = `${o.file}\u0000${field}\u0000${was}\u0000${now}`;
          const e = routine.get(k) ?? { file: o.file, field, old: was, new: now, rows: 0 };
          e.rows++;
          routine.set(k, e);
          continue;
        }
        const rev: Revision = { ...named(r), file: o.file, field, old: was, new: now, size: size(was, now) };
        if (o.file === 'inspections.csv' && GRADE_FIELDS.has(field))
          report.gradeRevisions.push({
            ...rev,
            old: gradeText(old, field) ?? 'none',
            new: gradeText(r, field) ?? 'none',
          });
        else if (o.file === 'authorities.csv' && field === 'name')
          report.councils.renamed.push(`${was} is now ${now}`);
        else if (o.file === 'authorities.csv' && (field === 'ons_code' || field === 'la_number'))
          report.councils.recoded.push(
            `${now === '' ? was : r['name']}: ${field === 'ons_code' ? 'ONS code' : 'LA number'} ${was} → ${now}`,
          );
        else if (o.file === 'authorities.csv' && field === 'current' && now === 'no')
          report.councils.former.push(r['name'] ?? '');
        else report.revisions.push(rev);
      }
    }
    for (const [id, r] of oldRows)
      if (newIds.has(id)) continue;
      else if (o.file === 'sources.csv') report.uncited.push(named(r).label);
      else report.removed.push({ ...named(r), file: o.file });
    const h = history.get(o.file);
    for (const r of h?.kept ?? []) report.kept.push({ ...named(r), file: o.file });

    const yearField = YEAR_FIELDS.find((f) => newRows[0] && f in newRows[0]);
    if (yearField) {
      const had = new Set([...oldRows.values()].map((r) => r[yearField] ?? ''));
      const years = [...new Set(newRows.map((r) => r[yearField] ?? ''))]
        .filter((y) => y && !had.has(y))
        .sort();
      if (years.length)
        report.newYears.push({ file: o.file, title: titles.get(o.file) ?? o.file, years, partial: [] });
    }
  }
  // A new year published so far for some areas only: who has it, and how many councils lack it.
  const refreshed = loadable(after);
  if (refreshed)
    for (const y of report.newYears) {
      const file = PERIOD_FILES[y.file];
      if (!file) continue;
      const nameOf = (slug: string) => refreshed.authorities.get(slug)?.name ?? slug;
      for (const n of periodReach(refreshed, file).newer)
        if (y.years.includes(n.period))
          y.partial.push({ year: n.period, areas: newerAreasWords(n, nameOf, 20), lacking: n.lacking });
    }

  // The grade before each new inspection, and the councils whose current grade changed.
  const inspections = readRows(after, 'inspections.csv');
  for (const n of report.newInspections) {
    const row = inspections.find((r) => removalId({ file: 'inspections.csv', key: 'id' }, r) === n.id);
    if (!row || !n.grade) continue;
    const earlier = inspections
      .filter(
        (r) =>
          r['authority'] === row['authority'] &&
          r['scale'] === row['scale'] &&
          isGrade(r['overall'] ?? '') &&
          (r['published'] || r['start_date'] || '') < n.date,
      )
      .sort((a, b) =>
        (a['published'] || a['start_date'] || '').localeCompare(b['published'] || b['start_date'] || ''),
      )
      .at(-1);
    n.before = earlier ? `${gradeText(earlier)}, published ${formatDate(earlier['published'])}` : null;
  }
  report.newInspections.sort((a, b) => a.council.localeCompare(b.council) || a.date.localeCompare(b.date));
  const was = currentGrades(before);
  const now = currentGrades(after);
  for (const [slug, grade] of now) {
    const old = was.get(slug);
    if (was.size && old !== grade)
      report.currentGrades.push({ council: councilName(slug), old: old ?? 'none', new: grade });
  }
  report.currentGrades.sort((a, b) => a.council.localeCompare(b.council));
  report.revisions.sort(
    (a, b) => b.size - a.size || a.label.localeCompare(b.label) || a.field.localeCompare(b.field),
  );
  report.routine = [...routine.values()].sort((a, b) => a.file.localeCompare(b.file) || b.rows - a.rows);
  return report;
}

/**
 * True when the refresh changes nothing. Rows kept from the published data do not count: they
 * are already there (the summary still lists them, as a reminder that a newer file lacks them).
 */
export function isEmpty(r: ChangeReport): boolean {
  return ![
    r.newInspections,
    r.gradeRevisions,
    r.currentGrades,
    r.newYears,
    r.newSources,
    r.revisions,
    r.routine,
    r.removed,
    r.councils.added,
    r.councils.renamed,
    r.councils.recoded,
    r.councils.former,
  ].some((l) => l.length);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Sections shared by both versions: [heading, lines]. */
function sections(r: ChangeReport, forEditor: boolean): [string, string[]][] {
  const id = (n: Named) => (forEditor ? ` [${n.id}]` : '');
  const out: [string, string[]][] = [];
  const add = (heading: string, lines: string[]) => {
    if (lines.length) out.push([heading, lines]);
  };
  add(
    'New inspections',
    r.newInspections.map(
      (n) =>
        `${n.label}: ${n.grade ?? 'no overall grade'}${n.before ? ` (before: ${n.before})` : ''}${id(n)}`,
    ),
  );
  add(
    'Current grade changed',
    r.currentGrades.map((c) => `${c.council}: ${c.old} → ${c.new}`),
  );
  add(
    'Grades revised in published inspections',
    r.gradeRevisions.map((g) => `${g.label}, ${g.field}: ${g.old} → ${g.new}${id(g)}`),
  );
  add(
    'New years',
    r.newYears.map(
      (y) =>
        `${y.title}${forEditor ? ` (${y.file})` : ''}: ${y.years
          .map((year) => {
            const p = y.partial.find((x) => x.year === year);
            return p
              ? `${year}, so far for ${p.areas}; not yet for ${plural(p.lacking, 'other current council')}`
              : year;
          })
          .join('; ')}`,
    ),
  );
  add(
    'New releases cited',
    r.newSources.map((s) => `${s.publisher}, ${s.title}${s.date ? `, ${formatDate(s.date)}` : ''}`),
  );
  const shown = r.revisions.slice(0, TOP);
  add(
    r.revisions.length > TOP
      ? `Values revised: ${r.revisions.length} in all, the ${TOP} largest`
      : `Values revised: ${r.revisions.length}`,
    shown.map(
      (v) =>
        `${v.label}, ${forEditor ? v.field : fieldWords(v.file, v.field)}: ${v.old || 'empty'} → ${v.new || 'empty'}${id(v)}`,
    ),
  );
  const title = (id: string) => `“${r.sourceTitles.get(id) || id}”${forEditor ? ` (${id})` : ''}`;
  // The editor reads file names; readers the file's title, as /data/ names it.
  const fileWords = (file: string) => (forEditor ? file : (titles.get(file) ?? file));
  add(
    'Changed on many rows',
    r.routine.map((c) =>
      c.field === 'source'
        ? `${fileWords(c.file)}: ${plural(c.rows, 'row')} now cite ${title(c.new)}, before ${title(c.old)}`
        : c.field === 'note'
          ? `${fileWords(c.file)}: the note on ${plural(c.rows, 'row')} reworded`
          : `${fileWords(c.file)}, ${forEditor ? c.field : fieldWords(c.file, c.field)}: ${c.old || 'empty'} → ${c.new || 'empty'} on ${plural(c.rows, 'row')}`,
    ),
  );
  add(
    forEditor ? 'Kept, though the newer files lack them' : 'Kept from earlier files',
    r.kept.map(
      (k) => `${fileWords(k.file)}: ${k.label}${forEditor ? ` (to remove it: --allow-removal ${k.id})` : ''}`,
    ),
  );
  add(
    'Removed',
    r.removed.map((k) => `${fileWords(k.file)}: ${k.label}${id(k)}`),
  );
  // Bookkeeping, for the editor only: no figure went with them.
  if (forEditor) add('Releases no longer cited by any row (sources.csv)', r.uncited);
  add('Councils', [
    ...r.councils.added.map((c) => `New council: ${c}`),
    ...r.councils.renamed.map((c) => `Renamed: ${c}`),
    ...r.councils.recoded.map((c) => `Re-coded: ${c}`),
    ...r.councils.former.map((c) => `No longer a current council: ${c}`),
  ]);
  return out;
}

/** The editor's summary: every section, each row with its id, then the import accounting. */
export function formatText(r: ChangeReport, opts: { verbose?: boolean } = {}): string {
  const lines: string[] = [];
  const body = sections(r, true);
  if (isEmpty(r)) lines.push('No change to the data.');
  for (const [heading, items] of body) {
    lines.push(`${heading}:`);
    for (const i of items) lines.push(`  - ${i}`);
  }
  lines.push('Rows read, written and skipped:');
  for (const o of r.outputs) {
    const per = o.perRow;
    const written = per
      ? `${o.written * per.records} (${o.written} rows, each from ${per.what})`
      : `${o.written}`;
    lines.push(`  ${o.file}: read ${o.read} = written ${written} + skipped ${o.skipped.length}`);
    for (const [reason, wheres] of skipsByReason(o.skipped)) {
      lines.push(`    skipped ${wheres.length}: ${reason}`);
      if (opts.verbose) for (const w of wheres) lines.push(`      - ${w}`);
    }
  }
  return lines.join('\n');
}

/** The readers' entry for `data/CHANGES.md`, headed by the refresh date. */
export function formatMarkdown(r: ChangeReport, date: string): string {
  const lines = [`## ${formatDate(date)}`, ''];
  for (const [heading, items] of sections(r, false)) {
    lines.push(`### ${heading}`, '');
    for (const i of items) lines.push(`- ${i}`);
    lines.push('');
  }
  return lines.join('\n');
}

export const CHANGES_FILE = 'CHANGES.md';
const CHANGES_HEAD = `# Changes to the data

Each refresh of the data from the publishers’ files adds an entry here, newest first: new
inspections and grades, new years of figures, revised values, and rows kept or removed.
`;

/** `data/CHANGES.md` with `entry` added as the newest entry (the file is created if need be). */
export function withEntry(previous: string | null, entry: string): string {
  const rest = (previous ?? '').startsWith(CHANGES_HEAD) ? (previous ?? '').slice(CHANGES_HEAD.length) : '';
  return `${CHANGES_HEAD}\n${entry.trimEnd()}\n${rest ? `\n${rest.trimStart()}` : ''}`;
}
