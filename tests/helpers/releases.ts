/**
 * Publication dates of the releases the fixtures stand for, as an editor gives them once with
 * `--released=<id>:<date>` (the DfE's CSVs carry none; see scripts/import/lib/release-dates.ts).
 */
import { ReleaseDates } from '../../scripts/import/lib/release-dates';

export const FIXTURE_RELEASE_DATES: ReadonlyMap<string, string> = new Map([
  ['dfe-cla-2025', '2025-11-20'],
  ['dfe-csww-2025', '2026-04-27'],
  ['dfe-lait-adoption-2025', '2025-11-20'],
  ['dfe-statistical-neighbours-2025', '2026-04-27'],
  ['ons-ltla-utla-lookup-2023', '2026-04-27'],
]);

export const FIXTURE_RELEASES = new ReleaseDates(FIXTURE_RELEASE_DATES);

/** `--released=` arguments for the same dates, for the command-line tests. */
export const releasedArgs = (dates: ReadonlyMap<string, string> = FIXTURE_RELEASE_DATES): string[] =>
  [...dates].map(([id, date]) => `--released=${id}:${date}`);
