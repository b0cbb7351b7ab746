/**
 * The data dictionary: every published CSV file, its fields and what they mean. Used by the
 * /data/ page and datapackage.json (Frictionless Data Package).
 */
import type { DataFileKey } from './load';

export interface FieldDoc {
  name: string;
  type: 'string' | 'integer' | 'number' | 'date' | 'boolean';
  description: string;
}

export interface FileDoc {
  key: DataFileKey;
  /** Name of the download, e.g. `inspections.csv`. */
  download: string;
  title: string;
  description: string;
  curated: boolean;
  primaryKey?: string[];
  /** Cell values that mean "no number" (kept as published, never zero). */
  missingValues?: string[];
  fields: FieldDoc[];
}

const source: FieldDoc = { name: 'source', type: 'string', description: 'Id of the source in sources.csv or curated-sources.csv' };
const grade = (name: string, description: string): FieldDoc => ({
  name,
  type: 'string',
  description: `${description}: outstanding, good, requires-improvement, inadequate or not-judged; empty if not given`,
});

const inspectionFields: FieldDoc[] = [
  { name: 'id', type: 'string', description: '<council>-<date>-<framework>; the date is the publication date, else the start date' },
  { name: 'authority', type: 'string', description: 'Council slug (authorities.csv)' },
  { name: 'framework', type: 'string', description: 'jar, progress-report, slac, slac-reinspection, cpi, cpri, tlac, sif, sif-reinspection, ilacs-standard, ilacs-short, focused-visit, monitoring-visit' },
  { name: 'start_date', type: 'date', description: 'First day of the inspection or visit, where given' },
  { name: 'end_date', type: 'date', description: 'Last day of the inspection or visit, where given' },
  { name: 'published', type: 'date', description: 'Publication date of the report' },
  grade('overall', 'Overall effectiveness'),
  { name: 'scale', type: 'string', description: 'adequate-scale (before November 2013; requires-improvement on this scale was awarded as "adequate"), ri-scale (SIF and ILACS) or ungraded' },
  grade('safeguarding', 'SLAC: safeguarding'),
  grade('looked_after_children', 'SLAC: looked after children'),
  grade('help_and_protection', 'SIF/ILACS: children who need help and protection'),
  grade('looked_after_and_permanence', 'SIF: children looked after and achieving permanence'),
  grade('adoption', 'SIF: adoption performance'),
  grade('care_leavers', 'SIF; ILACS from 1 January 2023: care leavers'),
  grade('leadership', 'SIF: leadership, management and governance; ILACS: impact of leaders'),
  grade('lscb', 'SIF: Local Safeguarding Children Board'),
  grade('children_in_care_and_care_leavers', 'ILACS before 1 January 2023: children in care and care leavers'),
  grade('children_in_care', 'ILACS from 1 January 2023: children in care'),
  { name: 'theme', type: 'string', description: 'Theme of a focused or monitoring visit' },
  { name: 'report_url', type: 'string', description: 'The report, or the council’s page on Ofsted’s reports site' },
  source,
  { name: 'note', type: 'string', description: 'Anything a reader should know about the row' },
];

const sourceFields: FieldDoc[] = [
  { name: 'id', type: 'string', description: 'Stable id' },
  { name: 'publisher', type: 'string', description: 'Publisher' },
  { name: 'title', type: 'string', description: 'Title of the document or dataset' },
  { name: 'url', type: 'string', description: 'Where to find it' },
  { name: 'date', type: 'date', description: 'Publication date' },
  { name: 'licence', type: 'string', description: 'Licence, e.g. OGL-UK-3.0' },
];

export const FILES: FileDoc[] = [
  {
    key: 'authorities',
    download: 'authorities.csv',
    title: 'Councils',
    description: 'Every council with children’s services responsibilities, current and former.',
    curated: false,
    primaryKey: ['slug'],
    fields: [
      { name: 'slug', type: 'string', description: 'Identifier used in page addresses' },
      { name: 'name', type: 'string', description: 'Council name as Ofsted gives it' },
      { name: 'ons_code', type: 'string', description: 'ONS area code' },
      { name: 'la_number', type: 'integer', description: 'DfE local authority number (old LA code)' },
      { name: 'region', type: 'string', description: 'ONS region' },
      { name: 'type', type: 'string', description: 'London Borough, Metropolitan District, Unitary or Shire County' },
      { name: 'ofsted_url', type: 'string', description: 'The council’s page on Ofsted’s reports site' },
      { name: 'current', type: 'boolean', description: 'yes if the council exists today' },
      { name: 'successors', type: 'string', description: 'Slugs of the councils that replaced it, space-separated' },
      { name: 'predecessors', type: 'string', description: 'Slugs of the councils it replaced, space-separated' },
      source,
    ],
  },
  {
    key: 'inspections',
    download: 'inspections.csv',
    title: 'Inspections and visits',
    description: 'One row per Ofsted inspection, re-inspection or visit of a council’s children’s services, from Ofsted’s official statistics and, for inspections published after 31 March 2025, the reports themselves.',
    curated: false,
    primaryKey: ['id'],
    fields: inspectionFields,
  },
  {
    key: 'curatedEvents',
    download: 'curated-events.csv',
    title: 'Hand-curated events',
    description: 'Inspections and reports that no official file holds (for example Haringey’s 2008 joint area review), added by hand with their sources.',
    curated: true,
    primaryKey: ['id'],
    fields: inspectionFields,
  },
  {
    key: 'neighbours',
    download: 'neighbours.csv',
    title: 'Statistical neighbours',
    description: 'Each council’s ten statistical neighbours (DfE groupings, April 2021).',
    curated: false,
    primaryKey: ['authority', 'rank'],
    fields: [
      { name: 'authority', type: 'string', description: 'Council slug' },
      { name: 'rank', type: 'integer', description: '1 (closest) to 10' },
      { name: 'neighbour', type: 'string', description: 'Slug of the neighbour' },
      { name: 'closeness', type: 'string', description: 'DfE closeness band' },
      source,
    ],
  },
  {
    key: 'careLeavers',
    download: 'care-leavers.csv',
    title: 'Care leavers in education, employment or training',
    description: 'Care leavers aged 17-18 and 19-21 in education, employment or training (EET), by council, region and England, 2021-2025. Suppression symbols are kept: c confidential, z not applicable, x unavailable, low and k round to 0, u low reliability.',
    curated: false,
    primaryKey: ['level', 'area_code', 'year', 'age'],
    missingValues: ['', 'c', 'z', 'x', 'low', 'k', 'u'],
    fields: [
      { name: 'year', type: 'integer', description: 'Reporting year ending 31 March' },
      { name: 'level', type: 'string', description: 'national, regional or authority' },
      { name: 'area_code', type: 'string', description: 'ONS code' },
      { name: 'area_name', type: 'string', description: 'Area name as published' },
      { name: 'authority', type: 'string', description: 'Council slug (authority rows)' },
      { name: 'age', type: 'string', description: '17-18 or 19-21' },
      { name: 'eet_count', type: 'integer', description: 'Number in EET, or a suppression symbol' },
      { name: 'cohort', type: 'integer', description: 'All care leavers of that age, or a suppression symbol' },
      { name: 'eet_percent', type: 'number', description: 'Per cent in EET as published, or a suppression symbol' },
      source,
    ],
  },
  {
    key: 'adoptionStages',
    download: 'adoption-stages.csv',
    title: 'Adoption: average time between stages, England',
    description: 'England’s average time between the stages of adoption, by year and age on entering care. Published as years:months; converted to months.',
    curated: false,
    fields: [
      { name: 'year', type: 'integer', description: 'Reporting year ending 31 March' },
      { name: 'stage', type: 'integer', description: 'Stage number as the DfE numbers it (1-6)' },
      { name: 'stage_label', type: 'string', description: 'The DfE’s description of the stage' },
      { name: 'age', type: 'string', description: 'Total, or age on starting the final period of care' },
      { name: 'raw', type: 'string', description: 'Value as published (years:months)' },
      { name: 'months', type: 'number', description: 'Value in months' },
      source,
    ],
  },
  {
    key: 'reported',
    download: 'reported-figures.csv',
    title: 'Figures quoted in inspection reports',
    description: 'Adoption and care-leaver figures that Ofsted’s reports quote, with the benchmark each is compared with. Not measured the same way as the DfE series.',
    curated: true,
    primaryKey: ['id'],
    fields: [
      { name: 'id', type: 'string', description: 'Identifier' },
      { name: 'authority', type: 'string', description: 'Council slug' },
      { name: 'measure', type: 'string', description: 'What is measured' },
      { name: 'label', type: 'string', description: 'Description for readers' },
      { name: 'period', type: 'string', description: 'Period or date the figure refers to' },
      { name: 'value', type: 'number', description: 'The figure' },
      { name: 'unit', type: 'string', description: 'percent, days, weeks or months' },
      { name: 'benchmark_value', type: 'number', description: 'What the report compares it with' },
      { name: 'benchmark_label', type: 'string', description: 'What the benchmark is' },
      { name: 'inspection', type: 'string', description: 'Id of the inspection whose report quotes it' },
      source,
      { name: 'note', type: 'string', description: 'Notes' },
    ],
  },
  {
    key: 'curatedGrades',
    download: 'curated-grades.csv',
    title: 'Overall grades supplied by our editors',
    description:
      'An overall grade for an inspection whose grade our sources do not give, read by an editor in the report and cited to it. The site never infers a grade; it shows one only from Ofsted’s data or from this file.',
    curated: true,
    primaryKey: ['inspection'],
    fields: [
      { name: 'inspection', type: 'string', description: 'Id of the inspection (inspections.csv or curated-events.csv)' },
      { name: 'overall', type: 'string', description: 'outstanding, good, requires-improvement or inadequate' },
      source,
      { name: 'note', type: 'string', description: 'Where in the source the grade is stated' },
    ],
  },
  {
    key: 'officialCounts',
    download: 'official-counts.csv',
    title: 'Ofsted’s official counts at 31 March',
    description:
      'Ofsted’s official lists of every council’s latest grade “as at 31 March”: how many councils had each grade, and which reports each list counts (published by a deadline, with any exceptions its notes name). Our 31 March series uses these cut-offs and is checked against these counts.',
    curated: true,
    primaryKey: ['as_at'],
    fields: [
      { name: 'as_at', type: 'date', description: 'The 31 March the list is as at' },
      { name: 'published_by', type: 'date', description: 'The list counts inspections whose report was published by this date' },
      { name: 'also_counted', type: 'string', description: 'Ids of inspections the list counts although published later, space-separated' },
      { name: 'outstanding', type: 'integer', description: 'Councils rated outstanding in the list' },
      { name: 'good', type: 'integer', description: 'Councils rated good' },
      { name: 'requires_improvement', type: 'integer', description: 'Councils rated requires improvement to be good' },
      { name: 'inadequate', type: 'integer', description: 'Councils rated inadequate' },
      source,
      { name: 'note', type: 'string', description: 'Which sheet the counts come from and what its cover and notes say' },
    ],
  },
  {
    key: 'places',
    download: 'places.csv',
    title: 'Districts and boroughs, with the council that runs their children’s services',
    description:
      'Every district, borough and unitary area of England (ONS lower-tier local authority, April 2023) with the upper-tier council that runs its children’s services: in a two-tier county the county council, elsewhere the area’s own council.',
    curated: false,
    primaryKey: ['ltla_code'],
    fields: [
      { name: 'ltla_code', type: 'string', description: 'ONS code of the district, borough or unitary area' },
      { name: 'ltla_name', type: 'string', description: 'Its name as the ONS gives it' },
      { name: 'utla_code', type: 'string', description: 'ONS code of the council that runs its children’s services' },
      { name: 'utla_name', type: 'string', description: 'That council’s name as the ONS gives it' },
      { name: 'authority', type: 'string', description: 'That council’s slug (authorities.csv)' },
      source,
    ],
  },
  {
    key: 'curatedPlaceAliases',
    download: 'curated-place-aliases.csv',
    title: 'Other names for councils',
    description: 'Names readers use for a council besides its own and its areas’ (Hull, Southend, Kingston), added by our editors; search and the find-your-council page use them.',
    curated: true,
    primaryKey: ['alias'],
    fields: [
      { name: 'alias', type: 'string', description: 'The name' },
      { name: 'authority', type: 'string', description: 'Slug of the current council it stands for' },
      source,
      { name: 'note', type: 'string', description: 'What the name is short for, and anything it could be mistaken for' },
    ],
  },
  {
    key: 'sources',
    download: 'sources.csv',
    title: 'Sources of the imported data',
    description: 'Every publication the imported rows come from.',
    curated: false,
    primaryKey: ['id'],
    fields: sourceFields,
  },
  {
    key: 'curatedSources',
    download: 'curated-sources.csv',
    title: 'Sources of the hand-curated data',
    description: 'Every document the hand-curated rows come from.',
    curated: true,
    primaryKey: ['id'],
    fields: sourceFields,
  },
];
