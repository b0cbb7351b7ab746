/**
 * DfE importer: care leavers in education, employment or training (EET), England's average time
 * between adoption stages, and statistical neighbours, from the Department for Education's own
 * CSV downloads (one reader each in `readers/`), attached to the councils of the authority list.
 *
 * Every input row is written (or used to write a row) or skipped with a reason. Problems that
 * would make the output wrong (a header that is not the publisher's layout, a malformed value, a
 * cohort without its EET row) are collected and thrown once, each as
 * `file:line:column: message (got "...", expected ...)`.
 */
import { readFileSync } from 'node:fs';
import { AuthorityIndex } from './lib/authority-index';
import type { Inputs } from './lib/paths';
import { CsvProblems } from './lib/problems';
import type { AuthorityRef, ImporterResult } from './lib/report';
import { importAdoptionStages } from './readers/adoption-stages';
import { careLeaverRows, readCareLeavers } from './readers/care-leavers';
import { importNeighbours } from './readers/neighbours';
import { CLA_SOURCE, NEIGHBOURS_SOURCE } from './sources';

export type DfeInputs = Pick<Inputs, 'careLeavers' | 'adoptionStages' | 'neighbours'>;

/** Import from file texts (for tests); `importDfe` reads the files and calls this. */
export function importDfeTexts(
  texts: {
    careLeavers: [path: string, text: string];
    adoptionStages: [path: string, text: string];
    neighbours: [path: string, text: string];
  },
  authorities: readonly AuthorityRef[],
): ImporterResult {
  const problems = new CsvProblems();
  const index = new AuthorityIndex(authorities);
  const outputs = [
    careLeaverRows(readCareLeavers(...texts.careLeavers, problems), index, problems),
    importAdoptionStages(...texts.adoptionStages, problems),
    importNeighbours(...texts.neighbours, index, problems),
  ];
  problems.throwIfAny();
  return { outputs, sources: [{ ...CLA_SOURCE }, { ...NEIGHBOURS_SOURCE }] };
}

export function importDfe(inputs: DfeInputs, authorities: readonly AuthorityRef[]): ImporterResult {
  const read = (p: string): [string, string] => [p, readFileSync(p, 'utf8')];
  return importDfeTexts(
    {
      careLeavers: read(inputs.careLeavers),
      adoptionStages: read(inputs.adoptionStages),
      neighbours: read(inputs.neighbours),
    },
    authorities,
  );
}
