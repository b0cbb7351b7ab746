/**
 * The domain model of Inspected: what every loaded CSV row becomes once validated.
 * The CSV columns are documented in `data/README.md`; these types are their parsed form.
 * Nothing here reads files: see `load.ts` for that.
 */

/** The four Ofsted grades, as stored (kebab-case), plus 'not-judged'. */
export type Grade = 'outstanding' | 'good' | 'requires-improvement' | 'inadequate' | 'not-judged';

/**
 * The grade scale in force when a grade was given.
 * - `adequate-scale`: Outstanding / Good / Adequate / Inadequate (JAR, SLAC, CPI, TLAC; before the
 *   SIF of November 2013). Ofsted's own data shows "Adequate" as "Requires improvement to be good",
 *   so a stored `requires-improvement` on this scale was awarded as "adequate".
 * - `ri-scale`: Outstanding / Good / Requires improvement to be good / Inadequate (SIF, ILACS).
 * - `ungraded`: the event carries no grade (visits, progress reports).
 */
export type GradeScale = 'adequate-scale' | 'ri-scale' | 'ungraded';

/** Inspection frameworks and visit types, oldest first. */
export type Framework =
  | 'jar' // Joint area review (to 2009)
  | 'progress-report' // Ofsted progress report / unannounced follow-up, ungraded
  | 'slac' // Safeguarding and looked after children inspection (2009-2012)
  | 'slac-reinspection'
  | 'cpi' // Child protection inspection (2012-2013)
  | 'cpri' // Child protection re-inspection
  | 'tlac' // Targeted looked after children inspection
  | 'sif' // Single inspection framework (Nov 2013-2017)
  | 'sif-reinspection'
  | 'ilacs-standard' // ILACS standard inspection (2018-)
  | 'ilacs-short' // ILACS short inspection (2018-)
  | 'focused-visit' // ILACS focused visit, ungraded
  | 'monitoring-visit'; // ILACS monitoring visit, ungraded

/** Sub-judgement keys across frameworks. Which ones a framework has is in `frameworks.ts`. */
export type JudgementKey =
  | 'overall'
  | 'safeguarding' // SLAC: safeguarding overall effectiveness
  | 'looked-after-children' // SLAC: looked after children overall effectiveness
  | 'help-and-protection' // SIF/ILACS: children who need help and protection
  | 'looked-after-and-permanence' // SIF: children looked after and achieving permanence
  | 'adoption' // SIF sub: adoption performance
  | 'care-leavers' // SIF sub / ILACS from 1 Jan 2023: care leavers
  | 'leadership' // SIF: leadership, management and governance; ILACS: impact of leaders
  | 'lscb' // SIF: Local Safeguarding Children Board (a separate review)
  | 'children-in-care-and-care-leavers' // ILACS before 1 Jan 2023
  | 'children-in-care'; // ILACS from 1 Jan 2023

export type Region =
  | 'North East'
  | 'North West'
  | 'Yorkshire and The Humber'
  | 'East Midlands'
  | 'West Midlands'
  | 'East of England'
  | 'London'
  | 'South East'
  | 'South West';

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
  /**
   * Where an editor supplied the overall grade (data/curated/grades.csv): the source id of that
   * grade. Absent when the grade, if any, comes from the row's own source.
   */
  overallSource?: string;
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

/**

 * Where a row of the adoption and workforce files belongs: England, a region, or the councils it
 * covers (two for a joint return, such as Kensington and Chelsea with Westminster).
 */
export interface AreaRow {
  level: 'national' | 'regional' | 'authority';
  /** The publisher's old LA number or code (`213B`, `940 / 941`); null for England and regions in the workforce file. */
  laCode: string | null;
  /** As published. */
  areaName: string;
  /** Regional rows only. */
  region: Region | null;
  /** Council slugs the figures cover (authority rows only). */
  authorities: string[];
  /** What a reader should know about the area (a joint return, a re-used code). */
  note: string | null;
  source: string;
}

/**
 * ASGLB, one financial year: counts of the adoption process and the A10 and A2 averages in days
 * (unrounded). A10/A2 are `{ symbol: 'too-few' }` where the publisher's rule withholds them
 * (10 or fewer, or an unpublished number of, adopted children).
 */
export interface AdoptionAsglbRow extends AreaRow {
  /** `2022-23` (April 2022 to March 2023). */
  period: string;
  decisions: Measured;
  placementOrders: Measured;
  matches: Measured;
  placements: Measured;
  adoptions: Measured;
  a10Days: Measured;
  a2Days: Measured;
}

/** LAIT: children adopted in the year to 31 March, and their percentage of all children leaving care. */
export interface AdoptionCountRow extends AreaRow {
  year: number;
  measure: 'adopted' | 'adopted-percent';
  /** `{ symbol: '-' }`: suppressed or not available. */
  value: Measured;
}

/** Children's social work workforce, year to 30 September (all FTE). */
export interface WorkforceRow extends AreaRow {
  year: number;
  /** ONS code(s) as published. */
  areaCode: string;
  socialWorkers: Measured;
  starters: Measured;
  leavers: Measured;
  turnoverRate: Measured;
  agencyWorkers: Measured;
  agencyRate: Measured;
  vacancies: Measured;
  vacancyRate: Measured;
  caseHolders: Measured;
  cases: Measured;
  /** Cases per case-holding social worker. */
  caseload: Measured;
}

/**
 * One of Ofsted's official "as at 31 March" lists (data/curated/official-counts.csv): the rule
 * that cut it, and the number of councils at each grade it shows.
 */
export interface OfficialCount {
  /** The 31 March the list is "as at". */
  asAt: string;
  /** The release counts inspections whose report was published by this date. */
  publishedBy: string;
  /** Inspections the release counts although published after `publishedBy` (its notes say so). */
  alsoCounted: string[];
  outstanding: number;
  good: number;
  requiresImprovement: number;
  inadequate: number;
  source: string;
  note: string | null;

}

/** A district, borough or unitary area of England (ONS LTLA) and the council that runs its children's services. */
export interface Place {
  /** ONS code of the area, e.g. `E07000073`. */
  code: string;
  /** As the ONS gives it, e.g. `Harlow`, `Bristol, City of`. */
  name: string;
  /** ONS code and name of the upper-tier council (ONS spelling, e.g. `County Durham`). */
  councilCode: string;
  councilName: string;
  /** Slug of that council. */
  authority: string;
  source: string;
}

/** Another name readers use for a council (data/curated/place-aliases.csv), e.g. `Hull`. */
export interface PlaceAlias {
  alias: string;
  authority: string;
  source: string;
  note: string | null;
}

export interface Dataset {
  sources: Map<string, Source>;
  authorities: Map<string, Authority>;
  neighbours: Neighbour[];
  inspections: Inspection[];
  careLeavers: CareLeaverRow[];
  reported: ReportedFigure[];
  adoptionStages: AdoptionStageRow[];

  adoptionAsglb: AdoptionAsglbRow[];
  adoptionCounts: AdoptionCountRow[];
  workforce: WorkforceRow[];
  /** The DfE's 2025 model; `neighbours` holds the April 2021 groupings (history). */
  neighbours2025: Neighbour[];
  officialCounts: OfficialCount[];
  /** Every English district, borough and unitary area with its council; other names for councils. */
  places: Place[];
  placeAliases: PlaceAlias[];

}
