/**
 * Councils as the Ofsted importer hands them to the adoption, workforce and neighbours importers
 * (slug, name as Ofsted writes it, ONS code, old LA number, current or former): the real ones
 * that the hand-made fixtures in tests/fixtures/{asglb,lait,dfe} name, read from the committed
 * data/authorities.csv (one definition of each council's codes).
 */
import type { AuthorityRef } from '../../scripts/import/lib/report';
import { fileURLToPath } from 'node:url';
import { loadDataset } from '../../src/data/load';

const DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

/** These councils as the committed data/authorities.csv holds them, in the order given. */
const refsOf = (slugs: readonly string[]): AuthorityRef[] =>
  slugs.map((slug) => {
    const a = loadDataset(DATA_DIR).authorities.get(slug);
    if (!a) throw new Error(`tests/helpers/la-refs.ts: no council "${slug}" in data/authorities.csv`);
    return { slug: a.slug, name: a.name, onsCode: a.onsCode, laNumber: a.laNumber, current: a.current };
  });

export const LA_REFS: readonly AuthorityRef[] = refsOf([
  'barnsley',
  'bournemouth',
  'bournemouth-christchurch-and-poole',
  'buckinghamshire',
  'city-of-london',
  'cornwall',
  'cumberland',
  'cumbria',
  'dorset',
  'dorset-county-council',
  'halton',
  'haringey',
  'havering',
  'isles-of-scilly',
  'kensington-and-chelsea',
  'kingston-upon-thames',
  'north-northamptonshire',
  'north-yorkshire',
  'northamptonshire',
  'poole',
  'richmond-upon-thames',
  'somerset',
  'west-northamptonshire',
  'westminster',
  'westmorland-and-furness',
  'wirral',
]);

/** Only the councils with these slugs (for a file that must cover every current council it is given). */
export const refsFor = (slugs: readonly string[]): AuthorityRef[] =>
  LA_REFS.filter((a) => slugs.includes(a.slug));

/** The councils the DfE fixtures (tests/fixtures/dfe: care leavers, adoption stages, 2021 neighbours) name. */
export const DFE_AUTHORITIES: readonly AuthorityRef[] = refsOf([
  'haringey',
  'havering',
  'enfield',
  'waltham-forest',
  'hackney',
  'bath-and-north-east-somerset',
  'cumberland',
  'northamptonshire',
]);

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
