/**
 * The authority list for the places and hex map importer tests: councils of `LA_REFS` by slug, and
 * the councils the ONS lookup and hex map fixtures (tests/fixtures/{ons,maps}) name beyond it.
 */
import type { AuthorityRef } from '../../scripts/import/lib/report';
import { refsFor } from './la-refs';

const MORE_COUNCILS: readonly AuthorityRef[] = [
  { slug: 'warwickshire', name: 'Warwickshire', onsCode: 'E10000031', laNumber: 937, current: true },
  { slug: 'herefordshire', name: 'Herefordshire', onsCode: 'E06000019', laNumber: 884, current: true },
  { slug: 'essex', name: 'Essex', onsCode: 'E10000012', laNumber: 881, current: true },
  { slug: 'durham', name: 'Durham', onsCode: 'E06000047', laNumber: 840, current: true },
  { slug: 'kent', name: 'Kent', onsCode: 'E10000016', laNumber: 886, current: true },
];

/** The councils with these slugs: those of `LA_REFS` first (in its order), then the others (in the order above). */
export const councilsFor = (slugs: readonly string[]): AuthorityRef[] => [
  ...refsFor(slugs),
  ...MORE_COUNCILS.filter((a) => slugs.includes(a.slug)),
];
