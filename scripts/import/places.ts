/**
 * Places importer: `data/places.csv`, every district, borough and unitary area of England (ONS
 * lower-tier local authority, LTLA) with the council that runs its children's services (the
 * upper-tier authority, UTLA), from the ONS lookup read by `readers/ltla-lookup.ts`.
 *
 * Every row is written or skipped with a reason: Welsh areas (Ofsted inspects English councils
 * only) and blank rows are skipped. An upper-tier code that is not a current council of the
 * authority list, a current council with no area, a repeated or malformed code or an empty name
 * stops the import, every problem listed at once as `file:line:column: message (got, expected)`.
 * Rows are written in ONS code order, so the same file gives the same bytes.
 */
import { readInputText } from './lib/input-files';
import { DATASETS } from './columns';
import { cmp, type CsvRecord } from './lib/csv-out';
import { where } from './lib/dfe-values';
import type { Inputs } from './lib/paths';
import { CsvProblems } from './lib/problems';
import { NO_RELEASE_DATES, ReleaseDates } from './lib/release-dates';
import type { AuthorityRef, ImporterResult, ImportOutput, Skip } from './lib/report';
import { readLtlaLookup } from './readers/ltla-lookup';

/** The lookup's source id: the April 2023 boundaries its header names (`LTLA23CD`, `headers.ts`). */
const PLACES_SOURCE_ID = 'ons-ltla-utla-lookup-2023';

/**
 * The ONS publishes the lookup on its Open Geography Portal; the copy imported is the DfE's, in
 * its CSC outcomes and enablers repository. The file carries no date: as for the other files
 * taken from there, the date of that copy (commit 2f5d11a, 27 April 2026) was given once
 * (`--released=ons-ltla-utla-lookup-2023:2026-04-27`) and is remembered in `data/sources.csv`
 * (`lib/release-dates.ts`).
 */
function placesSource(date: string): CsvRecord {
  return {
    id: PLACES_SOURCE_ID,
    publisher: 'Office for National Statistics',
    title:
      'Lower Tier Local Authority to Upper Tier Local Authority (April 2023) Lookup in England and Wales',
    url: 'https://github.com/dfe-analytical-services/CSC_outcomes_and_enablers',
    date,
    licence: 'OGL-UK-3.0',
  };
}

export const WELSH_REASON =
  'area in Wales: Ofsted inspects the children’s services of councils in England only';

const CODE = /^[EW]\d{8}$/;

export function importPlacesText(
  path: string,
  text: string,
  authorities: readonly AuthorityRef[],
  problems: CsvProblems,
): ImportOutput {
  const skipped: Skip[] = [];
  const out: ImportOutput = { ...DATASETS.places, rows: [], read: 0, skipped };
  const rows = readLtlaLookup(path, text, problems);
  if (!rows) return out;
  out.read = rows.length;
  const current = new Map(authorities.filter((a) => a.current).map((a) => [a.onsCode, a]));
  const firstLine = new Map<string, number>();
  const served = new Set<string>();
  const places: CsvRecord[] = [];
  for (const r of rows) {
    if (r.blank) {
      skipped.push({ where: where(path, r.line), reason: 'blank row' });
      continue;
    }
    let ok = true;
    const bad = (column: number, message: string, got: string, expected: string) => {
      problems.add(path, r.line, column, message, got, expected);
      ok = false;
    };
    if (!CODE.test(r.ltlaCode))
      bad(
        r.col.ltlaCode,
        'LTLA23CD is not an ONS area code',
        r.ltlaCode,
        'E or W and eight digits, such as E07000073',
      );
    if (r.ltlaCode.startsWith('W')) {
      skipped.push({ where: where(path, r.line), reason: WELSH_REASON });
      continue;
    }
    const first = firstLine.get(r.ltlaCode);
    if (first !== undefined)
      bad(
        r.col.ltlaCode,
        `second row for ${r.ltlaCode} (first on line ${first})`,
        r.ltlaCode,
        'one row per area',
      );
    else firstLine.set(r.ltlaCode, r.line);
    if (r.ltlaName === '') bad(r.col.ltlaName, `LTLA23NM of ${r.ltlaCode} is empty`, '', 'the area’s name');
    if (r.utlaName === '')
      bad(r.col.utlaName, `UTLA23NM of ${r.ltlaCode} is empty`, '', 'the council’s name');
    const council = current.get(r.utlaCode);
    if (!council)
      bad(
        r.col.utlaCode,
        `UTLA23CD of ${r.ltlaName || r.ltlaCode} is not the ONS code of a current council in the authority list (council "${r.utlaName}")`,
        r.utlaCode,
        `the ONS code of one of the ${current.size} current councils (authorities.csv ons_code)`,
      );
    if (!ok || !council) continue;
    served.add(council.slug);
    places.push({
      ltla_code: r.ltlaCode,
      ltla_name: r.ltlaName,
      utla_code: r.utlaCode,
      utla_name: r.utlaName,
      authority: council.slug,
      source: PLACES_SOURCE_ID,
    });
  }
  for (const a of [...current.values()].sort((x, y) => cmp(x.slug, y.slug)))
    if (!served.has(a.slug))
      problems.add(
        path,
        1,
        rows[0]?.col.utlaCode ?? 4,
        `no area has ${a.name} (${a.onsCode}), a current council, as its upper-tier authority`,
        '',
        'every current council to run children’s services for at least one area',
      );
  out.rows = places.sort((a, b) => cmp(String(a['ltla_code']), String(b['ltla_code'])));
  return out;
}

/** Problems in the ONS lookup, headed as such (`file:line:column` like every CSV import). */
export class PlaceProblems extends CsvProblems {
  protected override heading(n: number): string {
    return `Places import failed with ${n} problem(s):`;
  }
}

/**
 * The places step: `places.csv` and its source, for the authority list of the Ofsted step. The
 * lookup's date comes from `releases` (`--released`, or `data/sources.csv`); none stops the import.
 */
export function importPlaces(
  inputs: Pick<Inputs, 'ltlaLookup'>,
  authorities: readonly AuthorityRef[],
  releases: ReleaseDates = NO_RELEASE_DATES,
): ImporterResult {
  const problems = new PlaceProblems();
  const date = releases.date(PLACES_SOURCE_ID);
  if (!date)
    problems.add(
      inputs.ltlaLookup,
      1,
      1,
      `no publication date known for the ONS lookup (${PLACES_SOURCE_ID})`,
      undefined,
      ReleaseDates.help(PLACES_SOURCE_ID),
    );
  const output = importPlacesText(inputs.ltlaLookup, readInputText(inputs.ltlaLookup), authorities, problems);
  problems.throwIfAny();
  if (output.read !== output.rows.length + output.skipped.length)
    throw new Error(
      `places.csv: read ${output.read} but wrote ${output.rows.length} and skipped ${output.skipped.length}`,
    );
  return { outputs: [output], sources: date ? [placesSource(date)] : [] };
}
