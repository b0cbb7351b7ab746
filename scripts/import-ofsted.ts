/**
 * Ofsted importer: the two Ofsted official-statistics ODS files and the community scrape, to
 * `authorities.csv` and `inspections.csv` (layouts in `data/README.md`).
 *
 * Inputs and precedence:
 * - `outcomes2025` (LA_Inspection_Outcomes_as_at_31_March_<year>.ods):
 *   - `Inspections_as_at_31_March`: the current councils (name, ONS code, LA number from the
 *     `HYPERLINK` target). As inspections its rows are the latest judgements, which are already
 *     in the ILACS history: skipped when they are (written, with a note, when they are not).
 *   - `ILACS_inspection_history`: every ILACS inspection with its inspection and publication
 *     dates. The authority on ILACS.
 *   - `In-year_inspections`: inspections (duplicates of the history: skipped) and focused and
 *     monitoring visits (written, ungraded, with their theme).
 * - `history2023` (Childrens_social_care_in_England_2023_underlying_data.ods), sheet
 *   `LA_inspections_2009-2023`: one wide row per council across SLAC, SLAC re-inspections, CPI,
 *   CPRI, TLAC, SIF, SIF re-inspection and first/second ILACS; a second table ("Table 11") holds
 *   councils that no longer exist. Pre-ILACS events come from here only; its ILACS columns are
 *   skipped where the ILACS history has the same council and publication date.
 * - `community` (ofsted_csc_ilacs_overview.xlsx or .csv): the latest ILACS per council scraped
 *   from the report PDFs; a secondary source, used only for inspections no official row covers.
 *
 * Every input row (for the 2023 sheet: every framework block of a row) is either written or
 * skipped with a reason. Every unknown grade, bad date or missing column is collected and
 * reported at once, with file, sheet, row, column, value and what was expected.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { csvParse, csvParseRows } from 'd3-dsv';
import { columnsOf } from '../src/data/datasets';
import {
  FRAMEWORK,
  FRAMEWORK_CODES,
  JUDGEMENT_COLUMNS,
  type Framework,
  type JudgementColumn,
  type Grade,
  type GradeScale,
  type Region,
} from '../src/data/vocabulary';
import type { CsvRecord } from './lib/csv-out';
import { readOds, type OdsRow, type OdsSheet } from './lib/ods';
import { parseDate, parseGrade, slugify, type Parsed } from './lib/normalise';
import type { Inputs } from './lib/paths';
import type { AuthorityRef, ImporterResult, ImportOutput, Skip } from './lib/report';
import { Columns, cellText, findTables, firstCellIs, type SheetTable } from './lib/sheet-tables';
import { readXlsxFirstSheet } from './lib/xlsx';

export type OfstedInputs = Pick<Inputs, 'history2023' | 'outcomes2025' | 'community' | 'careLeavers'>;

/** Frameworks oldest first: the data schema's list. */
const FRAMEWORK_ORDER: readonly Framework[] = FRAMEWORK_CODES;

/** From this date ILACS split "children in care and care leavers" into two sub-judgements. */
const ILACS_SPLIT = '2023-01-01';

const OFSTED_URL = (la: number) => `https://reports.ofsted.gov.uk/provider/44/${la}`;
const FALLBACK_RELEASE_URL = 'https://www.gov.uk/government/collections/childrens-social-care-statistics';
const LICENCE = 'OGL-UK-3.0';
const COMMUNITY_NOTE =
  'Taken from the community ofsted-ilacs-scrape-tool snapshot (29 June 2026), a secondary source; check against the report';

/**
 * Former councils: what no Ofsted sheet gives for them. The ILACS history gives the ONS code and
 * LA number of those it lists (Bournemouth, Cumbria, Northamptonshire) and those win; Poole and
 * the former Dorset County Council appear only in the 2023 sheet, whose links are not LA numbers.
 * LA numbers and ONS codes: DfE / ONS codes in use before the 2019 Dorset reorganisation;
 * regions: ONS regions of the areas.
 */
const FORMER: Record<string, { onsCode: string; laNumber: number; region: Region; successors: string[] }> = {
  bournemouth: {
    onsCode: 'E06000028',
    laNumber: 837,
    region: 'South West',
    successors: ['bournemouth-christchurch-and-poole'],
  },
  poole: {
    onsCode: 'E06000029',
    laNumber: 836,
    region: 'South West',
    successors: ['bournemouth-christchurch-and-poole'],
  },
  // Christchurch was a district of Dorset county, so BCP is also a successor of the county.
  'dorset-county-council': {
    onsCode: 'E10000009',
    laNumber: 835,
    region: 'South West',
    successors: ['dorset', 'bournemouth-christchurch-and-poole'],
  },
  northamptonshire: {
    onsCode: 'E10000021',
    laNumber: 928,
    region: 'East Midlands',
    successors: ['north-northamptonshire', 'west-northamptonshire'],
  },
  cumbria: {
    onsCode: 'E10000006',
    laNumber: 909,
    region: 'North West',
    successors: ['cumberland', 'westmorland-and-furness'],
  },
};

/**
 * Council types the 2023 sheet does not give, or gives as they were before 1 April 2023:
 * Cumberland and Westmorland and Furness were created as unitary councils on 1 April 2023;
 * North Yorkshire and Somerset county councils became unitary councils that day (new ONS codes
 * E06000065, E06000066). Any other current council absent from the 2023 sheet is also Unitary
 * (every council created since 2009 has been).
 */
const TYPE_OVERRIDE: Record<string, string> = {
  'north-yorkshire': 'Unitary',
  somerset: 'Unitary',
};
const DEFAULT_NEW_COUNCIL_TYPE = 'Unitary';

/** Names the 2023 sheet gives differently from the 2025 file (slug in 2023 -> slug in 2025). */
const NAME_ALIASES_2023: Record<string, string> = {
  'bedford-borough': 'bedford',
};

// ---------------------------------------------------------------------------------------------

function columnLetter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Every problem found, reported together at the end. */
class Problems {
  readonly list: string[] = [];
  cell(
    file: string,
    sheet: string | null,
    row: number,
    col: number,
    header: string,
    value: string,
    expected: string,
  ): void {
    const where = `${file}${sheet ? `, sheet "${sheet}"` : ''}, row ${row}, column ${columnLetter(col)} ("${header}")`;
    this.list.push(`${where}: "${value}": ${expected}`);
  }
  add(message: string): void {
    this.list.push(message);
  }
  throwIfAny(): void {
    if (this.list.length)
      throw new Error(
        `Ofsted import failed with ${this.list.length} problem${this.list.length === 1 ? '' : 's'}:\n` +
          this.list.map((p) => `  - ${p}`).join('\n'),
      );
  }
}

interface Rec {
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

interface AuthorityBuild {
  slug: string;
  name: string;
  onsCode: string;
  laNumber: number | null;
  region: Region | null;
  type: string | null;
  current: boolean;
  source: string;
  where: string;
}

/** A table in a sheet, with a reader that records problems against its cells. */
class TableReader {
  readonly cols: Columns;
  constructor(
    readonly file: string,
    readonly table: SheetTable,
    private readonly problems: Problems,
  ) {
    this.cols = new Columns(table.headers);
  }
  /** Column index of the first header matching one of `names`; a problem if required and absent. */
  col(required: boolean, ...names: string[]): number {
    const i = this.cols.index(...names);
    if (i < 0 && required)
      this.problems.add(
        `${this.file}, sheet "${this.table.sheet}", header row ${this.table.headerRow}: no column "${names[0]}"; expected the publisher's layout (headers found: ${this.table.headers.filter(Boolean).join(' | ')})`,
      );
    return i;
  }
  header(col: number): string {
    return this.table.headers[col] ?? '';
  }
  text(row: OdsRow, col: number): string {
    return cellText(row, col);
  }
  grade(row: OdsRow, col: number): Grade | null {
    if (col < 0) return null;
    return this.check(row, col, parseGrade(this.text(row, col)));
  }
  date(row: OdsRow, col: number): string | null {
    if (col < 0) return null;
    const c = row.cells[col];
    return this.check(row, col, parseDate(c?.text ?? '', { dateValue: c?.type === 'date' ? c.value : null }));
  }
  check<T>(row: OdsRow, col: number, p: Parsed<T | null>): T | null {
    if (p.ok) return p.value;
    this.problems.cell(
      this.file,
      this.table.sheet,
      row.row,
      col,
      this.header(col),
      row.cells[col]?.text ?? '',
      p.expected,
    );
    return null;
  }
  where(row: OdsRow, what?: string): string {
    return `${this.file}#${this.table.sheet} row ${row.row}${what ? ` (${what})` : ''}`;
  }
}

function laNumberFromHref(href: string | null): number | null {
  const m = href ? /^https?:\/\/reports\.ofsted\.gov\.uk\/provider\/44\/(\d{3})\/?$/.exec(href) : null;
  return m ? Number(m[1]) : null;
}

function ilacsFramework(type: string): Framework | null {
  const t = type.toLowerCase();
  if (/\bstandard\b/.test(t)) return 'ilacs-standard';
  if (/\bshort\b/.test(t)) return 'ilacs-short';
  return null;
}

/** ILACS sub-judgements, by the split of 1 January 2023 (see data/README.md). */
function ilacsJudgements(
  date: string | null,
  g: { leaders: Grade | null; help: Grade | null; inCare: Grade | null; careLeavers: Grade | null },
): Partial<Record<JudgementColumn, Grade>> {
  const j: Partial<Record<JudgementColumn, Grade>> = {};
  if (g.leaders) j.leadership = g.leaders;
  if (g.help) j.help_and_protection = g.help;
  const split = g.careLeavers !== null || (date !== null && date >= ILACS_SPLIT);
  if (split) {
    if (g.inCare) j.children_in_care = g.inCare;
    if (g.careLeavers) j.care_leavers = g.careLeavers;
  } else if (g.inCare) j.children_in_care_and_care_leavers = g.inCare;
  return j;
}

function sheetByName(
  sheets: OdsSheet[],
  file: string,
  problems: Problems,
  ...names: (string | RegExp)[]
): OdsSheet | null {
  const s = sheets.find((x) => names.some((n) => (typeof n === 'string' ? x.name === n : n.test(x.name))));
  if (!s)
    problems.add(
      `${file}: no sheet ${names.map(String).join(' or ')}; sheets found: ${sheets.map((x) => x.name).join(', ')}`,
    );
  return s ?? null;
}

function coverInfo(sheet: OdsSheet | null): {
  title: string;
  policyArea: string;
  published: string | null;
  releaseUrl: string | null;
} {
  const info = {
    title: '',
    policyArea: '',
    published: null as string | null,
    releaseUrl: null as string | null,
  };
  if (!sheet) return info;
  info.title = sheet.rows[0]?.cells[0]?.text.trim() ?? '';
  for (const r of sheet.rows) {
    const label = (r.cells[0]?.text ?? '').trim().toLowerCase();
    const v = r.cells[1];
    if (!v) continue;
    if (label.startsWith('policy area')) info.policyArea = v.text.trim();
    if (label.startsWith('published on')) {
      const p = parseDate(v.text, { dateValue: v.type === 'date' ? v.value : null });
      if (p.ok) info.published = p.value;
      else {
        const d = Date.parse(`${v.text.trim()} UTC`);
        if (!Number.isNaN(d)) info.published = new Date(d).toISOString().slice(0, 10);
      }
    }
    if (label.startsWith('link to') && label.includes('release') && v.href && /^https:/.test(v.href))
      info.releaseUrl = v.href.replace(/#.*$/, '');
  }
  return info;
}

function readRegions(path: string): {
  byCode: Map<string, Region>;
  byLa: Map<number, Region>;
  laByCode: Map<string, number>;
} {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const byCode = new Map<string, Region>();
  const byLa = new Map<number, Region>();
  const laByCode = new Map<string, number>();
  for (const r of csvParse(text)) {
    if (r['new_la_code'] && r['old_la_code']) laByCode.set(r['new_la_code'], Number(r['old_la_code']));
    const name = r['region_name'] ?? '';
    if (!name) continue;
    const region = (/london/i.test(name) ? 'London' : name) as Region;
    if (r['new_la_code']) byCode.set(r['new_la_code'], region);
    if (r['old_la_code']) byLa.set(Number(r['old_la_code']), region);
  }
  return { byCode, byLa, laByCode };
}

/** The community file as header + rows of text, from .xlsx or .csv by extension. */
function readCommunity(path: string): string[][] {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return csvParseRows(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  if (ext === '.xlsx') return readXlsxFirstSheet(path);
  throw new Error(`${path}: expected the community file as .xlsx or .csv`);
}

// ---------------------------------------------------------------------------------------------

export function importOfsted(inputs: OfstedInputs): ImporterResult & { authorities: AuthorityRef[] } {
  const problems = new Problems();
  const skipped: Skip[] = [];
  const warnings: string[] = [];
  const records: Rec[] = [];
  let read = 0;

  const f2025 = basename(inputs.outcomes2025);
  const f2023 = basename(inputs.history2023);
  const fComm = basename(inputs.community);

  const ods2025 = readOds(inputs.outcomes2025);
  const ods2023 = readOds(inputs.history2023, undefined);

  // Sources, from the Cover sheets.
  const cover2025 = coverInfo(sheetByName(ods2025, f2025, problems, 'Cover'));
  const cover2023 = coverInfo(sheetByName(ods2023, f2023, problems, 'Cover'));
  const year2025 = /31 March (\d{4})/.exec(cover2025.title)?.[1] ?? '2025';
  const year2023 = /England (\d{4})/.exec(cover2023.policyArea)?.[1] ?? '2023';
  const SRC_2025 = `ofsted-la-outcomes-${year2025}`;
  const SRC_2023 = `ofsted-csc-${year2023}`;
  // The official statistics cover inspections as at 31 March with a report published by 30 June.
  const cutoff = `${year2025}-03-31`;
  const cutoffPublished = `${year2025}-06-30`;
  if (!cover2025.published) problems.add(`${f2025}, sheet "Cover": no "Published on:" date`);
  if (!cover2023.published) problems.add(`${f2023}, sheet "Cover": no "Published on:" date`);
  const sources = new Map<string, CsvRecord>();
  const source2025: CsvRecord = {
    id: SRC_2025,
    publisher: 'Ofsted',
    title: cover2025.title || `Local authority inspection outcomes as at 31 March ${year2025}`,
    url: cover2025.releaseUrl ?? FALLBACK_RELEASE_URL,
    date: cover2025.published,
    licence: LICENCE,
  };
  const source2023: CsvRecord = {
    id: SRC_2023,
    publisher: 'Ofsted',
    title: `${cover2023.policyArea || `Children's social care data in England ${year2023}`}: underlying data`,
    url: cover2023.releaseUrl ?? FALLBACK_RELEASE_URL,
    date: cover2023.published,
    licence: LICENCE,
  };

  const oneTable = (sheet: OdsSheet | null, file: string): SheetTable | null => {
    if (!sheet) return null;
    const t = findTables(sheet, firstCellIs('Web link'));
    if (t.length !== 1)
      problems.add(
        `${file}, sheet "${sheet.name}": expected one table with a "Web link" header row, found ${t.length}`,
      );
    return t[0] ?? null;
  };
  const latestT = oneTable(sheetByName(ods2025, f2025, problems, 'Inspections_as_at_31_March'), f2025);
  const inYearT = oneTable(sheetByName(ods2025, f2025, problems, 'In-year_inspections'), f2025);
  const historyT = oneTable(sheetByName(ods2025, f2025, problems, 'ILACS_inspection_history'), f2025);
  const sheet2023 = sheetByName(ods2023, f2023, problems, /^LA_inspections_/);
  const tables2023 = sheet2023 ? findTables(sheet2023, firstCellIs('Web link')) : [];
  if (sheet2023 && tables2023.length === 0)
    problems.add(`${f2023}, sheet "${sheet2023.name}": no table with a "Web link" header row`);
  problems.throwIfAny(); // nothing more can be read without the sheets

  // ---- Authorities ----------------------------------------------------------------------
  const authorities = new Map<string, AuthorityBuild>();
  const currentByOns = new Map<string, string>();
  const latest = new TableReader(f2025, latestT as SheetTable, problems);
  {
    const cLink = latest.col(true, 'Web link');
    const cCode = latest.col(true, 'Local authority area code');
    const cName = latest.col(true, 'Local authority name');
    for (const row of latest.table.rows) {
      const name = latest.text(row, cName);
      const onsCode = latest.text(row, cCode);
      const href = row.cells[cLink]?.href ?? null;
      const laNumber = laNumberFromHref(href);
      if (laNumber === null)
        problems.cell(
          f2025,
          latest.table.sheet,
          row.row,
          cLink,
          latest.header(cLink),
          href ?? '(no link)',
          'expected a HYPERLINK to https://reports.ofsted.gov.uk/provider/44/<LA number>',
        );
      if (!/^E\d{8}$/.test(onsCode))
        problems.cell(
          f2025,
          latest.table.sheet,
          row.row,
          cCode,
          latest.header(cCode),
          onsCode,
          'expected an ONS code such as E09000014',
        );
      const slug = slugify(name);
      if (authorities.has(slug))
        problems.add(`${latest.where(row)}: council slug "${slug}" (from "${name}") is not unique`);
      authorities.set(slug, {
        slug,
        name,
        onsCode,
        laNumber,
        region: null,
        type: null,
        current: true,
        source: SRC_2025,
        where: latest.where(row),
      });
      currentByOns.set(onsCode, slug);
    }
  }

  // Ofsted's own links are wrong for a few councils (March 2025 file: City of London links to 206,
  // Islington's page; North Northamptonshire to 941, West Northamptonshire's). Where two councils
  // share a link, the one whose number disagrees with the DfE's old LA code for its ONS code takes
  // the DfE number, and the correction is logged.
  const regions = readRegions(inputs.careLeavers);
  {
    const byLa = new Map<number, AuthorityBuild[]>();
    for (const a of authorities.values())
      if (a.laNumber !== null) byLa.set(a.laNumber, [...(byLa.get(a.laNumber) ?? []), a]);
    for (const [la, list] of byLa) {
      if (list.length < 2) continue;
      for (const a of list) {
        const dfe = regions.laByCode.get(a.onsCode);
        if (dfe === undefined || dfe === la) continue;
        if (byLa.has(dfe)) {
          problems.add(
            `${a.where}: "${a.name}" links to provider/44/${la}, shared with another council, and the DfE's LA number ${dfe} is also taken`,
          );
          continue;
        }
        warnings.push(
          `${a.where}: "${a.name}" links to ${OFSTED_URL(la)}, which is also the link of ${list
            .filter((x) => x !== a)
            .map((x) => `"${x.name}"`)
            .join(', ')}; using the DfE's LA number ${dfe} for ${a.onsCode}`,
        );
        a.laNumber = dfe;
      }
    }
    const again = new Map<number, string>();
    for (const a of authorities.values()) {
      if (a.laNumber === null) continue;
      const other = again.get(a.laNumber);
      if (other)
        problems.add(
          `${a.where}: LA number ${a.laNumber} of "${a.name}" is also that of "${other}"; expected each council's own Ofsted page link`,
        );
      again.set(a.laNumber, a.name);
    }
  }

  // 2023 sheet: types; rows whose council no longer exists are former councils.
  const readers2023 = tables2023.map((t) => new TableReader(f2023, t, problems));
  const type2023 = new Map<string, string>(); // current slug -> type
  const formerByKey = new Map<string, AuthorityBuild>(); // slugify(name) -> former council
  const addFormer = (
    key: string,
    name: string,
    type: string | null,
    source: string,
    where: string,
  ): AuthorityBuild => {
    let f = formerByKey.get(key);
    if (!f) {
      let slug = key;
      if (authorities.has(slug)) {
        // The name now belongs to a different, current council (Dorset): name the former one apart.
        if (/county/i.test(type ?? '') || FORMER[`${slug}-county-council`]) slug = `${slug}-county-council`;
        else
          problems.add(
            `${where}: former council "${name}" has the slug "${slug}" of a current council, and is not a county council`,
          );
      }
      f = { slug, name, onsCode: '', laNumber: null, region: null, type, current: false, source, where };
      formerByKey.set(key, f);
    }
    if (!f.type && type) f.type = type;
    return f;
  };
  readers2023.forEach((r, ti) => {
    const cName = r.col(true, 'Local authority name');
    const cType = r.col(true, 'LA Authority Type');
    for (const row of r.table.rows) {
      const name = r.text(row, cName);
      const key = NAME_ALIASES_2023[slugify(name)] ?? slugify(name);
      const type = r.text(row, cType) || null;
      if (ti === 0 && authorities.has(key)) {
        if (type) type2023.set(key, type);
      } else addFormer(key, name, type, SRC_2023, r.where(row));
    }
  });

  // ILACS history: former councils it lists ("No longer exists") give their ONS code and LA number.
  const history = new TableReader(f2025, historyT as SheetTable, problems);
  const h = {
    link: history.col(true, 'Web link'),
    code: history.col(true, 'Local authority area code'),
    name: history.col(true, 'Local authority name'),
    status: history.col(true, 'Local authority status'),
    start: history.col(true, 'Inspection date'),
    published: history.col(true, 'Publication date'),
    type: history.col(true, 'Inspection type'),
    overall: history.col(true, 'Overall effectiveness'),
    leaders: history.col(true, 'The impact of leaders on social work practice with children and families'),
    help: history.col(true, 'The experiences and progress of children who need help and protection'),
    inCare: history.col(true, 'The experiences and progress of children in care'),
    careLeavers: history.col(true, 'The experiences and progress of care leavers'),
  };
  const historyAuthority = (row: OdsRow): AuthorityBuild | null => {
    const status = history.text(row, h.status).toLowerCase();
    const code = history.text(row, h.code);
    const name = history.text(row, h.name);
    if (status === 'current') {
      const slug = currentByOns.get(code);
      if (!slug)
        problems.cell(
          f2025,
          history.table.sheet,
          row.row,
          h.code,
          history.header(h.code),
          code,
          `expected the ONS code of a current council listed in Inspections_as_at_31_March (council "${name}")`,
        );
      return slug ? (authorities.get(slug) ?? null) : null;
    }
    if (status === 'no longer exists') {
      const f = addFormer(slugify(name), name, null, SRC_2025, history.where(row));
      f.source = SRC_2025;
      // Its link is not used for the LA number: Ofsted links a former council to its successor's
      // page (Bournemouth -> 839, BCP; Cumbria -> 942, Cumberland). See the FORMER table.
      if (/^E\d{8}$/.test(code)) f.onsCode = code;
      return f;
    }
    problems.cell(
      f2025,
      history.table.sheet,
      row.row,
      h.status,
      history.header(h.status),
      history.text(row, h.status),
      'expected "Current" or "No longer exists"',
    );
    return null;
  };
  const historyRows = history.table.rows.map((row) => ({ row, authority: historyAuthority(row) }));

  // Former councils: fill in what the sheets do not give, then register them.
  for (const f of formerByKey.values()) {
    const extra = FORMER[f.slug];
    if (!f.onsCode && extra) f.onsCode = extra.onsCode;
    if (f.laNumber === null) f.laNumber = regions.laByCode.get(f.onsCode) ?? extra?.laNumber ?? null;
    if (!f.onsCode || f.laNumber === null)
      problems.add(
        `${f.where}: former council "${f.name}" (${f.slug}): no ONS code or LA number in the sheets and none in the FORMER table of scripts/import-ofsted.ts`,
      );
    if (authorities.has(f.slug)) problems.add(`${f.where}: former council slug "${f.slug}" is not unique`);
    authorities.set(f.slug, f);
  }

  {
    const seen = new Map<number, string>();
    for (const a of authorities.values()) {
      if (a.laNumber === null) continue;
      const other = seen.get(a.laNumber);
      if (other)
        problems.add(
          `${a.where}: LA number ${a.laNumber} of "${a.name}" is also that of "${other}"; expected one LA number per council`,
        );
      seen.set(a.laNumber, a.name);
    }
  }

  // Regions (DfE care leavers file, by ONS code then LA number; FORMER table last) and types.
  for (const a of authorities.values()) {
    a.region =
      regions.byCode.get(a.onsCode) ??
      (a.laNumber !== null ? regions.byLa.get(a.laNumber) : undefined) ??
      FORMER[a.slug]?.region ??
      null;
    if (!a.region)
      problems.add(
        `${a.where}: no region for "${a.name}" (${a.onsCode}) in ${basename(inputs.careLeavers)} (new_la_code / region_name) nor in the FORMER table`,
      );
    if (a.current) a.type = TYPE_OVERRIDE[a.slug] ?? type2023.get(a.slug) ?? DEFAULT_NEW_COUNCIL_TYPE;
    else if (!a.type) a.type = 'Unknown';
  }

  // Successors and predecessors.
  const successors = new Map<string, string[]>();
  const predecessors = new Map<string, string[]>();
  for (const a of authorities.values()) {
    if (a.current) continue;
    const succ = FORMER[a.slug]?.successors ?? [];
    if (!succ.length)
      problems.add(
        `${a.where}: former council "${a.name}" (${a.slug}) has no successors in the FORMER table of scripts/import-ofsted.ts`,
      );
    for (const s of succ) {
      if (!authorities.get(s)?.current)
        problems.add(`FORMER table: successor "${s}" of "${a.slug}" is not a current council slug`);
      predecessors.set(s, [...(predecessors.get(s) ?? []), a.slug]);
    }
    successors.set(a.slug, succ);
  }
  const slugByLa = new Map<number, string>();
  for (const a of authorities.values())
    if (a.laNumber !== null && a.current) slugByLa.set(a.laNumber, a.slug);
  for (const a of authorities.values())
    if (a.laNumber !== null && !slugByLa.has(a.laNumber)) slugByLa.set(a.laNumber, a.slug);

  const urlOf = (slug: string): string => {
    const la = authorities.get(slug)?.laNumber;
    return la ? OFSTED_URL(la) : FALLBACK_RELEASE_URL;
  };

  // ---- ILACS inspection history (the authority on ILACS) -----------------------------------
  const officialIlacs = new Map<string, Rec>(); // `${slug}|${published}` and `${slug}|start:${start}`
  const noteOfficial = (r: Rec) => {
    if (r.published) officialIlacs.set(`${r.authority}|${r.published}`, r);
    if (r.start) officialIlacs.set(`${r.authority}|start:${r.start}`, r);
  };
  for (const { row, authority } of historyRows) {
    read++;
    const start = history.date(row, h.start);
    const published = history.date(row, h.published);
    const typeText = history.text(row, h.type);
    const framework = ilacsFramework(typeText);
    if (!framework)
      problems.cell(
        f2025,
        history.table.sheet,
        row.row,
        h.type,
        history.header(h.type),
        typeText,
        'expected "ILACS Standard Inspection" or "ILACS Short Inspection"',
      );
    const overall = history.grade(row, h.overall);
    const judgements = ilacsJudgements(start ?? published, {
      leaders: history.grade(row, h.leaders),
      help: history.grade(row, h.help),
      inCare: history.grade(row, h.inCare),
      careLeavers: history.grade(row, h.careLeavers),
    });
    if (!authority || !framework) continue;
    const r: Rec = {
      authority: authority.slug,
      framework,
      start,
      end: null,
      published,
      overall,
      scale: 'ri-scale',
      judgements,
      theme: null,
      reportUrl: urlOf(authority.slug),
      source: SRC_2025,
      note: null,
      where: history.where(row),
    };
    records.push(r);
    noteOfficial(r);
  }

  // ---- In-year inspections and visits ---------------------------------------------------------
  const inYear = new TableReader(f2025, inYearT as SheetTable, problems);
  {
    const c = {
      code: inYear.col(true, 'Local authority area code'),
      name: inYear.col(true, 'Local authority name'),
      date: inYear.col(true, 'Inspection/Visit date'),
      published: inYear.col(true, 'Publication date'),
      type: inYear.col(true, 'Inspection/Visit type'),
      overall: inYear.col(true, 'Overall effectiveness'),
      leaders: inYear.col(true, 'The impact of leaders on social work practice with children and families'),
      help: inYear.col(true, 'The experiences and progress of children who need help and protection'),
      inCare: inYear.col(true, 'The experiences and progress of children in care'),
      careLeavers: inYear.col(true, 'The experiences and progress of care leavers'),
      theme: inYear.col(true, 'Visit Theme'),
    };
    for (const row of inYear.table.rows) {
      read++;
      const code = inYear.text(row, c.code);
      const slug = currentByOns.get(code);
      if (!slug)
        problems.cell(
          f2025,
          inYear.table.sheet,
          row.row,
          c.code,
          inYear.header(c.code),
          code,
          `expected the ONS code of a current council (council "${inYear.text(row, c.name)}")`,
        );
      const start = inYear.date(row, c.date);
      const published = inYear.date(row, c.published);
      const typeText = inYear.text(row, c.type);
      const visit: Framework | null = /focused visit/i.test(typeText)
        ? 'focused-visit'
        : /monitoring visit/i.test(typeText)
          ? 'monitoring-visit'
          : null;
      const framework = visit ?? ilacsFramework(typeText);
      if (!framework)
        problems.cell(
          f2025,
          inYear.table.sheet,
          row.row,
          c.type,
          inYear.header(c.type),
          typeText,
          'expected an ILACS Standard or Short Inspection, an ILACS Focused Visit or an LA Monitoring visit',
        );
      const overall = inYear.grade(row, c.overall);
      const judgements = ilacsJudgements(start ?? published, {
        leaders: inYear.grade(row, c.leaders),
        help: inYear.grade(row, c.help),
        inCare: inYear.grade(row, c.inCare),
        careLeavers: inYear.grade(row, c.careLeavers),
      });
      if (!slug || !framework) continue;
      if (!visit) {
        const dup = officialIlacs.get(`${slug}|${published}`);
        if (dup) {
          skipped.push({
            where: inYear.where(row),
            reason: 'in-year inspection, duplicates the ILACS inspection history 2025',
          });
          continue;
        }
      }
      const theme = inYear.text(row, c.theme) || null;
      const r: Rec = {
        authority: slug,
        framework,
        start,
        end: null,
        published,
        overall,
        scale: visit ? 'ungraded' : 'ri-scale',
        judgements,
        theme,
        reportUrl: urlOf(slug),
        source: SRC_2025,
        note: visit ? null : 'In the in-year inspections sheet but not in the ILACS inspection history',
        where: inYear.where(row),
      };
      if (visit && (overall || Object.keys(judgements).length))
        problems.add(`${inYear.where(row)}: a ${typeText} with grades; expected visits to be ungraded`);
      records.push(r);
      if (!visit) noteOfficial(r);
    }
  }

  // ---- Latest judgements as at 31 March: already in the history, or written ---------------------
  {
    const c = {
      code: latest.col(true, 'Local authority area code'),
      start: latest.col(true, 'Inspection date'),
      published: latest.col(true, 'Publication date'),
      overall: latest.col(true, 'Overall effectiveness'),
      leaders: latest.col(true, 'The impact of leaders on social work practice with children and families'),
      help: latest.col(true, 'The experiences and progress of children who need help and protection'),
      inCare: latest.col(true, 'The experiences and progress of children in care'),
      careLeavers: latest.col(true, 'The experiences and progress of care leavers'),
    };
    for (const row of latest.table.rows) {
      read++;
      const slug = currentByOns.get(latest.text(row, c.code));
      const start = latest.date(row, c.start);
      const published = latest.date(row, c.published);
      const overall = latest.grade(row, c.overall);
      const judgements = ilacsJudgements(start ?? published, {
        leaders: latest.grade(row, c.leaders),
        help: latest.grade(row, c.help),
        inCare: latest.grade(row, c.inCare),
        careLeavers: latest.grade(row, c.careLeavers),
      });
      if (!slug) continue;
      if (officialIlacs.has(`${slug}|${published}`)) {
        skipped.push({
          where: latest.where(row),
          reason: 'latest judgement, already in ILACS inspection history',
        });
        continue;
      }
      const r: Rec = {
        authority: slug,
        framework: 'ilacs-standard',
        start,
        end: null,
        published,
        overall,
        scale: 'ri-scale',
        judgements,
        theme: null,
        reportUrl: urlOf(slug),
        source: SRC_2025,
        where: latest.where(row),
        note: 'Latest judgement as at 31 March, not in the ILACS inspection history; the sheet does not say whether it was a standard or short inspection',
      };
      records.push(r);
      noteOfficial(r);
    }
  }

  // ---- 2023 wide rows: one block per framework ----------------------------------------------------
  type Field = readonly [JudgementColumn | 'overall', readonly string[]];
  interface Block {
    label: string;
    framework: Framework | 'ilacs';
    scale: GradeScale;
    date: readonly string[];
    type?: readonly string[];
    fields: readonly Field[];
  }
  const sif = (p: string): Field[] => [
    ['overall', [`${p} Overall Judgement (OE)`]],
    ['help_and_protection', [`${p} children who need help and protection`]],
    ['looked_after_and_permanence', [`${p} children looked after and achieving permanence`]],
    ['adoption', [`${p} CLA Sub: Adoption Performance`]],
    ['care_leavers', [`${p} CLA Sub: Experiences and progress of care leavers`]],
    ['leadership', [`${p} leadership, management and governance`]],
  ];
  const BLOCKS: readonly Block[] = [
    {
      label: FRAMEWORK.slac.short,
      framework: 'slac',
      scale: 'adequate-scale',
      date: ['Safeguarding & Looked After Children (SLAC) Inspection publication date'],
      fields: [
        ['safeguarding', ['SLAC Safeguarding Overall effectiveness (OE)']],
        ['looked_after_children', ['SLAC Looked After Children Overall Effectiveness (OE)']],
      ],
    },
    {
      label: 'SLAC re-inspection of safeguarding',
      framework: 'slac-reinspection',
      scale: 'adequate-scale',
      date: ['SLAC re-inspection of Safeguarding publication date'],
      fields: [['safeguarding', ['SLAC re-inspection Safeguarding OE']]],
    },
    {
      label: 'SLAC re-inspection of looked after children',
      framework: 'slac-reinspection',
      scale: 'adequate-scale',
      date: ['SLAC re-inspection of services for Children Looked After publication date'],
      fields: [['looked_after_children', ['SLAC re-inspection of services Children Looked After OE']]],
    },
    {
      label: FRAMEWORK.cpi.short,
      framework: 'cpi',
      scale: 'adequate-scale',
      date: ['Child Protection Inspections (CPI) publication date'],
      fields: [['overall', ['CPI Overall Effectiveness (OE)']]],
    },
    {
      label: FRAMEWORK.cpri.short,
      framework: 'cpri',
      scale: 'adequate-scale',
      date: ['Child Protection Re-Inspection (CPRI) publication date'],
      fields: [['overall', ['CPRI Overall Effectiveness (OE)']]],
    },
    {
      label: FRAMEWORK.tlac.short,
      framework: 'tlac',
      scale: 'adequate-scale',
      date: ['Targeted Looked After Children (TLAC) inspection publication date'],
      fields: [['overall', ['TLAC Overall Effectiveness (OE)']]],
    },
    {
      label: FRAMEWORK.sif.short,
      framework: 'sif',
      scale: 'ri-scale',
      date: ["Single Inspection of LA Children's Services (SIF) First SIF publication date"],
      fields: [...sif('First SIF'), ['lscb', ['LSCB Overall Effectiveness']]],
    },
    {
      label: FRAMEWORK['sif-reinspection'].short,
      framework: 'sif-reinspection',
      scale: 'ri-scale',
      date: ["Single Inspection of LA Children's Services (SIF) SIF Re-inspection publication date"],
      fields: sif('SIF Re-inspection'),
    },
    {
      label: 'first ILACS',
      framework: 'ilacs',
      scale: 'ri-scale',
      date: ['First ILACS framework publication date', 'ILACS framework publication date'],
      type: ['First ILACS framework inspection type', 'ILACS framework inspection type'],
      fields: [
        ['overall', ['First ILACS framework overall effectiveness', 'ILACS framework overall effectiveness']],
        ['leadership', ['First ILACS framework impact of leaders', 'ILACS framework impact of leaders']],
        [
          'help_and_protection',
          [
            'First ILACS framework experiences and progress of children who need help and protection',
            'ILACS framework experiences and progress of children who need help and protection',
          ],
        ],
        [
          'children_in_care',
          [
            'First ILACS framework experiences and progress of children in care and care leavers',
            'ILACS framework experiences and progress of children in care and care leavers',
          ],
        ],
      ],
    },
    {
      label: 'second ILACS',
      framework: 'ilacs',
      scale: 'ri-scale',
      date: ['Second ILACS framework publication date'],
      type: ['Second ILACS framework inspection type'],
      fields: [
        ['overall', ['Second ILACS framework overall effectiveness']],
        ['leadership', ['Second ILACS framework impact of leaders']],
        [
          'help_and_protection',
          ['Second ILACS framework experiences and progress of children who need help and protection'],
        ],
        ['children_in_care', ['Second ILACS framework experiences and progress of children in care']],
        ['care_leavers', ['Second ILACS framework experiences and progress of care leavers']],
      ],
    },
  ];
  const written2023Ilacs: Rec[] = [];
  readers2023.forEach((r, ti) => {
    const cName = r.col(true, 'Local authority name');
    // The second ILACS block is absent from the former councils' table; every other block is required.
    const cols = BLOCKS.map((b) => {
      const required = !(ti > 0 && b.label === 'second ILACS');
      const date = r.col(required, ...b.date);
      return {
        block: b,
        date,
        type: b.type ? r.col(required && date >= 0, ...b.type) : -1,
        fields: b.fields.map(([k, names]) => [k, date >= 0 ? r.col(required, ...names) : -1] as const),
      };
    });
    for (const row of r.table.rows) {
      const name = r.text(row, cName);
      const key = NAME_ALIASES_2023[slugify(name)] ?? slugify(name);
      const a = ti === 0 && authorities.get(key)?.current ? authorities.get(key) : formerByKey.get(key);
      let blocks = 0;
      const rowRecs: Rec[] = [];
      for (const { block, date: cDate, type: cType, fields } of cols) {
        if (cDate < 0) continue;
        const present = [cDate, cType, ...fields.map(([, c]) => c)].some(
          (c) => c >= 0 && r.text(row, c) !== '',
        );
        if (!present) continue;
        blocks++;
        read++;
        const where = r.where(row, block.label);
        const published = r.date(row, cDate);
        if (!published && r.text(row, cDate) === '')
          problems.cell(
            f2023,
            r.table.sheet,
            row.row,
            cDate,
            r.header(cDate),
            r.text(row, cDate),
            `expected a publication date for the ${block.label} grades in this row`,
          );
        let overall: Grade | null = null;
        const judgements: Partial<Record<JudgementColumn, Grade>> = {};
        const dashes: string[] = [];
        for (const [k, c] of fields) {
          const g = r.grade(row, c);
          if (r.text(row, c) === '-') dashes.push(k.replace(/_/g, ' '));
          if (!g) continue;
          if (k === 'overall') overall = g;
          else judgements[k] = g;
        }
        let framework: Framework | null = block.framework === 'ilacs' ? null : block.framework;
        let finalJ = judgements;
        if (block.framework === 'ilacs') {
          const typeText = r.text(row, cType);
          framework = ilacsFramework(typeText);
          if (!framework)
            problems.cell(
              f2023,
              r.table.sheet,
              row.row,
              cType,
              r.header(cType),
              typeText,
              'expected "ILACS Standard Inspection" or "ILACS Short Inspection"',
            );
          finalJ = ilacsJudgements(published, {
            leaders: judgements.leadership ?? null,
            help: judgements.help_and_protection ?? null,
            inCare: judgements.children_in_care ?? null,
            careLeavers: judgements.care_leavers ?? null,
          });
        }
        if (!a || !framework || !published) continue;
        const graded = overall !== null || Object.keys(finalJ).length > 0;
        const notes: string[] = [];
        if (dashes.length) notes.push(`Ofsted's data shows "-" (no judgement) for: ${dashes.join(', ')}`);
        if (!graded) notes.push('No grade given in the source');
        const rec: Rec = {
          authority: a.slug,
          framework,
          start: null,
          end: null,
          published,
          overall,
          scale: graded ? block.scale : 'ungraded',
          judgements: finalJ,
          theme: null,
          reportUrl: urlOf(a.slug),
          source: SRC_2023,
          note: notes.length ? notes.join('. ') : null,
          where,
        };
        if (block.framework === 'ilacs') {
          if (officialIlacs.has(`${a.slug}|${published}`)) {
            skipped.push({ where, reason: 'covered by ILACS inspection history 2025' });
            continue;
          }
          // The same inspection with a different publication date (the 2023 sheet has Nottingham's
          // 5 Sep 2022 report as 05/11/2022): same council, type and grades, within 90 days.
          const near = records.find(
            (x) =>
              x.source === SRC_2025 &&
              x.authority === a.slug &&
              x.framework === framework &&
              x.published !== null &&
              Math.abs(Date.parse(x.published) - Date.parse(published)) <= 90 * 86_400_000 &&
              x.overall === overall &&
              JSON.stringify(Object.entries(x.judgements).sort()) ===
                JSON.stringify(Object.entries(finalJ).sort()),
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
          block.framework === 'slac-reinspection'
            ? rowRecs.find((x) => x.framework === 'slac-reinspection' && x.published === published)
            : undefined;
        if (twin) {
          Object.assign(twin.judgements, finalJ);
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
      if (blocks === 0) {
        read++;
        skipped.push({
          where: r.where(row),
          reason: 'no inspection before ILACS in the 2023 sheet (council row without dates)',
        });
      }
      if (!a) problems.add(`${r.where(row)}: council "${name}" matches no current or former council`);
    }
  });
  for (const rec of written2023Ilacs) noteOfficial(rec);

  // ---- Community scrape: only inspections no official row covers ----------------------------------
  const communityRows = readCommunity(inputs.community);
  const communityTable: SheetTable = {
    sheet: '',
    headerRow: 1,
    title: null,
    headers: (communityRows[0] ?? []).map((x) => x.trim()),
    rows: communityRows
      .slice(1)
      .map((cells, i) => ({
        row: i + 2,
        cells: cells.map((t) => ({ text: t, type: 'string', value: null, href: null })),
      }))
      .filter((r) => r.cells.some((c) => c.text.trim() !== '')),
  };
  const comm = new TableReader(fComm, communityTable, problems);
  {
    const c = {
      la: comm.col(true, 'la_code'),
      link: comm.col(true, 'inspection_link'),
      overall: comm.col(true, 'overall_effectiveness_grade'),
      framework: comm.col(true, 'inspection_framework'),
      start: comm.col(true, 'inspection_start_date'),
      end: comm.col(true, 'inspection_end_date'),
      published: comm.col(true, 'publication_date'),
      leaders: comm.col(true, 'impact_of_leaders_grade'),
      help: comm.col(true, 'help_and_protection_grade'),
      inCare: comm.col(true, 'in_care_grade'),
      careLeavers: comm.col(true, 'care_leavers_grade'),
    };
    const cellProblem = (row: OdsRow, col: number, expected: string) =>
      problems.cell(fComm, null, row.row, col, comm.header(col), comm.text(row, col), expected);
    const dateOf = (row: OdsRow, col: number, twoDigitYear: boolean): string | null => {
      const p = parseDate(comm.text(row, col), { twoDigitYear });
      if (p.ok) return p.value;
      cellProblem(row, col, p.expected);
      return null;
    };
    const gradeOf = (row: OdsRow, col: number): Grade | null => {
      const p = parseGrade(comm.text(row, col));
      if (p.ok) return p.value;
      cellProblem(row, col, p.expected);
      return null;
    };
    for (const row of communityTable.rows) {
      read++;
      const where = `${fComm} row ${row.row}`;
      const laText = comm.text(row, c.la);
      const slug = /^\d{3}$/.test(laText) ? slugByLa.get(Number(laText)) : undefined;
      if (!slug) cellProblem(row, c.la, 'expected the old LA number of a council in the Ofsted sheets');
      const start = dateOf(row, c.start, false);
      const end = dateOf(row, c.end, false);
      const published = dateOf(row, c.published, true);
      const overall = gradeOf(row, c.overall);
      const judgements = ilacsJudgements(start ?? published, {
        leaders: gradeOf(row, c.leaders),
        help: gradeOf(row, c.help),
        inCare: gradeOf(row, c.inCare),
        careLeavers: gradeOf(row, c.careLeavers),
      });
      if (!slug) continue;
      if (
        (published && officialIlacs.has(`${slug}|${published}`)) ||
        (start && officialIlacs.has(`${slug}|start:${start}`))
      ) {
        skipped.push({ where, reason: 'community row: an official Ofsted row covers this inspection' });
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
      const fwText = comm.text(row, c.framework).toLowerCase();
      const framework: Framework | null =
        fwText === 'short' ? 'ilacs-short' : fwText === 'standard' ? 'ilacs-standard' : null;
      if (!framework) cellProblem(row, c.framework, 'expected "short" or "standard"');
      const link = comm.text(row, c.link);
      const fileNo = /^https:\/\/files\.ofsted\.gov\.uk\/v1\/file\/(\d+)$/.exec(link)?.[1];
      if (!fileNo)
        cellProblem(row, c.link, 'expected a report link https://files.ofsted.gov.uk/v1/file/<number>');
      if (!framework || !fileNo) continue;
      const a = authorities.get(slug);
      const sourceId = `ofsted-report-${fileNo}`;
      sources.set(sourceId, {
        id: sourceId,
        publisher: 'Ofsted',
        title: `${a?.name ?? slug}: inspection of local authority children's services`,
        url: link,
        date: published,
        licence: LICENCE,
      });
      records.push({
        authority: slug,
        framework,
        start,
        end,
        published,
        overall,
        scale: 'ri-scale',
        judgements,
        theme: null,
        reportUrl: link,
        source: sourceId,
        note: COMMUNITY_NOTE,
        where,
      });
    }
  }

  // ---- Ids, uniqueness, order ------------------------------------------------------------------------
  const idOf = (r: Rec) => `${r.authority}-${r.published ?? r.start ?? 'undated'}-${r.framework}`;
  const byId = new Map<string, Rec>();
  for (const r of records) {
    const id = idOf(r);
    const other = byId.get(id);
    if (other) problems.add(`inspection id "${id}" is not unique: ${other.where} and ${r.where}`);
    else byId.set(id, r);
  }
  problems.throwIfAny();

  const fw = (f: Framework) => FRAMEWORK_ORDER.indexOf(f);
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
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

  const authorityList = [...authorities.values()].sort((a, b) => cmp(a.slug, b.slug));
  const authorityRows: CsvRecord[] = authorityList.map((a) => ({
    slug: a.slug,
    name: a.name,
    ons_code: a.onsCode,
    la_number: a.laNumber,
    region: a.region,
    type: a.type,
    ofsted_url: a.laNumber !== null ? OFSTED_URL(a.laNumber) : null,
    current: a.current,
    successors: (successors.get(a.slug) ?? []).join(' '),
    predecessors: [...(predecessors.get(a.slug) ?? [])].sort().join(' '),
    source: a.source,
  }));

  const cited = new Set([...records.map((r) => r.source), ...authorityList.map((a) => a.source)]);
  if (cited.has(SRC_2025)) sources.set(SRC_2025, source2025);
  if (cited.has(SRC_2023)) sources.set(SRC_2023, source2023);
  const sourceRows = [...sources.values()].sort((a, b) => cmp(String(a['id']), String(b['id'])));

  for (const w of warnings) console.warn(`warning: ${w}`);
  if (read !== inspectionRows.length + skipped.length)
    throw new Error(
      `Ofsted import: internal accounting error: read ${read}, written ${inspectionRows.length}, skipped ${skipped.length}`,
    );

  const outputs: ImportOutput[] = [
    {
      file: 'authorities.csv',
      columns: columnsOf('authorities'),
      key: 'slug',
      rows: authorityRows,
      read: authorityRows.length,
      skipped: [],
    },
    {
      file: 'inspections.csv',
      columns: columnsOf('inspections'),
      key: 'id',
      rows: inspectionRows,
      read,
      skipped,
    },
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
