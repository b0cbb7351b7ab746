/** DfE importer: care leavers, adoption stages, statistical neighbours. (Stub: being written.) */
import type { AuthorityRef, ImporterResult } from './lib/report';
import type { Inputs } from './lib/paths';

export type DfeInputs = Pick<Inputs, 'careLeavers' | 'adoptionStages' | 'neighbours'>;

export function importDfe(_inputs: DfeInputs, _authorities: readonly AuthorityRef[]): ImporterResult {
  return { outputs: [], sources: [] };
}
