/**
 * The domain model of Inspected: what every loaded CSV row becomes once validated.
 * The CSV columns are documented in `data/README.md`; these types are their parsed form.
 * Nothing here reads files: see `load.ts` for that. Grades, frameworks, judgements and regions
 * are defined in `vocabulary.ts`.
 */
import type { Framework, Grade, GradeScale, JudgementKey, Region } from './vocabulary';

export interface Source {
  /** Stable id, e.g. `ofsted-la-outcomes-2025`. */
  id: string;
  publisher: string;
  title: string;
  url: string;
  /** Publication date, ISO `yyyy-mm-dd`. */
  date: string;
  licence: string;
}

export interface Authority {
  /** URL slug, e.g. `haringey`. Unique. */
  slug: string;
  name: string;
  /** ONS code, e.g. `E09000014`. */
  onsCode: string;
  /** DfE "old LA number", e.g. 309. Used in Ofsted page URLs. */
  laNumber: number;
  region: Region;
  /** e.g. London Borough, Metropolitan District, Unitary, Shire County. */
  type: string;
  /** `https://reports.ofsted.gov.uk/provider/44/<laNumber>` */
  ofstedUrl: string;
  /** False for councils that no longer exist (Northamptonshire, Cumbria, ...). */
  current: boolean;
  /** Slugs of the councils that replaced this one (former councils only). */
  successors: string[];
  /** Slugs of the councils this one replaced. */
  predecessors: string[];
  source: string;
}

export interface Neighbour {
  authority: string;
  /** 1 (closest) to 10. */
  rank: number;
  neighbour: string;
  /** DfE's closeness band, e.g. "Very Close". */
  closeness: string;
  source: string;
}

export interface Inspection {
  /** Unique id, `<slug>-<yyyy-mm-dd>-<framework>` (date = publication, else start). */
  id: string;
  authority: string;
  framework: Framework;
  /** ISO dates; empty when the source does not give them. */
  startDate: string | null;
  endDate: string | null;
  published: string | null;
  /** Overall grade, or null when the framework has none or the source leaves it empty. */
  overall: Grade | null;
  scale: GradeScale;
  /** Every sub-judgement the source gives (not including overall). */
  judgements: Partial<Record<JudgementKey, Grade>>;
  /** Theme of a focused or monitoring visit, if given. */
  theme: string | null;
  /** Link to the report or the council's Ofsted page. */
  reportUrl: string;
  source: string;
  /** Free-text note shown with the row (e.g. why something is missing). */
  note: string | null;
}

export type AgeBand = '17-18' | '19-21';

/** A value that is either a number or a publisher's suppression symbol (`c`, `z`, `x`, `low`, `u`). */
export type Measured = { value: number } | { symbol: string };

export interface CareLeaverRow {
  year: number;
  level: 'national' | 'regional' | 'authority';
  /** ONS code of the area. */
  areaCode: string;
  areaName: string;
  /** Authority slug (authority rows only). */
  authority: string | null;
  age: AgeBand;
  eetCount: Measured;
  cohort: Measured;
  eetPercent: Measured;
  source: string;
}

/** A figure quoted in an inspection report (not measured the same way as the DfE series). */
export interface ReportedFigure {
  id: string;
  authority: string;
  /** What is measured, e.g. `care-leavers-eet-19-21`, `adoption-care-to-family-days`. */
  measure: string;
  /** Human label. */
  label: string;
  /** The period or date the figure refers to, e.g. `2013-03` or `2012-2015`. */
  period: string;
  value: number;
  unit: 'percent' | 'days' | 'weeks' | 'months';
  benchmarkValue: number | null;
  /** e.g. "England average", "national target", "adoption scorecard threshold". */
  benchmarkLabel: string | null;
  inspection: string | null;
  source: string;
  note: string | null;
}

export interface AdoptionStageRow {
  year: number;
  /** 1-6 as numbered by the DfE. */
  stage: number;
  stageLabel: string;
  /** `Total` or an age band. */
  age: string;
  /** The publisher's `years:months` text, or a symbol. */
  raw: string;
  /** Converted to months, null when suppressed. */
  months: number | null;
  source: string;
}

export interface Dataset {
  sources: Map<string, Source>;
  authorities: Map<string, Authority>;
  neighbours: Neighbour[];
  inspections: Inspection[];
  careLeavers: CareLeaverRow[];
  reported: ReportedFigure[];
  adoptionStages: AdoptionStageRow[];
}
