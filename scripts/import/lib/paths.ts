/**
 * Where the importers find the publishers' raw downloads: a raw-data folder laid out as
 * `../shared/data-raw/` beside the project (`RAW_FILES`: each input's path inside it), or another
 * folder of the same layout (`--raw-dir=<folder>`), or any one file elsewhere (`--<name>=<path>`).
 * The list of inputs in docs/editing.md (section 11) is checked against `RAW_FILES` by
 * tests/importers/raw-dir.test.ts.
 */
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

const projectRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const dataDir = join(projectRoot, 'data');
/** The raw-data folder used when no `--raw-dir` is given. */
const defaultRawDir = resolve(projectRoot, '..', 'shared', 'data-raw');

/** Each input: its file inside the raw-data folder, and what it is (as the guide says). */
export const RAW_FILES = {
  history2023: {
    path: 'ofsted/Childrens_social_care_in_England_2023_underlying_data.ods',
    what: 'Ofsted’s children’s social care data, 2023: every inspection since 2009',
  },
  outcomes2025: {
    path: 'ofsted/LA_Inspection_Outcomes_as_at_31_March_2025.ods',
    what: 'Ofsted’s local authority inspection outcomes as at 31 March 2025',
  },
  community: {
    path: 'community/ofsted_csc_ilacs_overview.xlsx',
    what: 'the community overview of Ofsted’s recent reports (xlsx, or its CSV export)',
  },
  careLeavers: {
    path: 'dfe/la_care_leavers_activity.csv',
    what: 'the DfE’s care leavers’ activity',
  },
  adoptionStages: {
    path: 'dfe/national_cla_adopted_average_time_between_adoption_process_stages.csv',
    what: 'the DfE’s average time between adoption stages',
  },
  neighbours: {
    path: 'dfe/New_Statistical_Neighbour_Groupings_April_2021.csv',
    what: 'the DfE’s statistical neighbours, April 2021',
  },
  ltlaLookup: {
    path: 'dfe/LTLA-UTLA_Apr23_Lookup_England-Wales.csv',
    what: 'the ONS lookup of districts and boroughs to councils',
  },
  asglb: {
    path: 'asglb/Local-Level-ASG-Agency-Level-Data-Q4-2022-2023.xlsx',
    what: 'the ASGLB’s Quarter 4 agency-level adoption workbook',
  },
  laitAdoption: {
    path: 'lait/la_adoption_counts_2016_to_2025.csv',
    what: 'LAIT’s children adopted',
  },
  workforce: {
    path: 'dfe/csww_indicators_2017_to_2025.csv',
    what: 'the DfE’s children’s social work workforce indicators',
  },
  neighbours2025: {
    path: 'dfe/sn_model_2025_wide.csv',
    what: 'the DfE’s statistical neighbours, 2025 model',
  },
  hexMap: {
    path: 'maps/uk-upper-tier-local-authorities.hexjson',
    what: 'Open Innovations’ hex map layout of upper-tier councils',
  },
} as const;

export type InputName = keyof typeof RAW_FILES;
export type Inputs = Record<InputName, string>;

/** Every input's path in a raw-data folder laid out as `../shared/data-raw/`. */
export function inputsIn(rawDir: string): Inputs {
  return Object.fromEntries(
    Object.entries(RAW_FILES).map(([name, f]) => [name, join(rawDir, ...f.path.split('/'))]),
  ) as Inputs;
}

export const defaultInputs: Inputs = inputsIn(defaultRawDir);
