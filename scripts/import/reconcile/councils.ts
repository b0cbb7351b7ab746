/**
 * What no Ofsted sheet says about councils, kept by hand: former councils' codes, regions and
 * successors, council types the 2023 sheet lacks or gives as they were, and names the 2023 sheet
 * spells differently.
 */
import type { Region } from '../../../src/data/types';

/**
 * Former councils: what no Ofsted sheet gives for them. The ILACS history gives the ONS code and
 * LA number of those it lists (Bournemouth, Cumbria, Northamptonshire) and those win; Poole and
 * the former Dorset County Council appear only in the 2023 sheet, whose links are not LA numbers.
 * LA numbers and ONS codes: DfE / ONS codes in use before the 2019 Dorset reorganisation;
 * regions: ONS regions of the areas.
 */
export const FORMER: Record<
  string,
  { onsCode: string; laNumber: number; region: Region; successors: string[] }
> = {
  bournemouth: {
    onsCode: 'E06000028',
    laNumber: 837,
    region: 'South West',
    successors: ['bournemouth-christchurch-and-poole'],
  },
  poole: {
    onsCode: 'E06000029',
    laNumber: 836,
    region: 'South West',
    successors: ['bournemouth-christchurch-and-poole'],
  },
  // Christchurch was a district of Dorset county, so BCP is also a successor of the county.
  'dorset-county-council': {
    onsCode: 'E10000009',
    laNumber: 835,
    region: 'South West',
    successors: ['dorset', 'bournemouth-christchurch-and-poole'],
  },
  northamptonshire: {
    onsCode: 'E10000021',
    laNumber: 928,
    region: 'East Midlands',
    successors: ['north-northamptonshire', 'west-northamptonshire'],
  },
  cumbria: {
    onsCode: 'E10000006',
    laNumber: 909,
    region: 'North West',
    successors: ['cumberland', 'westmorland-and-furness'],
  },
};

/**
 * Council types the 2023 sheet does not give, or gives as they were before 1 April 2023:
 * Cumberland and Westmorland and Furness were created as unitary councils on 1 April 2023;
 * North Yorkshire and Somerset county councils became unitary councils that day (new ONS codes
 * E06000065, E06000066). Any other current council absent from the 2023 sheet is also Unitary
 * (every council created since 2009 has been).
 */
export const TYPE_OVERRIDE: Record<string, string> = {
  'north-yorkshire': 'Unitary',
  somerset: 'Unitary',
};
export const DEFAULT_NEW_COUNCIL_TYPE = 'Unitary';

/** Names the 2023 sheet gives differently from the 2025 file (slug in 2023 -> slug in 2025). */
export const NAME_ALIASES_2023: Record<string, string> = {
  'bedford-borough': 'bedford',
};
