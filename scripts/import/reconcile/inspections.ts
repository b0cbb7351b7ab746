/**
 * The inspections, merged from the Ofsted sources in order of authority:
 * 1. the ILACS inspection history (March 2025 file): every ILACS inspection, the authority on ILACS;
 * 2. the in-year inspections and visits of the same file (inspections the history has: skipped);
 * 3. the latest judgements as at 31 March (already in the history: skipped; else written);
 * 4. the 2023 sheet's framework blocks: every inspection before ILACS; its ILACS blocks only where
 *    the history lacks them; SLAC's two re-inspections of one day merged into one row;
 * 5. the community scrape: only inspections after the official statistics' period that no
 *    official row covers; where an official row covers the inspection (same council, and the same
 *    publication or start date), the scrape's report PDF link becomes that row's `report_url`.
 * Every row read (for the 2023 sheet: every block that holds anything) is written or skipped with
 * a reason.
 */
import type { Framework, Grade, GradeScale } from '../../../src/data/vocabulary';
import { formatDate } from '../../../src/data/format';
import type { JudgementColumn } from '../columns';
import { COUNCIL_HELP } from '../lib/council-changes';
import type { CsvRecord } from '../lib/csv-out';
import { ilacsJudgements } from '../lib/ilacs';
import type { SheetProblems } from '../lib/problems';
import type { Skip } from '../lib/report';
import type { Community } from '../readers/community';
import type { History2023 } from '../readers/ofsted-history-2023';
import type { Outcomes2025 } from '../readers/ofsted-outcomes';
import { ofstedReport } from '../sources';
import { key2023, type Councils, type ReleaseIds } from './authorities';

/** One inspection, visit or report, before it becomes a row of inspections.csv. */
export interface Rec {
  authority: string;
  framework: Framework;
  start: string | null;
  end: string | null;
  published: string | null;
  overall: Grade | null;
  scale: GradeScale;
  judgements: Partial<Record<JudgementColumn, Grade>>;
  theme: string | null;
  reportUrl: string;
  source: string;
  note: string | null;
  where: string;
}

/** The note on a row taken from the community scrape, with the date of the snapshot it was read from. */
const communityNote = (snapshot: string) =>
  `Taken from the community ofsted-ilacs-scrape-tool snapshot (${formatDate(snapshot)}), a secondary source; check against the report`;

/** A report PDF on Ofsted's file server, as the community scrape links it; group 1 is the file number. */
const REPORT_LINK = /^https:\/\/files\.ofsted\.gov\.uk\/v1\/file\/(\d+)$/;

export interface Merged {
  records: Rec[];
  read: number;
  skipped: Skip[];
  /** The report PDFs community rows cite, by source id. */
  reportSources: Map<string, CsvRecord>;
}

export function mergeInspections(
  sources: { o: Outcomes2025; h: History2023; community: Community },
  councils: Councils,
  ids: ReleaseIds & { year2025: string; communitySnapshot: string },
  problems: SheetProblems,
  warnings: string[],
): Merged {
  const { o, h, community } = sources;
  const { bySlug: authorities, currentByOns, formerByKey, urlOf } = councils;
  const records: Rec[] = [];
  const skipped: Skip[] = [];
  let read = 0;
  const base = (authority: string, source: string, where: string) => ({
    authority,
    end: null,
    theme: null,
    reportUrl: urlOf(authority),
    source,
    where,
  });

  // ---- 1. ILACS inspection history (the authority on ILACS) ----------------------------------------
  const officialIlacs = new Map<string, Rec>(); // `${slug}|${published}` and `${slug}|start:${start}`
  const noteOfficial = (r: Rec) => {
    if (r.published) officialIlacs.set(`${r.authority}|${r.published}`, r);
    if (r.start) officialIlacs.set(`${r.authority}|start:${r.start}`, r);
  };
  o.history.forEach((row, i) => {
    read++;
    const authority = councils.historyCouncils[i];
    if (!authority || !row.framework) return;
    const r: Rec = {
      ...base(authority.slug, ids.src2025, row.where),
      framework: row.framework,
      start: row.start,
      published: row.published,
      overall: row.overall,
      scale: 'ri-scale',
      judgements: ilacsJudgements(row.start ?? row.published, row.grades),
      note: null,
    };
    records.push(r);
    noteOfficial(r);
  });

  // ---- 2. In-year inspections and visits -----------------------------------------------------------
  for (const row of o.inYear) {
    read++;
    const slug = currentByOns.get(row.onsCode);
    if (!slug)
      row.codeProblem(`expected the ONS code of a current council (council "${row.name}"); ${COUNCIL_HELP}`);
    const judgements = ilacsJudgements(row.start ?? row.published, row.grades);
    if (!slug || !row.framework) continue;
    if (!row.visit && officialIlacs.get(`${slug}|${row.published}`)) {
      skipped.push({
        where: row.where,
        reason: 'in-year inspection, duplicates the ILACS inspection history 2025',
      });
      continue;
    }
    const r: Rec = {
      ...base(slug, ids.src2025, row.where),
      framework: row.framework,
      start: row.start,
      published: row.published,
      overall: row.overall,
      scale: row.visit ? 'ungraded' : 'ri-scale',
      judgements,
      theme: row.theme,
      note: row.visit ? null : 'In the in-year inspections sheet but not in the ILACS inspection history',
    };
    if (row.visit && (row.overall || Object.keys(judgements).length))
      problems.add(`${row.where}: a ${row.typeText} with grades; expected visits to be ungraded`);
    records.push(r);
    if (!row.visit) noteOfficial(r);
  }

  // ---- 3. Latest judgements as at 31 March: already in the history, or written -------------------
  for (const row of o.latest) {
    read++;
    const slug = currentByOns.get(row.onsCode);
    if (!slug) continue;
    if (officialIlacs.has(`${slug}|${row.published}`)) {
      skipped.push({ where: row.where, reason: 'latest judgement, already in ILACS inspection history' });
      continue;
    }
    const r: Rec = {
      ...base(slug, ids.src2025, row.where),
      framework: 'ilacs-standard',
      start: row.start,
      published: row.published,
      overall: row.overall,
      scale: 'ri-scale',
      judgements: ilacsJudgements(row.start ?? row.published, row.grades),
      note: 'Latest judgement as at 31 March, not in the ILACS inspection history; the sheet does not say whether it was a standard or short inspection',
    };
    records.push(r);
    noteOfficial(r);
  }

  // ---- 4. 2023 wide rows: one block per framework ---------------------------------------------------
  const written2023Ilacs: Rec[] = [];
  h.tables.forEach((rows, ti) => {
    for (const row of rows) {
      const key = key2023(row.name);
      const a = ti === 0 && authorities.get(key)?.current ? authorities.get(key) : formerByKey.get(key);
      const rowRecs: Rec[] = [];
      for (const block of row.blocks) {
        read++;
        const { framework, published, where } = block;
        if (!a || !framework || !published) continue;
        const graded = block.overall !== null || Object.keys(block.judgements).length > 0;
        const notes: string[] = [];
        if (block.dashes.length)
          notes.push(`Ofsted's data shows "-" (no judgement) for: ${block.dashes.join(', ')}`);
        if (!graded) notes.push('No grade given in the source');
        const rec: Rec = {
          ...base(a.slug, ids.src2023, where),
          framework,
          start: null,
          published,
          overall: block.overall,
          scale: graded ? block.scale : 'ungraded',
          judgements: block.judgements,
          note: notes.length ? notes.join('. ') : null,
        };
        if (block.isIlacs) {
          if (officialIlacs.has(`${a.slug}|${published}`)) {
            skipped.push({ where, reason: 'covered by ILACS inspection history 2025' });
            continue;
          }
          // The same inspection with a different publication date (the 2023 sheet has Nottingham's
          // 5 Sep 2022 report as 05/11/2022): same council, type and grades, within 90 days.
          const near = records.find(
            (x) =>
              x.source === ids.src2025 &&
              x.authority === a.slug &&
              x.framework === framework &&
              x.published !== null &&
              Math.abs(Date.parse(x.published) - Date.parse(published)) <= 90 * 86_400_000 &&
              x.overall === block.overall &&
              JSON.stringify(Object.entries(x.judgements).sort()) ===
                JSON.stringify(Object.entries(block.judgements).sort()),
          );
          if (near) {
            skipped.push({
              where,
              reason:
                'covered by ILACS inspection history 2025 (same inspection and grades; the 2023 sheet gives another publication date)',
            });
            warnings.push(
              `${where}: publication date ${published} differs from the ILACS inspection history's ${near.published} for the same inspection (${near.where}); the history is used`,
            );
            continue;
          }
          rec.note = [
            rec.note,
            'From the 2023 statistics; not in the 2025 ILACS inspection history, which gives no inspection dates for it',
          ]
            .filter(Boolean)
            .join('. ');
          written2023Ilacs.push(rec);
        }
        // Both SLAC re-inspections published the same day are one re-inspection report: one row.
        const twin =
          framework === 'slac-reinspection'
            ? rowRecs.find((x) => x.framework === 'slac-reinspection' && x.published === published)
            : undefined;
        if (twin) {
          Object.assign(twin.judgements, block.judgements);
          twin.note =
            'Re-inspection of safeguarding and of services for looked after children, published the same day';
          skipped.push({
            where,
            reason:
              'SLAC re-inspection published the same day as the other SLAC re-inspection: merged into one row',
          });
          continue;
        }
        rowRecs.push(rec);
      }
      records.push(...rowRecs);
      if (row.blocks.length === 0) {
        read++;
        skipped.push({
          where: row.where,
          reason: 'no inspection before ILACS in the 2023 sheet (council row without dates)',
        });
      }
      if (!a)
        problems.add(
          `${row.where}: council "${row.name}" matches no current or former council; ${COUNCIL_HELP}`,
        );
    }
  });
  for (const rec of written2023Ilacs) noteOfficial(rec);

  // ---- 5. Community scrape: only inspections no official row covers ---------------------------------
  // The official statistics cover inspections as at 31 March with a report published by 30 June.
  const cutoff = `${ids.year2025}-03-31`;
  const cutoffPublished = `${ids.year2025}-06-30`;
  const reportSources = new Map<string, CsvRecord>();
  /** Official rows given their report link by a community row, and where that row is. */
  const linkedFrom = new Map<Rec, string>();
  for (const row of community.rows) {
    read++;
    const { where, start, published } = row;
    const slug = /^\d{3}$/.test(row.laText) ? councils.slugByLa.get(Number(row.laText)) : undefined;
    if (!slug)
      row.problem('la', `expected the old LA number of a council in the Ofsted sheets; ${COUNCIL_HELP}`);
    const judgements = ilacsJudgements(start ?? published, row.grades);
    if (!slug) continue;
    const fileNo = REPORT_LINK.exec(row.link)?.[1];
    const official =
      (published ? officialIlacs.get(`${slug}|${published}`) : undefined) ??
      (start ? officialIlacs.get(`${slug}|start:${start}`) : undefined);
    if (official) {
      // The official row keeps its grades and source; the scrape gives its report's address.
      if (!fileNo) row.problem('link', 'expected a report link https://files.ofsted.gov.uk/v1/file/<number>');
      else if (linkedFrom.has(official))
        problems.add(
          `${where}: a second community row for the inspection at ${official.where} (the first is ${linkedFrom.get(official)}); expected one community row per inspection`,
        );
      else {
        official.reportUrl = row.link;
        linkedFrom.set(official, where);
      }
      skipped.push({
        where,
        reason:
          'community row: an official Ofsted row covers this inspection (same council and publication or start date); only its report link is used, for that row',
      });
      continue;
    }
    const when = start ?? published;
    if (!when || (when <= cutoff && (published === null || published <= cutoffPublished))) {
      skipped.push({
        where,
        reason: `community row: inspected by ${cutoff} and published by ${cutoffPublished} (the official statistics' period) yet matching no official row; not used (check the scrape)`,
      });
      continue;
    }
    const framework: Framework | null =
      row.frameworkText === 'short'
        ? 'ilacs-short'
        : row.frameworkText === 'standard'
          ? 'ilacs-standard'
          : null;
    if (!framework) row.problem('framework', 'expected "short" or "standard"');
    if (!fileNo) row.problem('link', 'expected a report link https://files.ofsted.gov.uk/v1/file/<number>');
    if (!framework || !fileNo) continue;
    const source = ofstedReport(fileNo, authorities.get(slug)?.name ?? slug, row.link, published);
    reportSources.set(String(source['id']), source);
    records.push({
      authority: slug,
      framework,
      start,
      end: row.end,
      published,
      overall: row.overall,
      scale: 'ri-scale',
      judgements,
      theme: null,
      reportUrl: row.link,
      source: String(source['id']),
      note: communityNote(ids.communitySnapshot),
      where,
    });
  }
  return { records, read, skipped, reportSources };
}
