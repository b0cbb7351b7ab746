/**
 * What no Ofsted sheet says about councils, kept in the code: council types the 2023 sheet lacks
 * or gives as they were, and names the 2023 sheet spells differently. Former councils' codes,
 * regions and successors, and councils' changed codes, are data: `data/curated/council-changes.csv`
 * (`../lib/council-changes.ts`).
 */

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
