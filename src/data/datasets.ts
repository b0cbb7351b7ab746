/**
 * One schema per dataset: every CSV file in `data/`, its columns in order, their types, units,
 * meanings, allowed values, missing-value symbols, keys, references and origin. Everything else
 * is derived from here: the loader's validation (`schema.ts`, `load.ts`), the typed records
 * (`types.ts`), the importers' column order and cell spelling (`columnsOf`, `serialiseRow` in `dataset-rows.ts`), the
 * data dictionary on /data/ (`dictionary.ts`) and datapackage.json (`datapackage.ts`).
 *
 * Adding a column: add it here, in the place it should appear in the file, and have the importer
 * (or the editor, for a curated file) give it a value.
 */
import { GRADE_ORDER, JUDGEMENT, REGIONS, SUPPRESSION_SYMBOLS } from './vocabulary';

export { type Column, type Columns, type FieldType } from './columns';
import { col, optionalColumn, type Columns } from './columns';
import {
  SOURCE_COLUMNS,
  areaColumns,
  areaEndColumns,
  authorityColumn,
  inspectionColumns,
  sourceColumn,
  unpublishedReference,
} from './shared-columns';

/** The ASGLB workbook's symbols (c suppressed, .. not returned, . not applicable), and ours. */
export const ASGLB_SYMBOLS = ['c', '..', '.'] as const;
/** Written instead of A10 or A2 where the ASGLB's rule withholds them. */
export const TOO_FEW = 'too-few';
/** The ASGLB's rule: A10 and A2 are published only for more than this many adopted children. */
export const ASGLB_MIN_ADOPTIONS = 10;
/** LAIT's symbol: suppressed or not available. */
export const LAIT_SYMBOLS = ['-'] as const;
/** The 2025 model's closeness bands, closest first. */
export const CLOSENESS_BANDS_2025 = [
  'Extremely close',
  'Very close',
  'Close',
  'Somewhat close',
  'Not close',
] as const;

const asglbCount = (description: string) =>
  col.measured('integer', 0, 1_000_000, description, { unit: 'children', symbols: ASGLB_SYMBOLS });
const asglbDays = (description: string) =>
  col.measured('number', 0, 10_000, description, { unit: 'days', symbols: [...ASGLB_SYMBOLS, TOO_FEW] });
const fte = (description: string) =>
  col.measured('number', 0, 10_000_000, description, { unit: 'full-time equivalent' });
const rate = (description: string) => col.measured('number', 0, 100, description, { unit: 'per cent' });

// ---- Datasets ------------------------------------------------------------------------------------

export interface DatasetSchema<C extends Columns = Columns> {
  /** Path under `data/`. */
  file: string;
  /** Name of the download under /data/ on the site. */
  download: string;
  title: string;
  description: string;
  /** Where the rows come from. */
  origin: string;
  /** Written by hand (and optional: a missing curated file is an empty one). */
  curated: boolean;
  /**
   * Datasets with the same `table` share columns and key: keys are unique across them, and a
   * reference to one may point into the other (inspections and curated events; sources and
   * curated sources).
   */
  table: string;
  columns: C;
  /** Columns whose values together identify a row (none: an empty list). */
  primaryKey: readonly string[];
  /** How this table's key reads in a problem (a duplicate, a reference): "council", "source id". */
  noun?: string;
  /** Cells that mean "no value" (kept as published, never zero). */
  missingValues: readonly string[];
}

/** A dataset's schema, with its key checked against its columns. */
const schema = <C extends Columns>(
  s: DatasetSchema<C> & { primaryKey: readonly (keyof C & string)[] },
): DatasetSchema<C> => s;

/** Every dataset, in the order the /data/ page and datapackage.json list them. */
export const DATASETS = {
  authorities: schema({
    file: 'authorities.csv',
    download: 'authorities.csv',
    title: 'Councils',
    description: 'Every council with children’s services responsibilities, current and former.',
    origin: 'Ofsted’s official statistics (names, ONS codes and LA numbers), imported by npm run data:import',
    curated: false,
    table: 'authorities',
    noun: 'council',
    columns: {
      slug: col.slug('Identifier used in page addresses'),
      name: col.text('Council name as Ofsted gives it'),
      ons_code: col.pattern('E[0-9]{8}', 'an ONS code such as E09000014', 'ONS area code'),
      la_number: col.integer(100, 999, 'DfE local authority number (old LA code)'),
      region: col.oneOf(REGIONS, 'ONS region'),
      type: col.text('London Borough, Metropolitan District, Unitary or Shire County'),
      ofsted_url: col.url('The council’s page on Ofsted’s reports site'),
      current: col.yesNo('Whether the council exists today'),
      successors: col.slugList(
        'The councils that replaced it, separated by spaces',
        unpublishedReference('authorities'),
      ),
      predecessors: col.slugList(
        'The councils it replaced, separated by spaces',
        unpublishedReference('authorities'),
      ),
      source: sourceColumn('sources'),
    },
    primaryKey: ['slug'],
    missingValues: [''],
  }),
  inspections: schema({
    file: 'inspections.csv',
    download: 'inspections.csv',
    title: 'Inspections and visits',
    description:
      'One row per Ofsted inspection, re-inspection or visit of a council’s children’s services, from Ofsted’s official statistics and, for inspections published after 31 March 2025, the reports themselves.',
    origin:
      'Ofsted’s official statistics and, for the newest inspections, a community-kept list of the grades in its reports, imported by npm run data:import',
    curated: false,
    table: 'inspections',
    noun: 'inspection id',
    columns: inspectionColumns('sources'),
    primaryKey: ['id'],
    missingValues: [''],
  }),
  curatedEvents: schema({
    file: 'curated/events.csv',
    download: 'curated-events.csv',
    title: 'Hand-curated events',
    description:
      'Inspections and reports that no official file holds (for example Haringey’s 2008 joint area review), added by hand with their sources.',
    origin: 'Added by hand from the documents in curated-sources.csv',
    curated: true,
    table: 'inspections',
    columns: inspectionColumns('curatedSources'),
    primaryKey: ['id'],
    missingValues: [''],
  }),
  neighbours: schema({
    file: 'neighbours.csv',
    download: 'neighbours.csv',
    title: 'Statistical neighbours',
    description: 'Each council’s ten statistical neighbours (DfE groupings, April 2021).',
    origin: 'The Department for Education’s statistical neighbour groupings, imported by npm run data:import',
    curated: false,
    table: 'neighbours',
    columns: {
      authority: authorityColumn('The council'),
      rank: col.integer(1, 10, '1 (closest) to 10'),
      neighbour: authorityColumn('The neighbour'),
      closeness: col.text('DfE closeness band'),
      source: sourceColumn('sources'),
    },
    primaryKey: ['authority', 'rank'],
    missingValues: [''],
  }),
  careLeavers: schema({
    file: 'care-leavers.csv',
    download: 'care-leavers.csv',
    title: 'Care leavers in education, employment or training',
    description:
      'Care leavers aged 17-18 and 19-21 in education, employment or training (EET), by council, region and England. Suppression symbols are kept as published.',
    origin:
      'The Department for Education’s children looked after statistics, imported by npm run data:import',
    curated: false,
    table: 'careLeavers',
    columns: {
      year: col.integer(2000, 2100, 'Reporting year ending 31 March'),
      level: col.oneOf(['national', 'regional', 'authority'] as const, 'Level of the area'),
      area_code: col.text('ONS code'),
      area_name: col.text('Area name as published'),
      authority: optionalColumn(authorityColumn('The council, on authority rows')),
      age: col.oneOf(['17-18', '19-21'] as const, 'Age band in years'),
      eet_count: col.measured('integer', 0, 1_000_000, 'Number in EET', { unit: 'care leavers' }),
      cohort: col.measured('integer', 0, 1_000_000, 'All care leavers of that age', { unit: 'care leavers' }),
      eet_percent: col.measured('number', 0, 100, 'Per cent in EET as published', { unit: 'per cent' }),
      source: sourceColumn('sources'),
    },
    primaryKey: ['level', 'area_code', 'year', 'age'],
    missingValues: ['', ...SUPPRESSION_SYMBOLS],
  }),
  adoptionStages: schema({
    file: 'adoption-stages.csv',
    download: 'adoption-stages.csv',
    title: 'Adoption: average time between stages, England',
    description:
      'England’s average time between the stages of adoption, by year and age on entering care. Published as years:months; converted to months.',
    origin:
      'The Department for Education’s children looked after statistics, imported by npm run data:import',
    curated: false,
    table: 'adoptionStages',
    columns: {
      year: col.integer(2000, 2100, 'Reporting year ending 31 March'),
      stage: col.integer(1, 6, 'Stage number as the DfE numbers it (1-6)'),
      stage_label: col.text('The DfE’s description of the stage'),
      age: col.text('Total, or age on starting the final period of care'),
      raw: col.text('Value as published (years:months), or a suppression symbol'),
      months: optionalColumn(
        col.number(0, 600, 'Value in months; empty when suppressed', { unit: 'months' }),
      ),
      source: sourceColumn('sources'),
    },
    primaryKey: ['year', 'stage', 'age'],
    missingValues: [''],
  }),
  adoptionAsglb: schema({
    file: 'adoption-asglb.csv',
    download: 'adoption-asglb.csv',
    title: 'Adoption: the year’s counts and average times, by council',
    description:
      'The Adoption and Special Guardianship Leadership Board’s agency-level data for one financial year: decisions, placement orders, matches, placements and adoptions, and the A10 and A2 average times in days. Symbols kept as published; too-few where the Board’s rule withholds a time.',
    origin:
      'The Adoption and Special Guardianship Leadership Board’s quarterly data, imported by npm run data:import',
    curated: false,
    table: 'adoptionAsglb',
    columns: {
      period: col.financialYear('Financial year, 2022-23 = April 2022 to March 2023'),
      ...areaColumns,
      decisions: asglbCount('Decisions that a child should be placed for adoption'),
      placement_orders: asglbCount('Placement orders granted'),
      matches: asglbCount('Children matched with adopters'),
      placements: asglbCount('Children placed with adoptive families'),
      adoptions: asglbCount('Children adopted'),
      a10_days: asglbDays(
        'A10: average days between a child entering care and moving in with its adoptive family, adjusted for foster-carer adoptions, unrounded',
      ),
      a2_days: asglbDays(
        'A2: average days between court authority to place a child and the decision on a match',
      ),
      ...areaEndColumns,
    },
    primaryKey: [],
    missingValues: ['', ...ASGLB_SYMBOLS, TOO_FEW],
  }),
  adoptionCounts: schema({
    file: 'adoption-counts.csv',
    download: 'adoption-counts.csv',
    title: 'Children adopted from care, by council',
    description:
      'Children looked after who were adopted in the years ending 31 March, and their percentage of all children leaving care, from the DfE’s Local Authority Interactive Tool.',
    origin:
      'The Department for Education’s Local Authority Interactive Tool, imported by npm run data:import',
    curated: false,
    table: 'adoptionCounts',
    columns: {
      year: col.integer(2000, 2100, 'Year ending 31 March'),
      ...areaColumns,
      measure: col.oneOf(['adopted', 'adopted-percent'] as const, 'What is measured', (m) =>
        m === 'adopted'
          ? 'children who left care through adoption'
          : 'their percentage of all children leaving care',
      ),
      value: col.measured('number', 0, 100_000, 'The figure', { symbols: LAIT_SYMBOLS }),
      ...areaEndColumns,
    },
    primaryKey: [],
    missingValues: ['', ...LAIT_SYMBOLS],
  }),
  workforce: schema({
    file: 'workforce.csv',
    download: 'workforce.csv',
    title: 'Children’s social workers',
    description:
      'The DfE’s children’s social work workforce indicators, years to 30 September, in full-time equivalents: social workers, starters, leavers, agency workers, vacancies and caseloads.',
    origin:
      'The Department for Education’s children’s social work workforce statistics, imported by npm run data:import',
    curated: false,
    table: 'workforce',
    columns: {
      year: col.integer(2000, 2100, 'Year to 30 September'),
      level: areaColumns.level,
      area_code: col.text('ONS code or codes, as published'),
      la_code: areaColumns.la_code,
      area_name: areaColumns.area_name,
      region: areaColumns.region,
      authorities: areaColumns.authorities,
      inpost_fte: fte('Social workers in post'),
      starters_fte: fte('Social workers who started in the year'),
      leavers_fte: fte('Social workers who left in the year'),
      turnover_rate_fte: rate('Leavers as a percentage of social workers in post'),
      agency_fte: fte('Agency social workers'),
      agency_rate_fte: rate('Agency social workers as a percentage of all social workers'),
      vacancy_fte: fte('Vacancies'),
      vacancy_rate_fte: rate('Vacancies as a percentage of posts'),
      case_holders_fte: fte('Case-holding social workers'),
      cases: col.measured('number', 0, 10_000_000, 'Cases held', { unit: 'cases' }),
      caseload_fte: col.measured('number', 0, 1_000, 'Cases per case-holding social worker', {
        unit: 'cases',
      }),
      ...areaEndColumns,
    },
    primaryKey: [],
    missingValues: ['', ...SUPPRESSION_SYMBOLS],
  }),
  neighbours2025: schema({
    file: 'neighbours-2025.csv',
    download: 'neighbours-2025.csv',
    title: 'Statistical neighbours, 2025 model',
    description: 'Each current council’s ten statistical neighbours in the DfE’s 2025 model.',
    origin:
      'The Department for Education’s 2025 statistical neighbour model, imported by npm run data:import',
    curated: false,
    table: 'neighbours2025',
    columns: {
      authority: authorityColumn('The council'),
      rank: col.integer(1, 10, '1 (closest) to 10'),
      neighbour: authorityColumn('The neighbour'),
      closeness: col.oneOf(CLOSENESS_BANDS_2025, 'DfE closeness band'),
      source: sourceColumn('sources'),
    },
    primaryKey: ['authority', 'rank'],
    missingValues: [''],
  }),
  reported: schema({
    file: 'curated/reported-figures.csv',
    download: 'reported-figures.csv',
    title: 'Figures quoted in inspection reports',
    description:
      'Adoption and care-leaver figures that Ofsted’s reports quote, with the benchmark each is compared with. Not measured the same way as the DfE series.',
    origin: 'Copied by hand from the inspection reports in curated-sources.csv',
    curated: true,
    table: 'reported',
    columns: {
      id: col.slug('Identifier'),
      authority: authorityColumn('The council'),
      measure: col.slug('What is measured'),
      label: col.text('Description for readers'),
      period: col.text('Period or date the figure refers to'),
      value: col.number(0, 1_000_000, 'The figure, in the unit of the unit column'),
      unit: col.oneOf(['percent', 'days', 'weeks', 'months'] as const, 'Unit of value and benchmark_value'),
      benchmark_value: optionalColumn(col.number(0, 1_000_000, 'What the report compares it with')),
      benchmark_label: optionalColumn(col.text('What the benchmark is')),
      inspection: optionalColumn(
        col.slug('The inspection whose report quotes it', unpublishedReference('inspections')),
      ),
      source: sourceColumn('curatedSources'),
      note: optionalColumn(col.text('Notes')),
    },
    primaryKey: ['id'],
    missingValues: [''],
  }),
  curatedGrades: schema({
    file: 'curated/grades.csv',
    download: 'curated-grades.csv',
    title: 'Overall grades supplied by our editors',
    description:
      'An overall grade for an inspection whose grade our sources do not give, read by an editor in the report and cited to it. The site never infers a grade; it shows one only from Ofsted’s data or from this file.',
    origin: 'Added by hand from the inspection reports in curated-sources.csv',
    curated: true,
    table: 'curatedGrades',
    columns: {
      inspection: col.slug(
        'The SIF or ILACS inspection whose overall grade is empty in the data',
        unpublishedReference('inspections'),
      ),
      overall: col.oneOf(GRADE_ORDER, JUDGEMENT.overall.description),
      source: col.slug(
        'The document that states the grade (usually the report)',
        unpublishedReference('curatedSources'),
      ),
      note: optionalColumn(col.text('Where in the source the grade is stated')),
    },
    primaryKey: ['inspection'],
    missingValues: [''],
  }),
  councilChanges: schema({
    file: 'curated/council-changes.csv',
    download: 'council-changes.csv',
    title: 'Council successions and code changes',
    description:
      'Councils that no longer exist, with the codes and region they had and the councils that took over their children’s services, and other codes by which a publisher’s file names a council. The importers read it to place every row of a publisher’s file.',
    origin: 'Added by hand from the structural changes orders and the publishers’ code lists',
    curated: true,
    table: 'councilChanges',
    // Its councils are checked against authorities.csv by npm run check (scripts/check.ts), which
    // says which; the importers read the file before authorities.csv is written.
    columns: {
      authority: col.slug('The council'),
      change: col.oneOf(['abolished', 'recoded'] as const, 'What changed'),
      ons_code: optionalColumn(col.pattern('E[0-9]{8}', 'an ONS code such as E09000014', 'ONS area code')),
      la_number: optionalColumn(col.integer(100, 999, 'Old LA number')),
      region: optionalColumn(col.oneOf(REGIONS, 'Region')),
      successors: col.slugList('The councils that took over'),
      note: col.text('Why'),
    },
    primaryKey: [],
    missingValues: [''],
  }),
  abolitions: schema({
    file: 'curated/abolitions.csv',
    download: 'abolitions.csv',
    title: 'When former councils were abolished',
    description:
      'The day each former council ceased to exist, with the order that abolished it. No official file in data/ holds the date.',
    origin: 'Added by hand from the structural changes orders in curated-sources.csv',
    curated: true,
    table: 'abolitions',
    columns: {
      authority: authorityColumn('The former council (current = no in authorities.csv)'),
      abolished: col.date('The day the council ceased to exist'),
      source: sourceColumn('curatedSources'),
      note: optionalColumn(col.text('What replaced it')),
    },
    primaryKey: ['authority'],
    missingValues: [''],
  }),
  officialCounts: schema({
    file: 'curated/official-counts.csv',
    download: 'official-counts.csv',
    title: 'Ofsted’s official counts at 31 March',
    description:
      'Ofsted’s official lists of every council’s latest grade “as at 31 March”: how many councils had each grade, and which reports each list counts (published by a deadline, with any exceptions its notes name). Our 31 March series uses these cut-offs and is checked against these counts.',
    origin: 'Counted by hand from Ofsted’s official statistics releases',
    curated: true,
    table: 'officialCounts',
    columns: {
      as_at: col.date('The 31 March the list is as at'),
      published_by: col.date('The list counts inspections whose report was published by this date'),
      also_counted: col.slugList(
        'Inspections the list counts although published later, separated by spaces',
        unpublishedReference('inspections'),
      ),
      outstanding: col.integer(0, 200, 'Councils rated outstanding in the list', { unit: 'councils' }),
      good: col.integer(0, 200, 'Councils rated good', { unit: 'councils' }),
      requires_improvement: col.integer(0, 200, 'Councils rated requires improvement to be good', {
        unit: 'councils',
      }),
      inadequate: col.integer(0, 200, 'Councils rated inadequate', { unit: 'councils' }),
      source: sourceColumn('sources'),
      note: optionalColumn(col.text('Which sheet the counts come from and what its cover and notes say')),
    },
    primaryKey: ['as_at'],
    missingValues: [''],
  }),
  places: schema({
    file: 'places.csv',
    download: 'places.csv',
    title: 'Places and their councils',
    description:
      'Every district, borough and unitary area of England (ONS lower tier) and the council that runs its children’s services (ONS upper tier), for the place search.',
    origin:
      'The Office for National Statistics’ lower to upper tier local authority lookup, imported by npm run data:import',
    curated: false,
    table: 'places',
    noun: 'area',
    columns: {
      ltla_code: col.pattern(
        'E[0-9]{8}',
        'an ONS code of an English area, such as E07000073',
        'ONS code of the area',
      ),
      ltla_name: col.text('Name of the area as the ONS gives it'),
      utla_code: col.pattern(
        'E[0-9]{8}',
        'an ONS code of an English area, such as E10000012',
        'ONS code of the council',
      ),
      utla_name: col.text('Name of the council as the ONS gives it'),
      authority: authorityColumn('The council that runs the area’s children’s services'),
      source: sourceColumn('sources'),
    },
    primaryKey: ['ltla_code'],
    missingValues: [''],
  }),
  curatedPlaceAliases: schema({
    file: 'curated/place-aliases.csv',
    download: 'place-aliases.csv',
    title: 'Other names for councils',
    description:
      'Names readers use for a council that are neither its own name nor one of its areas’ names, such as Hull.',
    origin: 'Added by hand',
    curated: true,
    table: 'placeAliases',
    columns: {
      alias: col.text('The other name'),
      authority: authorityColumn('The council it means'),
      source: col.slug('The publication that gives the name', unpublishedReference('sources')),
      note: optionalColumn(col.text('Why the name means that council')),
    },
    primaryKey: ['alias'],
    missingValues: [''],
  }),
  hexes: schema({
    file: 'hexes.csv',
    download: 'hexes.csv',
    title: 'Hex map layout of the councils',
    description:
      'One hexagon per current council for the hex map of England: its column and row in an odd-r offset grid (odd rows shifted half a hexagon right; row 0 at the bottom). Adapted from Open Innovations’ hex map of the UK’s upper-tier local authorities (MIT licence, © 2017 onwards Open Innovations), with the councils created since it was drawn placed by Inspected; the change column says what was changed.',
    origin:
      'Open Innovations’ hexmaps (github.com/odileeds/hexmaps, maps/uk-upper-tier-local-authorities.hexjson at commit 5383e24, MIT licence), with the code changes in its README applied by npm run data:import',
    curated: false,
    table: 'hexes',
    columns: {
      authority: authorityColumn('The council'),
      q: col.integer(0, 99, 'Column in the grid, from the left'),
      r: col.integer(0, 99, 'Row in the grid, from the bottom'),
      map_code: col.pattern(
        'E[0-9]{8}',
        'an ONS code such as E09000014',
        'The ONS code the hexagon has in Open Innovations’ file',
      ),
      change: optionalColumn(col.text('What Inspected changed in the layout for this council, if anything')),
    },
    primaryKey: ['authority'],
    missingValues: [''],
  }),
  sources: schema({
    file: 'sources.csv',
    download: 'sources.csv',
    title: 'Sources of the imported data',
    description: 'Every publication the imported rows come from.',
    origin: 'Written by npm run data:import from the publishers’ files',
    curated: false,
    table: 'sources',
    noun: 'source id',
    columns: SOURCE_COLUMNS,
    primaryKey: ['id'],
    missingValues: [''],
  }),
  curatedSources: schema({
    file: 'curated/sources.csv',
    download: 'curated-sources.csv',
    title: 'Sources of the hand-curated data',
    description: 'Every document the hand-curated rows come from.',
    origin: 'Added by hand',
    curated: true,
    table: 'sources',
    columns: SOURCE_COLUMNS,
    primaryKey: ['id'],
    missingValues: [''],
  }),
};

export type DatasetKey = keyof typeof DATASETS;
export const DATASET_KEYS = Object.keys(DATASETS) as DatasetKey[];

/** A dataset's schema, untyped by column (for code that treats every dataset alike). */
export function datasetSchema(key: DatasetKey): DatasetSchema {
  return DATASETS[key];
}

/** The datasets that make up one table (a generated file and its curated twin). */
export function tableOf(key: DatasetKey): DatasetKey[] {
  return DATASET_KEYS.filter((k) => DATASETS[k].table === DATASETS[key].table);
}
