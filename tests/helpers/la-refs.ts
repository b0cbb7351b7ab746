/**
 * Councils as the Ofsted importer hands them to the adoption, workforce and neighbours importers
 * (slug, name as Ofsted writes it, ONS code, old LA number, current or former): the real ones
 * that the hand-made fixtures in tests/fixtures/{asglb,lait,dfe} name.
 */
import type { AuthorityRef } from '../../scripts/import/lib/report';

const ref = (
  slug: string,
  name: string,
  onsCode: string,
  laNumber: number,
  current = true,
): AuthorityRef => ({
  slug,
  name,
  onsCode,
  laNumber,
  current,
});

export const LA_REFS: readonly AuthorityRef[] = [
  ref('barnsley', 'Barnsley', 'E08000016', 370),
  ref('bournemouth', 'Bournemouth', 'E06000028', 837, false),
  ref('bournemouth-christchurch-and-poole', 'Bournemouth, Christchurch & Poole', 'E06000058', 839),
  ref('buckinghamshire', 'Buckinghamshire', 'E06000060', 825),
  ref('city-of-london', 'City of London', 'E09000001', 201),
  ref('cornwall', 'Cornwall', 'E06000052', 908),
  ref('cumberland', 'Cumberland', 'E06000063', 942),
  ref('cumbria', 'Cumbria', 'E10000006', 909, false),
  ref('dorset', 'Dorset', 'E06000059', 838),
  ref('dorset-county-council', 'Dorset', 'E10000009', 835, false),
  ref('halton', 'Halton', 'E06000006', 876),
  ref('haringey', 'Haringey', 'E09000014', 309),
  ref('havering', 'Havering', 'E09000016', 311),
  ref('isles-of-scilly', 'Isles of Scilly', 'E06000053', 420),
  ref('kensington-and-chelsea', 'Kensington and Chelsea', 'E09000020', 207),
  ref('kingston-upon-thames', 'Kingston upon Thames', 'E09000021', 314),
  ref('north-northamptonshire', 'North Northamptonshire', 'E06000061', 940),
  ref('north-yorkshire', 'North Yorkshire', 'E06000065', 815),
  ref('northamptonshire', 'Northamptonshire', 'E10000021', 928, false),
  ref('poole', 'Poole', 'E06000029', 836, false),
  ref('richmond-upon-thames', 'Richmond upon Thames', 'E09000027', 318),
  ref('somerset', 'Somerset', 'E06000066', 933),
  ref('west-northamptonshire', 'West Northamptonshire', 'E06000062', 941),
  ref('westminster', 'Westminster', 'E09000033', 213),
  ref('westmorland-and-furness', 'Westmorland and Furness', 'E06000064', 943),
  ref('wirral', 'Wirral', 'E08000015', 344),
];

/** Only the councils with these slugs (for a file that must cover every current council it is given). */
export const refsFor = (slugs: readonly string[]): AuthorityRef[] =>
  LA_REFS.filter((a) => slugs.includes(a.slug));

/** The councils the DfE fixtures (tests/fixtures/dfe: care leavers, adoption stages, 2021 neighbours) name. */
export const DFE_AUTHORITIES: readonly AuthorityRef[] = [
  ref('haringey', 'Haringey', 'E09000014', 309),
  ref('havering', 'Havering', 'E09000016', 311),
  ref('enfield', 'Enfield', 'E09000010', 308),
  ref('waltham-forest', 'Waltham Forest', 'E09000031', 320),
  ref('hackney', 'Hackney', 'E09000012', 204),
  ref('bath-and-north-east-somerset', 'Bath and North East Somerset', 'E06000022', 800),
  ref('cumberland', 'Cumberland', 'E06000063', 942),
  ref('northamptonshire', 'Northamptonshire', 'E10000021', 928, false),
];

/** The councils created in 2021-2023 (the 2025 statistical neighbours must cover them). */
export const COUNCILS_CREATED_2021_2023: readonly string[] = [
  'cumberland',
  'westmorland-and-furness',
  'north-northamptonshire',
  'west-northamptonshire',
  'north-yorkshire',
  'somerset',
  'buckinghamshire',
];
