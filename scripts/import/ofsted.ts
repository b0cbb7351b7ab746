/**
 * Ofsted importer: the two Ofsted official-statistics ODS files and the community scrape, to
 * `authorities.csv` and `inspections.csv` (layouts in `data/README.md`).
 *
 * Read (one reader per file, `readers/`): the March 2025 outcomes, the 2023 underlying data, the
 * community scrape, and the DfE care-leavers file for regions. Then merge (`reconcile/`): the
 * council list, then the inspections, official sources first. Every unreadable file, unexpected
 * header, unknown grade, bad date or unmatched council is collected and reported at once, with
 * file, sheet, row, column, value and what was expected.
 */
import { readInputText } from './lib/input-files';
import { basename } from 'node:path';
import { FRAMEWORK_CODES as FRAMEWORKS } from '../../src/data/vocabulary';
import type { Framework } from '../../src/data/vocabulary';
import { DATASETS, JUDGEMENT_COLUMNS } from './columns';
import { cmp, type CsvRecord } from './lib/csv-out';
import { readCouncilChanges, type CouncilChanges } from './lib/council-changes';
import type { Inputs } from './lib/paths';
import { CsvProblems, SheetProblems } from './lib/problems';
import type { AuthorityRef, ImporterResult, ImportOutput } from './lib/report';
import { readCareLeavers, regionsOf } from './readers/care-leavers';
import { readCommunity } from './readers/community';
import { readHistory2023 } from './readers/ofsted-history-2023';
import { readOutcomes2025 } from './readers/ofsted-outcomes';
import { mergeCouncils } from './reconcile/authorities';
import { mergeInspections, type Rec } from './reconcile/inspections';
import { OFSTED_URL, ofstedReleases } from './sources';

export type OfstedInputs = Pick<Inputs, 'history2023' | 'outcomes2025' | 'community' | 'careLeavers'>;

export interface OfstedOptions {
  /** Council successions and other codes; default: the project's `data/curated/council-changes.csv`. */
  changes?: CouncilChanges;
  /** Date of the community snapshot, for a CSV export (a workbook gives its own). */
  communityDate?: string;
}

/** Frameworks oldest first: the data schema's list. */
const FRAMEWORK_ORDER: readonly Framework[] = FRAMEWORKS;

const idOf = (r: Rec) => `${r.authority}-${r.published ?? r.start ?? 'undated'}-${r.framework}`;

export function importOfsted(
  inputs: OfstedInputs,
  options: OfstedOptions = {},
): ImporterResult & { authorities: AuthorityRef[] } {
  const problems = new SheetProblems();
  const changes = options.changes ?? readCouncilChanges();
  const warnings: string[] = [];

  // ---- Read every file; nothing more can be done without all of them -------------------------------
  const o = readOutcomes2025(inputs.outcomes2025, problems);
  const h = readHistory2023(inputs.history2023, problems);
  const community = readCommunity(inputs.community, problems);
  const csvProblems = new CsvProblems();
  const careLeavers = readCareLeavers(inputs.careLeavers, readInputText(inputs.careLeavers), csvProblems);
  for (const p of csvProblems.list) problems.add(p);
  problems.throwIfAny();
  if (!o || !h || !community)
    throw new Error('Ofsted import: a file was not read yet no problem was recorded');

  const releases = ofstedReleases(o.cover, h.cover, (m) => problems.add(m));
  const communitySnapshot = options.communityDate ?? community.snapshot;
  if (!communitySnapshot)
    problems.add(
      `${community.file}: no date for the snapshot (a CSV export carries none); give it with --communityDate=yyyy-mm-dd`,
    );
  problems.throwIfAny();
  if (!releases || !communitySnapshot) throw new Error('Ofsted import: a problem was not recorded');
  const { year2025, release2025, release2023 } = releases;
  const ids = {
    src2025: String(release2025['id']),
    src2023: String(release2023['id']),
    year2025,
    communitySnapshot,
  };

  // ---- Merge ---------------------------------------------------------------------------------------
  const councils = mergeCouncils(
    o,
    h,
    regionsOf(careLeavers),
    basename(inputs.careLeavers),
    ids,
    changes,
    problems,
    warnings,
  );
  const { records, read, skipped, reportSources } = mergeInspections(
    { o, h, community },
    councils,
    ids,
    problems,
    warnings,
  );

  // ---- Ids, uniqueness, order ----------------------------------------------------------------------
  const byId = new Map<string, Rec>();
  for (const r of records) {
    const id = idOf(r);
    const other = byId.get(id);
    if (other) problems.add(`inspection id "${id}" is not unique: ${other.where} and ${r.where}`);
    else byId.set(id, r);
  }
  problems.throwIfAny();

  const fw = (f: Framework) => FRAMEWORK_ORDER.indexOf(f);
  records.sort(
    (a, b) =>
      cmp(a.authority, b.authority) ||
      cmp(a.published ?? a.start ?? '', b.published ?? b.start ?? '') ||
      fw(a.framework) - fw(b.framework) ||
      cmp(idOf(a), idOf(b)),
  );

  const inspectionRows: CsvRecord[] = records.map((r) => {
    const row: CsvRecord = {
      id: idOf(r),
      authority: r.authority,
      framework: r.framework,
      start_date: r.start,
      end_date: r.end,
      published: r.published,
      overall: r.overall,
      scale: r.scale,
    };
    for (const k of JUDGEMENT_COLUMNS) row[k] = r.judgements[k] ?? null;
    Object.assign(row, { theme: r.theme, report_url: r.reportUrl, source: r.source, note: r.note });
    return row;
  });

  const authorityList = [...councils.bySlug.values()].sort((a, b) => cmp(a.slug, b.slug));
  const authorityRows: CsvRecord[] = authorityList.map((a) => ({
    slug: a.slug,
    name: a.name,
    ons_code: a.onsCode,
    la_number: a.laNumber,
    region: a.region,
    type: a.type,
    ofsted_url: a.laNumber !== null ? OFSTED_URL(a.laNumber) : null,
    current: a.current,
    successors: (councils.successors.get(a.slug) ?? []).join(' '),
    predecessors: [...(councils.predecessors.get(a.slug) ?? [])].sort().join(' '),
    source: a.source,
  }));

  const sources = new Map(reportSources);
  const cited = new Set([...records.map((r) => r.source), ...authorityList.map((a) => a.source)]);
  if (cited.has(ids.src2025)) sources.set(ids.src2025, release2025);
  if (cited.has(ids.src2023)) sources.set(ids.src2023, release2023);
  const sourceRows = [...sources.values()].sort((a, b) => cmp(String(a['id']), String(b['id'])));

  for (const w of warnings) console.warn(`warning: ${w}`);
  if (read !== inspectionRows.length + skipped.length)
    throw new Error(
      `Ofsted import: internal accounting error: read ${read}, written ${inspectionRows.length}, skipped ${skipped.length}`,
    );

  const outputs: ImportOutput[] = [
    { ...DATASETS.authorities, rows: authorityRows, read: authorityRows.length, skipped: [] },
    { ...DATASETS.inspections, rows: inspectionRows, read, skipped },
  ];
  return {
    outputs,
    sources: sourceRows,
    authorities: authorityList.map((a) => ({
      slug: a.slug,
      name: a.name,
      onsCode: a.onsCode,
      laNumber: a.laNumber ?? 0,
      current: a.current,
    })),
  };
}
