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
import { readInputText } from './lib/input-files';
import { AuthorityIndex } from './lib/authority-index';
import { NO_COUNCIL_CHANGES, type CouncilChanges } from './lib/council-changes';
import type { CsvRecord } from './lib/csv-out';
import type { Inputs } from './lib/paths';
import { CsvProblems } from './lib/problems';
import { NO_RELEASE_DATES, type ReleaseDates } from './lib/release-dates';
import type { AuthorityRef, ImporterResult } from './lib/report';
import { importAdoptionStages, readAdoptionStages } from './readers/adoption-stages';
import { careLeaverRows, readCareLeavers } from './readers/care-leavers';
import { importNeighbours } from './readers/neighbours';

export interface DfeOptions {
  /** Publication dates of the releases (the files carry none). */
  releases?: ReleaseDates;
  /** Other codes of our councils (`data/curated/council-changes.csv`). */
  changes?: CouncilChanges;
}

export type DfeInputs = Pick<Inputs, 'careLeavers' | 'adoptionStages' | 'neighbours'>;

/** Import from file texts (for tests); `importDfe` reads the files and calls this. */
export function importDfeTexts(
  texts: {
    careLeavers: [path: string, text: string];
    adoptionStages: [path: string, text: string];
    neighbours: [path: string, text: string];
  },
  authorities: readonly AuthorityRef[],
  options: DfeOptions = {},
): ImporterResult {
  const problems = new CsvProblems();
  const releases = options.releases ?? NO_RELEASE_DATES;
  const index = new AuthorityIndex(authorities, options.changes ?? NO_COUNCIL_CHANGES);
  const results = [
    careLeaverRows(readCareLeavers(...texts.careLeavers, problems), index, problems, releases),
    importAdoptionStages(readAdoptionStages(...texts.adoptionStages, problems), problems, releases),
    importNeighbours(...texts.neighbours, index, problems),
  ];
  problems.throwIfAny();
  const sources = new Map<string, CsvRecord>();
  for (const r of results) if (r.source) sources.set(String(r.source['id']), r.source);
  return { outputs: results.map((r) => r.output), sources: [...sources.values()] };
}

export function importDfe(
  inputs: DfeInputs,
  authorities: readonly AuthorityRef[],
  options: DfeOptions = {},
): ImporterResult {
  const read = (p: string): [string, string] => [p, readInputText(p)];
  return importDfeTexts(
    {
      careLeavers: read(inputs.careLeavers),
      adoptionStages: read(inputs.adoptionStages),
      neighbours: read(inputs.neighbours),
    },
    authorities,
    options,
  );
}
