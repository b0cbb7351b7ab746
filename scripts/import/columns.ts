/**
 * The generated files in `data/`: for each, its file name, its columns in order and the column(s)
 * that identify a row. This is the only place the importers take a column order from: every
 * reader and merge step builds rows by column name, and the writer (`write.ts`) serialises them in
 * this order. (To be derived from the dataset schema once there is one in `src/data/`.)
 */

/** Judgement columns of inspections.csv, in order. */
export const JUDGEMENT_COLUMNS = [
  'safeguarding',
  'looked_after_children',
  'help_and_protection',
  'looked_after_and_permanence',
  'adoption',
  'care_leavers',
  'leadership',
  'lscb',
  'children_in_care_and_care_leavers',
  'children_in_care',
] as const;
export type JudgementColumn = (typeof JUDGEMENT_COLUMNS)[number];

export interface Dataset {
  /** Path relative to `data/`. */
  file: string;
  columns: readonly string[];
  /** Column(s) that identify a row, for the change summary. */
  key: string | readonly string[];
}

export const DATASETS = {
  authorities: {
    file: 'authorities.csv',
    columns: [
      'slug',
      'name',
      'ons_code',
      'la_number',
      'region',
      'type',
      'ofsted_url',
      'current',
      'successors',
      'predecessors',
      'source',
    ],
    key: 'slug',
  },
  inspections: {
    file: 'inspections.csv',
    columns: [
      'id',
      'authority',
      'framework',
      'start_date',
      'end_date',
      'published',
      'overall',
      'scale',
      ...JUDGEMENT_COLUMNS,
      'theme',
      'report_url',
      'source',
      'note',
    ],
    key: 'id',
  },
  careLeavers: {
    file: 'care-leavers.csv',
    columns: [
      'year',
      'level',
      'area_code',
      'area_name',
      'authority',
      'age',
      'eet_count',
      'cohort',
      'eet_percent',
      'source',
    ],
    key: ['level', 'area_code', 'year', 'age'],
  },
  adoptionStages: {
    file: 'adoption-stages.csv',
    columns: ['year', 'stage', 'stage_label', 'age', 'raw', 'months', 'source'],
    key: ['year', 'stage', 'age'],
  },
  neighbours: {
    file: 'neighbours.csv',
    columns: ['authority', 'rank', 'neighbour', 'closeness', 'source'],
    key: ['authority', 'rank'],
  },
  places: {
    file: 'places.csv',
    columns: ['ltla_code', 'ltla_name', 'utla_code', 'utla_name', 'authority', 'source'],
    key: 'ltla_code',
  },
  sources: {
    file: 'sources.csv',
    columns: ['id', 'publisher', 'title', 'url', 'date', 'licence'],
    key: 'id',
  },
} as const satisfies Record<string, Dataset>;
