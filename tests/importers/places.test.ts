/**
 * The places importer on a fixture in the ONS layout (tests/fixtures/ons/): every English area
 * written with the council that runs its children's services, Welsh areas skipped under one
 * reason, byte-identical re-runs, and every problem (header, unknown council, council without an
 * area, repeated code) reported at once with file, line and column.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../scripts/import/lib/csv-out';
import { formatReport, type AuthorityRef } from '../../scripts/import/lib/report';
import { importPlaces, importPlacesText, PlaceProblems, WELSH_REASON } from '../../scripts/import/places';
import { ReleaseDates } from '../../scripts/import/lib/release-dates';
import { councilsFor } from '../helpers/import-councils';
import { importFailure } from '../helpers/import-runs';
import { FIXTURE_RELEASES } from '../helpers/releases';

const PATH = join(import.meta.dirname, '..', 'fixtures', 'ons', 'LTLA-UTLA_Apr23_Lookup_England-Wales.csv');
const TEXT = readFileSync(PATH, 'utf8');
const REFS: AuthorityRef[] = councilsFor([
  'haringey',
  'havering',
  'dorset',
  'dorset-county-council',
  'isles-of-scilly',
  'bournemouth-christchurch-and-poole',
  'essex',
  'durham',
]);

function run(text: string, refs: readonly AuthorityRef[] = REFS) {
  const problems = new PlaceProblems();
  const output = importPlacesText(PATH, text, refs, problems);
  return { output, problems: problems.list, csv: toCsv(output.columns, output.rows) };
}

/** The fixture with its data lines changed by `edit` (the header and BOM kept). */
const variant = (edit: (lines: string[]) => string[]) => {
  const [head = '', ...lines] = TEXT.trimEnd().split('\n');
  return [head, ...edit(lines)].join('\n') + '\n';
};

describe('places importer', () => {
  const { output, problems, csv } = run(TEXT);

  it('writes every English area with its council, codes and names as the ONS gives them', () => {
    expect(problems).toEqual([]);
    expect(csv).toBe(
      [
        'ltla_code,ltla_name,utla_code,utla_name,authority,source',
        'E06000047,County Durham,E06000047,County Durham,durham,ons-ltla-utla-lookup-2023',
        'E06000053,Isles of Scilly,E06000053,Isles of Scilly,isles-of-scilly,ons-ltla-utla-lookup-2023',
        'E06000058,"Bournemouth, Christchurch and Poole",E06000058,"Bournemouth, Christchurch and Poole",bournemouth-christchurch-and-poole,ons-ltla-utla-lookup-2023',
        'E06000059,Dorset,E06000059,Dorset,dorset,ons-ltla-utla-lookup-2023',
        'E07000066,Basildon,E10000012,Essex,essex,ons-ltla-utla-lookup-2023',
        'E07000070,Chelmsford,E10000012,Essex,essex,ons-ltla-utla-lookup-2023',
        'E07000073,Harlow,E10000012,Essex,essex,ons-ltla-utla-lookup-2023',
        'E09000014,Haringey,E09000014,Haringey,haringey,ons-ltla-utla-lookup-2023',
        'E09000016,Havering,E09000016,Havering,havering,ons-ltla-utla-lookup-2023',
        '',
      ].join('\n'),
    );
  });

  it('skips the Welsh rows under one reason, and accounts for every row', () => {
    expect(output.read).toBe(11);
    expect(output.skipped).toEqual([
      { where: 'LTLA-UTLA_Apr23_Lookup_England-Wales.csv line 9', reason: WELSH_REASON },
      { where: 'LTLA-UTLA_Apr23_Lookup_England-Wales.csv line 10', reason: WELSH_REASON },
    ]);
    expect(output.read).toBe(output.rows.length + output.skipped.length);
    expect(
      formatReport({
        output: output.file,
        read: output.read,
        written: output.rows.length,
        skipped: output.skipped,
      }),
    ).toBe(`places.csv: read 11 = written 9 + skipped 2\n  skipped 2: ${WELSH_REASON}`);
  });

  it('gives byte-identical output on a re-run and whatever the row order', () => {
    expect(run(TEXT).csv).toBe(csv);
    expect(run(variant((l) => [...l].reverse())).csv).toBe(csv);
  });

  it('cites the ONS lookup, dated as the editor gave it (the file carries no date)', () => {
    const r = importPlaces({ ltlaLookup: PATH }, REFS, FIXTURE_RELEASES);
    expect(r.sources).toEqual([
      expect.objectContaining({
        id: 'ons-ltla-utla-lookup-2023',
        publisher: 'Office for National Statistics',
        date: '2026-04-27',
      }),
    ]);
    const remembered = new ReleaseDates(new Map(), new Map([['ons-ltla-utla-lookup-2023', '2026-05-01']]));
    expect(importPlaces({ ltlaLookup: PATH }, REFS, remembered).sources[0]?.['date']).toBe('2026-05-01');
  });
});

describe('places importer errors', () => {
  it('a header that is not the ONS layout stops the import, naming file, expected and found', () => {
    const swapped = TEXT.replace('LTLA23CD,LTLA23NM', 'LTLA23NM,LTLA23CD');
    const { problems, output } = run(swapped);
    expect(output.rows).toEqual([]);
    expect(problems).toEqual([
      expect.stringMatching(
        /^LTLA-UTLA_Apr23_Lookup_England-Wales\.csv:1:1: unexpected header \(got "LTLA23NM,LTLA23CD,.*", expected "LTLA23CD,LTLA23NM,LTLA23NMW,UTLA23CD,UTLA23NM,UTLA23NMW,ObjectId"; columns 1 and 2 swapped/,
      ),
    ]);
  });

  it('lists every bad row at once: unknown council, repeated and malformed codes, a council with no area', () => {
    const text = variant((lines) => [
      ...lines.filter((l) => !l.startsWith('E09000016')), // Havering loses its only area
      'E07000073,Harlow,,E10000012,Essex,,12', // repeated
      'E07000105,Ashford,,E10000016,Kent,,13', // Kent is not in the authority list
      'E0700,Nowhere,,E10000012,Essex,,14',
    ]);
    const { problems } = run(text);
    expect(problems).toEqual([
      'LTLA-UTLA_Apr23_Lookup_England-Wales.csv:12:1: second row for E07000073 (first on line 5) (got "E07000073", expected one row per area)',
      'LTLA-UTLA_Apr23_Lookup_England-Wales.csv:13:4: UTLA23CD of Ashford is not the ONS code of a current council in the authority list (council "Kent") (got "E10000016", expected the ONS code of one of the 7 current councils (authorities.csv ons_code))',
      'LTLA-UTLA_Apr23_Lookup_England-Wales.csv:14:1: LTLA23CD is not an ONS area code (got "E0700", expected E or W and eight digits, such as E07000073)',
      'LTLA-UTLA_Apr23_Lookup_England-Wales.csv:1:4: no area has Havering (E09000016), a current council, as its upper-tier authority (got "", expected every current council to run children’s services for at least one area)',
    ]);
  });

  it.each([
    [
      'through the step: one ImportError with every problem, never a stack trace',
      [...REFS, ...councilsFor(['kent'])],
      FIXTURE_RELEASES,
      'Places import failed with 1 problem(s):\n  LTLA-UTLA_Apr23_Lookup_England-Wales.csv:1:4: no area has Kent (E10000016), a current council, as its upper-tier authority (got "", expected every current council to run children’s services for at least one area)',
    ],
    [
      'a lookup with no known date stops the import and says which option gives it',
      REFS,
      undefined,
      'Places import failed with 1 problem(s):\n  LTLA-UTLA_Apr23_Lookup_England-Wales.csv:1:1: no publication date known for the ONS lookup (ons-ltla-utla-lookup-2023) (expected its publication date, given once with --released=ons-ltla-utla-lookup-2023:yyyy-mm-dd (then kept in data/sources.csv))',
    ],
  ])('%s', (_name, refs, releases, message) => {
    expect(importFailure(() => importPlaces({ ltlaLookup: PATH }, refs, releases))).toBe(message);
  });
});
