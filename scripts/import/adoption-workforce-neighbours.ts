/**
 * The importers of issue 14, run together: ASGLB adoption timeliness (`adoption-asglb.csv`), LAIT
 * children adopted (`adoption-counts.csv`), the social work workforce (`workforce.csv`) and the
 * DfE's 2025 statistical neighbours (`neighbours-2025.csv`). Problems from all four are collected
 * and thrown once, so an editor sees every bad row of every file in one run.
 */
import { NO_COUNCIL_CHANGES, type CouncilChanges } from './lib/council-changes';
import type { CsvRecord } from './lib/csv-out';
import { NO_RELEASE_DATES, type ReleaseDates } from './lib/release-dates';
import type { Inputs } from './lib/paths';
import type { AuthorityRef, ImporterResult, ImportOutput } from './lib/report';
import { AreaIndex } from './area-codes';
import { importAsglb, type AsglbOptions } from './asglb';
import { importLaitAdoption, type LaitOptions } from './lait-adoption';
import { importNeighbours2025 } from './neighbours-2025';
import { ProblemList } from './row-checks';
import { importWorkforce, type WorkforceOptions } from './workforce';

export type AdoptionWorkforceInputs = Pick<Inputs, 'asglb' | 'laitAdoption' | 'workforce' | 'neighbours2025'>;

export interface AdoptionWorkforceOptions {
  asglb?: AsglbOptions;
  lait?: LaitOptions;
  workforce?: WorkforceOptions;
  /** Publication dates of the releases whose files carry none. */
  releases?: ReleaseDates;
  /** Other codes of our councils (`data/curated/council-changes.csv`). */
  changes?: CouncilChanges;
}

export function importAdoptionWorkforceNeighbours(
  inputs: AdoptionWorkforceInputs,
  authorities: readonly AuthorityRef[],
  options: AdoptionWorkforceOptions = {},
): ImporterResult {
  const problems = new ProblemList();
  const index = new AreaIndex(authorities, options.changes ?? NO_COUNCIL_CHANGES);
  const releases = options.releases ?? NO_RELEASE_DATES;
  const results = [
    importAsglb(inputs.asglb, index, problems, options.asglb),
    importLaitAdoption(inputs.laitAdoption, index, problems, { releases, ...options.lait }),
    importWorkforce(inputs.workforce, index, problems, { releases, ...options.workforce }),
    importNeighbours2025(inputs.neighbours2025, index, problems, releases),
  ];
  problems.throwIfAny('Adoption, workforce and neighbours import');
  const outputs: ImportOutput[] = results.map((r) => r.output);
  const sources = results.map((r) => r.source).filter((s): s is CsvRecord => s !== null);
  return { outputs, sources };
}
