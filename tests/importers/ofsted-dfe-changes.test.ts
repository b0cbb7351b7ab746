/**
 * The Ofsted and DfE importers meet what a refresh brings: a next year's file, a replaced row, a
 * re-coded council and a bad value, each in the publisher's layout (variants of the fixtures made
 * on the fly). The community overview with a replaced row, the care leavers' next year, re-coded
 * council and bad values are also run through the whole refresh in refresh.test.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { importDfe, type DfeInputs } from '../../scripts/import/dfe';
import { parseCouncilChanges, readCouncilChanges } from '../../scripts/import/lib/council-changes';
import { summariseChange } from '../../scripts/import/lib/csv-out';
import { ReleaseDates } from '../../scripts/import/lib/release-dates';
import type { ImportOutput } from '../../scripts/import/lib/report';
import { importOfsted } from '../../scripts/import/ofsted';
import {
  COMMUNITY_DATE,
  FIXTURE_FILES,
  inYearRow,
  odsBytes,
  sheets2025,
} from '../fixtures/ofsted/build-fixtures';
import { DFE_FIXTURE_INPUTS } from '../helpers/import-inputs';
import { changeBetween, csvOf, importFailure, outputOf } from '../helpers/import-runs';
import { DFE_AUTHORITIES } from '../helpers/la-refs';
import { FIXTURE_RELEASE_DATES, FIXTURE_RELEASES } from '../helpers/releases';

const dir = () => mkdtempSync(join(tmpdir(), 'changes-'));
const write = (name: string, text: string | Uint8Array) => {
  const p = join(dir(), name);
  writeFileSync(p, text);
  return p;
};
/** data/curated/council-changes.csv as committed. */
const councilChangesCsv = () =>
  readFileSync(join(import.meta.dirname, '..', '..', 'data', 'curated', 'council-changes.csv'), 'utf8');
const HELP =
  'if it is a new council, or a council whose ONS code or LA number changed, add it to data/curated/council-changes.csv (docs/editing.md, "A new or re-coded council")';

describe('Ofsted outcomes: a next year, a re-coded council', () => {
  const RI = 'Requires improvement to be good';
  const nextYear = sheets2025({
    asAt: '31 March 2026',
    published: '24/09/2026',
    inYear: [
      // Haringey's inspection, which the community overview held, now in the official statistics.
      inYearRow(309, 'E09000014', 'Haringey', '12/01/2026', '24/02/2026', 'ILACS Short Inspection', [
        'Outstanding',
        'Outstanding',
        'Good',
        'Good',
        'Outstanding',
      ]),
      inYearRow(311, 'E09000016', 'Havering', '08/12/2025', '10/02/2026', 'ILACS Standard Inspection', [
        RI,
        RI,
        RI,
        'Inadequate',
        RI,
      ]),
    ],
  });
  const path = write('LA_Inspection_Outcomes_as_at_31_March_2026.ods', odsBytes(nextYear));
  const opts = { communityDate: COMMUNITY_DATE };

  it('cites the release its cover names, and the official row replaces the community one', () => {
    const before = importOfsted(FIXTURE_FILES, opts);
    const after = importOfsted({ ...FIXTURE_FILES, outcomes2025: path }, opts);
    expect(after.sources.find((s) => s['id'] === 'ofsted-la-outcomes-2026')).toMatchObject({
      title: 'Local authority inspection outcomes as at 31 March 2026',
      date: '2026-09-24',
    });
    expect(after.sources.map((s) => s['id'])).not.toContain('ofsted-la-outcomes-2025');
    const rows = csvParse(csvOf(outputOf(after.outputs, 'inspections.csv')));
    expect(rows.find((r) => r['id'] === 'havering-2026-02-10-ilacs-standard')).toMatchObject({
      overall: 'requires-improvement',
      children_in_care: 'inadequate',
      source: 'ofsted-la-outcomes-2026',
    });
    // Same inspection, same id: now from the official statistics, no longer the scrape.
    expect(rows.find((r) => r['id'] === 'haringey-2026-02-24-ilacs-short')).toMatchObject({
      overall: 'outstanding',
      source: 'ofsted-la-outcomes-2026',
    });
    const inspections = outputOf(after.outputs, 'inspections.csv');
    expect(inspections.skipped.map((s) => s.reason)).toContain(
      'community row: an official Ofsted row covers this inspection (same council and publication or start date); only its report link is used, for that row',
    );
    const change = summariseChange(
      csvOf(outputOf(before.outputs, 'inspections.csv')),
      csvOf(inspections),
      'id',
    );
    expect(change.added).toBe(1);
    expect(change.removed).toBe(0);
  });

  it('stops at an in-year row whose council has a new ONS code, until the code is recorded', () => {
    const recoded = sheets2025({
      inYear: [
        inYearRow(309, 'E09000099', 'Haringey', '08/12/2025', '10/02/2026', 'LA Monitoring visit', [
          null,
          null,
          null,
          null,
          null,
        ]),
      ],
    });
    const p = write('outcomes-2025.ods', odsBytes(recoded));
    expect(importFailure(() => importOfsted({ ...FIXTURE_FILES, outcomes2025: p }, opts))).toBe(
      `Ofsted import failed with 1 problem:\n  - outcomes-2025.ods, sheet "In-year_inspections", row 7, column B ("Local authority area code"): "E09000099": expected the ONS code of a current council (council "Haringey"); ${HELP}`,
    );
    const changes = parseCouncilChanges(
      councilChangesCsv() + 'haringey,recoded,E09000099,,,,A new ONS code (test)\n',
    );
    const r = importOfsted({ ...FIXTURE_FILES, outcomes2025: p }, { ...opts, changes });
    const rows = csvParse(csvOf(outputOf(r.outputs, 'inspections.csv')));
    expect(rows.find((x) => x['id'] === 'haringey-2026-02-10-monitoring-visit')?.['authority']).toBe(
      'haringey',
    );
  });

  it('takes former councils and their successors from data/curated/council-changes.csv', () => {
    const changes = readCouncilChanges();
    expect(changes.former.get('poole')).toEqual({
      onsCode: 'E06000029',
      laNumber: 836,
      region: 'South West',
      successors: ['bournemouth-christchurch-and-poole'],
    });
    const noPoole = parseCouncilChanges(
      councilChangesCsv()
        .split('\n')
        .filter((l) => !l.startsWith('poole,'))
        .join('\n'),
    );
    expect(importFailure(() => importOfsted(FIXTURE_FILES, { ...opts, changes: noPoole }))).toContain(
      'former council "Poole" (poole): no ONS code or LA number in the sheets and no "abolished" row in data/curated/council-changes.csv',
    );
  });

  it('reports a bad row of council-changes.csv at its line and column', () => {
    expect(() =>
      parseCouncilChanges(
        'authority,change,ons_code,la_number,region,successors,note\nx,moved,E1,1000,Mars,,n\n',
      ),
    ).toThrow(
      [
        'data/curated/council-changes.csv has 4 problem(s):',
        '  data/curated/council-changes.csv:2:2 change: expected one of: abolished, recoded (got "moved")',
        '  data/curated/council-changes.csv:2:3 ons_code: expected an ONS code such as E09000014 (got "E1")',
        '  data/curated/council-changes.csv:2:4 la_number: expected a whole number from 100 to 999 (got "1000")',
        '  data/curated/council-changes.csv:2:5 region: expected one of: North East, North West, Yorkshire and The Humber, East Midlands, West Midlands, East of England, London, South East, South West (got "Mars")',
      ].join('\n'),
    );
  });
});

describe('DfE files: a next year, a replaced row, a re-coded council, a bad value', () => {
  const inputs = DFE_FIXTURE_INPUTS;
  const text = (p: string) => readFileSync(p, 'utf8');
  /** A copy of one input, saved as `name` (its own name unless given), with `from` replaced by `to`. */
  const edited = (
    input: keyof DfeInputs,
    from: string | RegExp,
    to: string,
    name = basename(inputs[input]),
  ) => write(name, text(inputs[input]).replace(from, to));
  const run = (swap: Partial<DfeInputs>, releases = FIXTURE_RELEASES, changes = readCouncilChanges()) =>
    importDfe({ ...inputs, ...swap }, DFE_AUTHORITIES, { releases, changes });
  const base = run({});

  it('adoption stages: a next year cites its own release, once its date is given', () => {
    const next = write(
      'national_cla_adopted_average_time_between_adoption_process_stages.csv',
      text(inputs.adoptionStages) +
        '2026,Reporting year,National,E92000001,England,Age on starting final period of care,6. Total average time between entry into care and adoption,Total,01:10\n',
    );
    expect(importFailure(() => run({ adoptionStages: next }))).toContain(
      'no publication date known for the release of reporting year 2026 (dfe-cla-2026)',
    );
    const dates = new ReleaseDates(new Map([...FIXTURE_RELEASE_DATES, ['dfe-cla-2026', '2026-11-19']]));
    const r = run({ adoptionStages: next }, dates);
    const stages = outputOf(r.outputs, 'adoption-stages.csv');
    expect(new Set(stages.rows.map((x) => x['source']))).toEqual(new Set(['dfe-cla-2026']));
    // The care-leaver file still ends in 2025: each file cites the release of its own last year.
    expect(r.sources.map((s) => s['id'])).toEqual([
      'dfe-cla-2025',
      'dfe-cla-2026',
      'dfe-statistical-neighbours-2021',
    ]);
  });

  it('care leavers and adoption stages: a replaced row is one changed row', () => {
    const care = edited(
      'careLeavers',
      'Haringey,E09000014,19 to 21 years,"Total in education, employment or training",120,52',
      'Haringey,E09000014,19 to 21 years,"Total in education, employment or training",125,54',
    );
    const stages = edited('adoptionStages', ',Total,01:11', ',Total,01:10');
    const r = run({ careLeavers: care, adoptionStages: stages });
    for (const file of ['care-leavers.csv', 'adoption-stages.csv']) {
      const was = outputOf(base.outputs, file);
      expect(changeBetween(was, outputOf(r.outputs, file))).toMatchObject({
        added: 0,
        changed: 1,
        removed: 0,
      });
    }
  });

  it('care leavers: a council matched by a code recorded in council-changes.csv', () => {
    const care = edited('careLeavers', /,311,Havering,E09000016,/g, ',,Havering,E09000098,');
    expect(importFailure(() => run({ careLeavers: care }))).toContain(
      `la_care_leavers_activity.csv:13:10: council Havering (ONS E09000098, LA none) matches no council; authorities.csv has Havering as ONS E09000016, LA 311: a re-coded council? (got "E09000098", expected the ONS code or old LA number of a council in authorities.csv; ${HELP})`,
    );
    // A misspelt name as well: the council a typo away is suggested.
    const typo = edited('careLeavers', /,311,Havering,E09000016,/g, ',,Haverng,E09000098,');
    expect(importFailure(() => run({ careLeavers: typo }))).toContain(
      'council Haverng (ONS E09000098, LA none) matches no council; did you mean Havering (ONS E09000016, LA 311)?',
    );
    const changes = parseCouncilChanges(
      'authority,change,ons_code,la_number,region,successors,note\nhavering,recoded,E09000098,,,,test\n',
    );
    const rows = outputOf(
      run({ careLeavers: care }, FIXTURE_RELEASES, changes).outputs,
      'care-leavers.csv',
    ).rows;
    expect(rows.find((x) => x['area_code'] === 'E09000098')?.['authority']).toBe('havering');
  });

  it('statistical neighbours: a newer grouping is named by its file, a replaced row changes one council', () => {
    const next = edited(
      'neighbours',
      '309,Haringey,309,3,London (Inner),320,Close',
      '309,Haringey,309,3,London (Inner),311,Close',
      'New_Statistical_Neighbour_Groupings_April_2022.csv',
    );
    const r = run({ neighbours: next });
    expect(r.sources.find((s) => String(s['id']).startsWith('dfe-statistical-neighbours'))).toEqual({
      id: 'dfe-statistical-neighbours-2022',
      publisher: 'Department for Education',
      title: 'Statistical neighbour groupings, April 2022',
      url: 'https://www.gov.uk/government/publications/local-authority-interactive-tool-lait',
      date: '2022-04-01',
      licence: 'OGL-UK-3.0',
    });
    const rows = outputOf(r.outputs, 'neighbours.csv').rows;
    expect(rows.find((x) => x['authority'] === 'haringey' && x['rank'] === 1)?.['neighbour']).toBe(
      'havering',
    );
    const strip = (o: ImportOutput) => ({ ...o, rows: o.rows.map((x) => ({ ...x, source: '' })) });
    const was = outputOf(base.outputs, 'neighbours.csv');
    expect(changeBetween(strip(was), strip(outputOf(r.outputs, 'neighbours.csv')))).toMatchObject({
      added: 0,
      changed: 1,
      removed: 0,
    });
    const unnamed = write('neighbours.csv', text(inputs.neighbours));
    expect(importFailure(() => run({ neighbours: unnamed }))).toContain(
      'neighbours.csv:1:1: the file name gives no month and year of the groupings (got "neighbours.csv", expected a name such as New_Statistical_Neighbour_Groupings_April_2021.csv)',
    );
  });

  it('statistical neighbours: a neighbour that is not an LA number is a problem at its cell', () => {
    const bad = edited(
      'neighbours',
      '309,Haringey,309,3,London (Inner),320,Close',
      '309,Haringey,309,3,London (Inner),n/a,Close',
    );
    expect(importFailure(() => run({ neighbours: bad }))).toContain(
      'New_Statistical_Neighbour_Groupings_April_2021.csv:2:6: SN1 of Haringey is not an LA number (got "n/a", expected a three-digit old LA number)',
    );
  });
});
