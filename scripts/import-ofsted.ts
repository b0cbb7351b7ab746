/** Ofsted importer: the two Ofsted ODS files and the community scrape. (Stub: being written.) */
import type { AuthorityRef, ImporterResult } from './lib/report';
import type { Inputs } from './lib/paths';

export type OfstedInputs = Pick<Inputs, 'history2023' | 'outcomes2025' | 'community' | 'careLeavers'>;

export function importOfsted(_inputs: OfstedInputs): ImporterResult & { authorities: AuthorityRef[] } {
  return { outputs: [], sources: [], authorities: [] };
}
