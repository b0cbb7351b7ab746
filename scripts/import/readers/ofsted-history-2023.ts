/**
 * Reader for Ofsted's "Children's social care data in England 2023", underlying data
 * (Childrens_social_care_in_England_2023_underlying_data.ods), sheet `LA_inspections_2009-2023`:
 * one wide row per council, a block of columns per framework (SLAC, its two re-inspections, CPI,
 * CPRI, TLAC, SIF, SIF re-inspection, first and second ILACS). Two tables, each below title rows
 * with a header row starting "Web link" (checked against `../headers.ts`): the current councils,
 * then "Table 11", councils that no longer exist (no second ILACS block).
 *
 * Every block that holds anything is read here (date, grades, ILACS type); which blocks become
 * inspections is decided in `../reconcile/`.
 */
import { FRAMEWORK, type Framework, type Grade, type GradeScale } from '../../../src/data/vocabulary';
import type { JudgementColumn } from '../columns';
import { INPUT_HEADERS } from '../headers';
import { ILACS_TYPE_EXPECTED, ilacsFramework, ilacsJudgements } from '../lib/ilacs';
import type { SheetProblems } from '../lib/problems';
import { findTables, firstCellIs } from '../lib/sheet-tables';
import { TableReader, checkTableHeader, sheetByName, type CoverInfo } from '../lib/table-reader';
import { openOfstedWorkbook } from './ofsted-workbook';

type Field = readonly [JudgementColumn | 'overall', readonly string[]];

/** A framework's block of columns; `ilacs` blocks take their framework from the type column. */
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

/** The block of a framework with one overall grade on the adequate scale (CPI, CPRI, TLAC). */
const overallOnly = (framework: 'cpi' | 'cpri' | 'tlac', date: string, overall: string): Block => ({
  label: FRAMEWORK[framework].short,
  framework,
  scale: 'adequate-scale',
  date: [date],
  fields: [['overall', [overall]]],
});

const SECOND_ILACS = 'second ILACS';

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
  overallOnly('cpi', 'Child Protection Inspections (CPI) publication date', 'CPI Overall Effectiveness (OE)'),
  overallOnly(
    'cpri',
    'Child Protection Re-Inspection (CPRI) publication date',
    'CPRI Overall Effectiveness (OE)',
  ),
  overallOnly(
    'tlac',
    'Targeted Looked After Children (TLAC) inspection publication date',
    'TLAC Overall Effectiveness (OE)',
  ),
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
    label: SECOND_ILACS,
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

/** One framework block of a row that holds anything. */
interface BlockRead {
  label: string;
  /** The block's framework (ILACS: from its type cell; null when that is not understood). */
  framework: Framework | null;
  isIlacs: boolean;
  scale: GradeScale;
  where: string;
  published: string | null;
  overall: Grade | null;
  judgements: Partial<Record<JudgementColumn, Grade>>;
  /** Judgements shown as "-" (no judgement), as readable names. */
  dashes: string[];
}

interface Row2023 {
  where: string;
  name: string;
  type: string | null;
  blocks: BlockRead[];
}

export interface History2023 {
  file: string;
  cover: CoverInfo;
  sheet: string;
  /** The current councils' table first, then the former councils'. */
  tables: Row2023[][];
}

function readTable(r: TableReader, ti: number): Row2023[] {
  const cName = r.col(true, 'Local authority name');
  const cType = r.col(true, 'LA Authority Type');
  // The second ILACS block is absent from the former councils' table; every other block is required.
  const cols = BLOCKS.map((b) => {
    const required = !(ti > 0 && b.label === SECOND_ILACS);
    const date = r.col(required, ...b.date);
    return {
      block: b,
      date,
      type: b.type ? r.col(required && date >= 0, ...b.type) : -1,
      fields: b.fields.map(([k, names]) => [k, date >= 0 ? r.col(required, ...names) : -1] as const),
    };
  });
  return r.table.rows.map((row) => {
    const blocks: BlockRead[] = [];
    for (const { block, date: cDate, type: cType, fields } of cols) {
      if (cDate < 0) continue;
      const present = [cDate, cType, ...fields.map(([, c]) => c)].some(
        (c) => c >= 0 && r.text(row, c) !== '',
      );
      if (!present) continue;
      const published = r.date(row, cDate);
      if (!published && r.text(row, cDate) === '')
        r.problem(row, cDate, `expected a publication date for the ${block.label} grades in this row`);
      let overall: Grade | null = null;
      let judgements: Partial<Record<JudgementColumn, Grade>> = {};
      const dashes: string[] = [];
      for (const [k, c] of fields) {
        const g = r.grade(row, c);
        if (r.text(row, c) === '-') dashes.push(k.replace(/_/g, ' '));
        if (!g) continue;
        if (k === 'overall') overall = g;
        else judgements[k] = g;
      }
      let framework: Framework | null = block.framework === 'ilacs' ? null : block.framework;
      if (block.framework === 'ilacs') {
        framework = ilacsFramework(r.text(row, cType));
        if (!framework) r.problem(row, cType, ILACS_TYPE_EXPECTED);
        judgements = ilacsJudgements(published, {
          leaders: judgements.leadership ?? null,
          help: judgements.help_and_protection ?? null,
          inCare: judgements.children_in_care ?? null,
          careLeavers: judgements.care_leavers ?? null,
        });
      }
      blocks.push({
        label: block.label,
        framework,
        isIlacs: block.framework === 'ilacs',
        scale: block.scale,
        where: r.where(row, block.label),
        published,
        overall,
        judgements,
        dashes,
      });
    }
    return { where: r.where(row), name: r.text(row, cName), type: r.text(row, cType) || null, blocks };
  });
}

/** Read the file; null when it cannot be read (the problems say why). */
export function readHistory2023(path: string, problems: SheetProblems): History2023 | null {
  const workbook = openOfstedWorkbook(path, problems);
  if (!workbook) return null;
  const { file, sheets, cover } = workbook;
  const sheet = sheetByName(sheets, file, problems, /^LA_inspections_/);
  if (!sheet) return null;
  const found = findTables(sheet, firstCellIs('Web link'));
  if (found.length === 0) {
    problems.add(`${file}, sheet "${sheet.name}": no table with a "Web link" header row`);
    return null;
  }
  const checked = found.map((t) => checkTableHeader(file, t, INPUT_HEADERS.history2023, problems));
  if (checked.some((layout) => layout === null)) return null;
  const tables = found.map((t, ti) => readTable(new TableReader(file, t, problems), ti));
  return { file, cover, sheet: sheet.name, tables };
}
