/**
 * Every input of the whole import, from the fixtures (tests/fixtures/), and the command line that
 * names them, as the import and refresh tests run it.
 */
import { join } from 'node:path';
import type { DfeInputs } from '../../scripts/import/dfe';
import type { Inputs } from '../../scripts/import/lib/paths';
import { COMMUNITY_DATE, FIXTURE_FILES } from '../fixtures/ofsted/build-fixtures';
import { releasedArgs } from './releases';

const fixture = (...path: string[]) => join(import.meta.dirname, '..', 'fixtures', ...path);
/** A file of the DfE fixtures (tests/fixtures/dfe/). */
export const dfeFixture = (name: string) => fixture('dfe', name);

/** The DfE importer's inputs: care leavers, adoption stages and the 2021 neighbours, from tests/fixtures/dfe/. */
export const DFE_FIXTURE_INPUTS: DfeInputs = {
  careLeavers: dfeFixture('la_care_leavers_activity.csv'),
  adoptionStages: dfeFixture('national_cla_adopted_average_time_between_adoption_process_stages.csv'),
  neighbours: dfeFixture('New_Statistical_Neighbour_Groupings_April_2021.csv'),
};

/** Every input of the whole import: the Ofsted fixtures' files, the DfE adoption stages and the others' fixtures. */
export const FIXTURE_INPUTS: Inputs = {
  ...FIXTURE_FILES,
  adoptionStages: DFE_FIXTURE_INPUTS.adoptionStages,
  ltlaLookup: fixture('ons', 'lookup-ofsted-fixture-councils.csv'),
  asglb: fixture('asglb', 'Local-Level-ASG-Agency-Level-Data-Q4-2022-2023.xlsx'),
  laitAdoption: fixture('lait', 'la_adoption_counts_2016_to_2025.csv'),
  workforce: dfeFixture('csww_indicators_2017_to_2025.csv'),
  neighbours2025: dfeFixture('sn_model_2025_wide.csv'),
  hexMap: fixture('maps', 'hexmap-fixture.hexjson'),
};

/** `--<input>=<path>` for each input, then the community snapshot's date and the releases' dates. */
export const importArgs = (inputs: Partial<Inputs>): string[] => [
  ...Object.entries(inputs).map(([k, v]) => `--${k}=${v}`),
  `--communityDate=${COMMUNITY_DATE}`,
  ...releasedArgs(),
];
