/**
 * Columns that several datasets of `datasets.ts` share: grades, sources, councils, the columns of
 * an inspection and of an area (England, a region or the councils a row covers).
 */
import {
  FRAMEWORK,
  FRAMEWORK_CODES,
  GRADES,
  JUDGEMENT,
  REGIONS,
  SCALES,
  SUB_JUDGEMENTS,
  SCALE_MEANING,
  type Grade,
  type JudgementColumn,
} from './vocabulary';
import { col, optionalColumn, type Column, type Columns } from './columns';

// ---- Columns shared by several files -------------------------------------------------------------

const gradeColumn = (description: string): Column<Grade | null> =>
  optionalColumn(col.oneOf(GRADES, description));

export const sourceColumn = (dataset: 'sources' | 'curatedSources'): Column<string> =>
  col.slug('The publication the row comes from', {
    references: { dataset, published: true },
  });

export const authorityColumn = (description: string): Column<string> =>
  col.slug(description, { references: { dataset: 'authorities', published: true } });

/**
 * A column's reference to another dataset's key that datapackage.json does not publish as a
 * foreign key (why not: `Reference.published` in columns.ts).
 */
export const unpublishedReference = (dataset: NonNullable<Column['references']>['dataset']) => ({
  references: { dataset, published: false },
});

export const SOURCE_COLUMNS = {
  id: col.slug('Stable id'),
  publisher: col.text('Publisher'),
  title: col.text('Title of the document or dataset'),
  url: col.url('Where to find it'),
  date: col.date('Publication date'),
  licence: col.text('Licence, e.g. OGL-UK-3.0'),
} satisfies Columns;

/** The sub-judgement columns of inspections, in file order, typed by their names. */
type JudgementColumns = Record<JudgementColumn, Column<Grade | null>>;
const judgementColumns = Object.fromEntries(
  SUB_JUDGEMENTS.map((k) => [JUDGEMENT[k].column, gradeColumn(JUDGEMENT[k].description)]),
) as JudgementColumns;

export const inspectionColumns = (source: 'sources' | 'curatedSources') =>
  ({
    id: col.slug('<council>-<date>-<framework>; the date is the publication date, else the start date'),
    authority: authorityColumn('The council'),
    framework: col.oneOf(FRAMEWORK_CODES, 'Inspection framework or type of visit', (f) => FRAMEWORK[f].name),
    start_date: optionalColumn(col.date('First day of the inspection or visit, where given')),
    end_date: optionalColumn(col.date('Last day of the inspection or visit, where given')),
    published: optionalColumn(col.date('Publication date of the report')),
    overall: gradeColumn(JUDGEMENT.overall.description),
    scale: col.oneOf(SCALES, 'The grade scale in force when the grades were given', (s) => SCALE_MEANING[s]),
    ...judgementColumns,
    theme: optionalColumn(col.text('Theme of a focused or monitoring visit')),
    report_url: col.url('The report, or the council’s page on Ofsted’s reports site'),
    source: sourceColumn(source),
    note: optionalColumn(col.text('Anything a reader should know about the row')),
  }) satisfies Columns;

// ---- Areas: England, a region or the councils a row covers ---------------------------------------

const LEVELS = ['national', 'regional', 'authority'] as const;

/** The columns that place a row of the adoption and workforce files (see data/README.md, Areas). */
export const areaColumns = {
  level: col.oneOf(LEVELS, 'Level of the area'),
  la_code: optionalColumn(
    col.text(
      'The publisher’s code for the area: old LA number, or as it writes a joint return (213B, 940 / 941)',
    ),
  ),
  area_name: col.text('Area name as published'),
  region: optionalColumn(col.oneOf(REGIONS, 'Region, on regional rows')),
  authorities: col.slugList(
    'The councils the row’s figures cover, on council rows (two for a joint return)',
    unpublishedReference('authorities'),
  ),
} satisfies Columns;

/** The columns that end each of those files: what a reader should know about the area, and the source. */
export const areaEndColumns = {
  note: optionalColumn(col.text('What a reader should know about the area')),
  source: sourceColumn('sources'),
} satisfies Columns;
