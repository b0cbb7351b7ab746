/** Default locations of the raw downloads: `../shared/data-raw/...` beside the project. */
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

const projectRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const dataDir = join(projectRoot, 'data');
const rawDir = resolve(projectRoot, '..', 'shared', 'data-raw');

export const defaultInputs = {
  history2023: join(rawDir, 'ofsted', 'Childrens_social_care_in_England_2023_underlying_data.ods'),
  outcomes2025: join(rawDir, 'ofsted', 'LA_Inspection_Outcomes_as_at_31_March_2025.ods'),
  community: join(rawDir, 'community', 'ofsted_csc_ilacs_overview.xlsx'),
  careLeavers: join(rawDir, 'dfe', 'la_care_leavers_activity.csv'),
  adoptionStages: join(
    rawDir,
    'dfe',
    'national_cla_adopted_average_time_between_adoption_process_stages.csv',
  ),
  neighbours: join(rawDir, 'dfe', 'New_Statistical_Neighbour_Groupings_April_2021.csv'),
  ltlaLookup: join(rawDir, 'dfe', 'LTLA-UTLA_Apr23_Lookup_England-Wales.csv'),
  // Adoption, workforce and 2025 neighbours (scripts/import/adoption-workforce-neighbours.ts).
  asglb: join(rawDir, 'asglb', 'Local-Level-ASG-Agency-Level-Data-Q4-2022-2023.xlsx'),
  laitAdoption: join(rawDir, 'lait', 'la_adoption_counts_2016_to_2025.csv'),
  workforce: join(rawDir, 'dfe', 'csww_indicators_2017_to_2025.csv'),
  neighbours2025: join(rawDir, 'dfe', 'sn_model_2025_wide.csv'),
  // The hex map's layout (scripts/import/hexes.ts).
  hexMap: join(rawDir, 'maps', 'uk-upper-tier-local-authorities.hexjson'),
} as const;

export type InputName = keyof typeof defaultInputs;
export type Inputs = Record<InputName, string>;
