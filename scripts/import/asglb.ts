/**
 * The Adoption and Special Guardianship Leadership Board's agency-level workbook
 * (`Local-Level-ASG-Agency-Level-Data-Q4-<year>.xlsx`, sheet "Adoption LAs"), read as shipped, to
 * `data/adoption-asglb.csv`: one row per area (England, the nine regions, every council row) for
 * the year the Quarter 4 workbook covers.
 *
 * Columns are found by their header text (headers span several rows: group, measure, sub-group,
 * period), never by position: the year's counts (column "Q1-Q4 yyyy/yy") of best-interest (ADM)
 * decisions, placement orders, matches, placements and adoptions, and the child timeliness
 * measures A10 (days from entering care to moving in with the adoptive family) and A2 (days from
 * court authority to a match), unrounded as published.
 *
 * The publisher's rule (Notes sheet) is that times based on 10 or fewer children are not
 * published, yet the workbook shows some. We follow the rule: A10 and A2 are kept only where the
 * year's count of adopted children is published and above 10; otherwise they are written as
 * `too-few`, never the number. The workbook's own symbols stay as published: `c` suppressed,
 * `..` not returned, `.` not applicable.
 *
 * Rows "(see Bi-Borough)" and "(see Cornwall)" are skipped: their figures are in the joint row,
 * which names every council it covers (see AREA_CODES in area-codes.ts). Inner and Outer London
 * are skipped (London is one region here). Every row below the headers is written or skipped with
 * a reason; a bad value stops the import with the file, sheet, row and column, all at once.
 */
import { readFileSync } from 'node:fs';
import { DATASETS } from './columns';
import { basename } from 'node:path';
// The workbook's symbols (Notes sheet: c suppressed, .. not returned, . not applicable) and our
// `too-few`, written instead of A10 or A2 where the publisher's rule withholds them.
import { ASGLB_MIN_ADOPTIONS, ASGLB_SYMBOLS, TOO_FEW } from '../../src/data/datasets';
import type { CsvRecord } from './lib/csv-out';
import { readXlsxSheet, workbookDate } from './lib/xlsx';
import { columnLetter } from './lib/problems';
import type { ImportOutput, Skip } from './lib/report';
import { matchRegion, SUB_REGION_REASON, type AreaIndex } from './area-codes';
import { cmp, expectedValue, LEVEL_ORDER, publishedValue, type Level, type ProblemList } from './row-checks';
import { Area, finishImport, type SourcedOutput } from './csv-import';

const SHEET = 'Adoption LAs';

const COUNTS = {
  decisions: 'Number of ADM decisions',
  placement_orders: 'Number of placement orders granted',
  matches: 'Number of children matched with adoptive families',
  placements: 'Number of children placed with adoptive families',
  adoptions: 'Number of children adopted',
} as const;
const TIMES = {
  a10_days: '(scorecard indicator A10)',
  a2_days: '(scorecard indicator A2)',
} as const;
type Field = keyof typeof COUNTS | keyof typeof TIMES;

/**
 * Where each year's workbook is published. The ASGLB's data are published by Coram for the
 * Board; the 2022/23 copy imported is the DfE's, in its CSC outcomes and enablers repository.
 * A workbook for another year stops the import until its address is added.
 */
const ASGLB_URLS: Readonly<Record<string, string>> = {
  '2022-23':
    'https://github.com/dfe-analytical-services/CSC_outcomes_and_enablers/blob/f8f0d9740a37dda56a9d70de7d5753186908af4b/data/Local-Level-ASG-Agency-Level-Data-Q4-2022-2023.xlsx',
};

/**
 * The source of a workbook: its year from the sheet's title, its date from the workbook's own
 * properties (the date it was last saved: the file prints no publication date).
 */
function asglbSource(period: string, date: string, url: string) {
  const [y1, y2] = period.split('-');
  return {
    id: `asglb-${period}-q4`,
    publisher: 'Adoption and Special Guardianship Leadership Board',
    title: `Adoption and Special Guardianship Data Collection: agency-level data, Quarter 4 ${y1}/${y2}`,
    url,
    date,
    licence: 'No licence stated (cited and attributed)',
  };
}

const norm = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export interface AsglbOptions {
  /** Where the workbook is published; default from ASGLB_URLS by its year. */
  url?: string;
}

export function importAsglbBytes(
  path: string,
  bytes: Uint8Array,
  index: AreaIndex,
  problems: ProblemList,
  options: AsglbOptions = {},
): SourcedOutput {
  const file = basename(path);
  const where = `${path}[${SHEET}]`;
  const skipped: Skip[] = [];
  const output: ImportOutput = {
    ...DATASETS.adoptionAsglb,
    rows: [],
    read: 0,
    skipped,
  };
  let sheet: string[][];
  try {
    sheet = readXlsxSheet(bytes, SHEET);
  } catch (e) {
    problems.add(
      path,
      1,
      1,
      `cannot read the workbook: ${(e as Error).message.replace(/^xlsx: /, '')}`,
      file,
      `an .xlsx workbook with a sheet "${SHEET}"`,
    );
    return { output, source: null };
  }
  const cell = (r: number, c: number) => sheet[r]?.[c] ?? '';

  // The title ("Quarter 4 2022/23 - Adoption Data") gives the quarter and year.
  let period: string | null = null;
  const titleRow = sheet.findIndex(
    (row, i) => i < 10 && row.some((x) => /^Quarter \d \d{4}\/\d{2}/.test(norm(x))),
  );
  const title = titleRow >= 0 ? (sheet[titleRow]?.map(norm).find((x) => /^Quarter/.test(x)) ?? '') : '';
  const tm = /^Quarter (\d) (\d{4})\/(\d{2})/.exec(title);
  if (!tm)
    problems.add(
      where,
      1,
      1,
      'no title "Quarter 4 yyyy/yy - Adoption Data" in the first rows',
      '',
      'the ASGLB sheet title',
    );
  else if (tm[1] !== '4')
    problems.add(
      where,
      titleRow + 1,
      1,
      `a Quarter ${tm[1]} workbook covers part of a year`,
      title,
      'a Quarter 4 workbook (the whole year, April to March)',
    );
  else period = `${tm[2]}-${tm[3]}`;

  // Header rows: the period row holds "Q1-Q4 yyyy/yy"; measures are above it, carried right over merged cells.
  const periodRow = sheet.findIndex((row) => row.some((x) => /^Q1-Q4 \d{4}\/\d{2}$/.test(norm(x))));
  if (periodRow < 0) {
    problems.add(
      where,
      1,
      1,
      'no header "Q1-Q4 yyyy/yy" (the year’s totals)',
      '',
      'the ASGLB header rows (group, measure, sub-group, period)',
    );
    return { output, source: null };
  }
  const width = Math.max(...sheet.slice(0, periodRow + 1).map((r) => r.length));
  const measureOf: string[] = [];
  for (let c = 0; c < width; c++) {
    // The nearest measure text at or left of c in the rows above the period row.
    let text = '';
    for (let r = periodRow - 1; r >= 0 && !text; r--) {
      for (let cc = c; cc >= 0; cc--) {
        const t = norm(cell(r, cc));
        if (t) {
          if (/^Number of|^Average|^Percentage/.test(t)) text = t;
          break;
        }
      }
    }
    measureOf.push(text);
  }
  const yearLabel = period ? `Q1-Q4 ${period.replace('-', '/')}` : null;
  const columns = {} as Record<Field, number>;
  const wanted: [Field, (m: string) => boolean][] = [
    ...Object.entries(COUNTS).map(
      ([f, text]) => [f as Field, (m: string) => m === text] as [Field, (m: string) => boolean],
    ),
    ...Object.entries(TIMES).map(
      ([f, text]) => [f as Field, (m: string) => m.includes(text)] as [Field, (m: string) => boolean],
    ),
  ];
  for (const [field, test] of wanted) {
    const found: number[] = [];
    for (let c = 0; c < width; c++)
      if (test(measureOf[c] ?? '') && /^Q1-Q4 \d{4}\/\d{2}$/.test(norm(cell(periodRow, c)))) found.push(c);
    const label =
      field in COUNTS
        ? `"${COUNTS[field as keyof typeof COUNTS]}"`
        : `the measure ending "${TIMES[field as keyof typeof TIMES]}"`;
    if (found.length !== 1) {
      problems.add(
        where,
        periodRow + 1,
        1,
        found.length ? `${found.length} columns for ${label}, Q1-Q4` : `no column for ${label}, Q1-Q4`,
        found.map(columnLetter).join(', '),
        'exactly one such column in the header rows',
      );
      continue;
    }
    const c = found[0] ?? 0;
    columns[field] = c;
    const p = norm(cell(periodRow, c));
    if (yearLabel && p !== yearLabel)
      problems.add(
        where,
        periodRow + 1,
        c + 1,
        `the column for ${label} is for another year than the title (cell ${columnLetter(c)}${periodRow + 1})`,
        p,
        yearLabel,
      );
  }
  if (Object.keys(columns).length !== wanted.length) return { output, source: null };

  const rows: { level: Level; key: string; row: CsvRecord }[] = [];
  const seen = new Map<string, number>();
  const covered = new Map<string, number>();
  for (let r = periodRow + 1; r < sheet.length; r++) {
    output.read++;
    const line = r + 1;
    const skip = (reason: string) => skipped.push({ where: `${file} [${SHEET}] row ${line}`, reason });
    const code = norm(cell(r, 0));
    const name = norm(cell(r, 1));
    if ((sheet[r] ?? []).every((x) => norm(x) === '')) {
      skip('blank row');
      continue;
    }
    const area = new Area('authority');
    let good = true;
    const seeRow = /\(see ([^)]+)\)$/.exec(name);
    if (seeRow) {
      skip(`counted in another row: see ${seeRow[1] ?? ''}`);
      continue;
    }
    if (code === '') {
      if (/^all local authorities in england$/i.test(name)) area.level = 'national';
      else {
        const m = matchRegion(name);
        if (m && 'subRegion' in m) {
          skip(SUB_REGION_REASON);
          continue;
        }
        if (!m) {
          problems.add(
            where,
            line,
            2,
            `row without an LA code is neither England nor a region (cell B${line})`,
            name,
            'ALL LOCAL AUTHORITIES IN ENGLAND, a region, or an LA code in column A',
          );
          good = false;
        } else {
          area.level = 'regional';
          area.region = m.region;
        }
      }
    } else {
      const m = index.match('asglb', code, name);
      if (!m.ok) {
        problems.add(
          where,
          line,
          m.field === 'name' ? 2 : 1,
          `${m.message} (cell ${m.field === 'name' ? 'B' : 'A'}${line})`,
          m.field === 'name' ? name : code,
          m.expected,
        );
        good = false;
      } else {
        area.authorities = m.authorities;
        area.note = m.note;
        for (const s of area.authorities) {
          const first = covered.get(s);
          if (first !== undefined) {
            problems.add(
              where,
              line,
              1,
              `${s} is covered twice (first on row ${first})`,
              code,
              'one row per council',
            );
            good = false;
          }
          covered.set(s, line);
        }
      }
    }
    const values = {} as Record<Field, string>;
    for (const [field] of wanted) {
      const c = columns[field];
      const raw = norm(cell(r, c));
      const opts =
        field in COUNTS
          ? { symbols: ASGLB_SYMBOLS, integer: true, max: 1_000_000 }
          : { symbols: ASGLB_SYMBOLS, max: 10_000 };
      const v = publishedValue(raw, opts);
      if (v === null) {
        problems.add(
          where,
          line,
          c + 1,
          `${field} is not a published value (cell ${columnLetter(c)}${line})`,
          raw,
          expectedValue(opts),
        );
        good = false;
      } else values[field] = v;
    }
    if (!good) continue;
    // The publisher's rule: no times for 10 or fewer (or an unpublished number of) adopted children.
    const adopted = Number(values.adoptions);
    const enough = /^\d+$/.test(values.adoptions) && adopted > ASGLB_MIN_ADOPTIONS;
    for (const f of Object.keys(TIMES) as (keyof typeof TIMES)[])
      if (!enough && !(ASGLB_SYMBOLS as readonly string[]).includes(values[f])) values[f] = TOO_FEW;
    const key = `${area.level}|${code}|${area.level === 'authority' ? '' : area.region || 'England'}`;
    const dup = seen.get(key);
    if (dup !== undefined) {
      problems.add(
        where,
        line,
        1,
        `second row for ${name} (first on row ${dup})`,
        code || name,
        'one row per area',
      );
      continue;
    }
    seen.set(key, line);
    rows.push({
      level: area.level,
      key: area.level === 'authority' ? code : area.region,
      row: { period, la_code: code, area_name: name, ...area.columns(), ...values },
    });
  }

  let source: CsvRecord | null = null;
  if (period) {
    const date = workbookDate(bytes);
    const url = options.url ?? ASGLB_URLS[period];
    if (!date)
      problems.add(
        path,
        1,
        1,
        'the workbook has no last-saved date (docProps/core.xml dcterms:modified)',
        '',
        'a dated workbook',
      );
    if (!url)
      problems.add(
        path,
        1,
        1,
        `no address known for the ${period} workbook`,
        period,
        'its URL in ASGLB_URLS (scripts/import/asglb.ts)',
      );
    if (date && url) source = asglbSource(period, date, url);
  }
  rows.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || cmp(a.key, b.key));
  return finishImport(output, rows, source, problems);
}

export function importAsglb(path: string, index: AreaIndex, problems: ProblemList, options?: AsglbOptions) {
  return importAsglbBytes(path, new Uint8Array(readFileSync(path)), index, problems, options);
}
