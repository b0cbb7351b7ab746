/**
 * The domain model of Inspected: what every loaded CSV row becomes once validated. Each record
 * type is derived from its dataset's schema in `datasets.ts` (the columns, camelCased, with their
 * parsed types), so a new column appears here without another edit. Grades, frameworks,
 * judgements and regions are defined in `vocabulary.ts`. Nothing here reads files: see `load.ts`.
 */
import type { Camel, RecordOf } from './dataset-rows';
import type { Grade, JudgementColumn, JudgementKey } from './vocabulary';

/** A publication: its publisher, title, address (`url`), date and licence. */
export type Source = RecordOf<'sources'>;

/** A council, current or former, with the slugs of the councils it replaced or that replaced it. */
export type Authority = RecordOf<'authorities'>;

/** One of a council's ten statistical neighbours (rank 1 is the closest). */
export type Neighbour = RecordOf<'neighbours'>;

/**
 * An inspection, re-inspection, visit or report. Dates are ISO and null when the source does not
 * give them; `overall` is null when the framework has none or the source leaves it empty;
 * `judgements` holds every sub-judgement the source gives (not including overall).
 */
export type Inspection = Omit<RecordOf<'inspections'>, Camel<JudgementColumn>> & {
  judgements: Partial<Record<JudgementKey, Grade>>;
  /**
   * Where an editor supplied the overall grade (data/curated/grades.csv): the source id of that
   * grade. Absent when the grade, if any, comes from the row's own source.
   */
  overallSource?: string;
};

/** A value that is either a number or a publisher's suppression symbol (`c`, `z`, `x`, `low`, `k`, `u`). */
export type Measured = { value: number } | { symbol: string };

/** Care leavers in education, employment or training, for one area, year and age band. */
export type CareLeaverRow = RecordOf<'careLeavers'>;

export type AgeBand = CareLeaverRow['age'];

/** A figure quoted in an inspection report (not measured the same way as the DfE series). */
export type ReportedFigure = RecordOf<'reported'>;

/** England's average time between two stages of adoption, in one year and age band. */
export type AdoptionStageRow = RecordOf<'adoptionStages'>;

/**
 * ASGLB, one financial year and area: counts of the adoption process and the A10 and A2 averages
 * in days (unrounded); `too-few` where the publisher's rule withholds a time.
 */
export type AdoptionAsglbRow = RecordOf<'adoptionAsglb'>;

/** LAIT: children adopted in the year to 31 March, and their percentage of all children leaving care. */
export type AdoptionCountRow = RecordOf<'adoptionCounts'>;

/** Children's social work workforce, year to 30 September (all FTE). */
export type WorkforceRow = RecordOf<'workforce'>;

/** A row of the adoption and workforce files: England, a region, or the councils it covers. */
export type AreaRow = Pick<
  AdoptionAsglbRow,
  'level' | 'laCode' | 'areaName' | 'region' | 'authorities' | 'note' | 'source'
>;

/** One of Ofsted's official "as at 31 March" lists: its cut-off and its count at each grade. */
export type OfficialCount = RecordOf<'officialCounts'>;

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

/** A council's hexagon on the hex map: column `q` and row `r` of an odd-r grid, row 0 at the bottom. */
type Hex = RecordOf<'hexes'>;

/** Another name readers use for a council (data/curated/place-aliases.csv), e.g. `Hull`. */
type PlaceAlias = RecordOf<'curatedPlaceAliases'>;

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
  neighbours2025: RecordOf<'neighbours2025'>[];
  officialCounts: OfficialCount[];
  /** Every English district, borough and unitary area with its council; other names for councils. */
  places: Place[];
  placeAliases: PlaceAlias[];
  /** The hex map's layout: one hexagon per current council. */
  hexes: Hex[];
}
