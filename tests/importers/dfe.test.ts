import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDfe, importDfeTexts, type DfeInputs } from '../../scripts/import/dfe';
import { yearsMonthsToMonths } from '../../scripts/import/readers/adoption-stages';
import type { AuthorityRef } from '../../scripts/import/lib/report';
import { dfeFixture, DFE_FIXTURE_INPUTS } from '../helpers/import-inputs';
import { csvOf, expectRows, firstRowBy, importFailure, outputOf } from '../helpers/import-runs';
import { DFE_AUTHORITIES } from '../helpers/la-refs';
import { FIXTURE_RELEASES } from '../helpers/releases';

const inputs = DFE_FIXTURE_INPUTS;
const authorities = DFE_AUTHORITIES;

/** The import of the fixtures, with some inputs swapped for others. */
const run = (swap: Partial<DfeInputs> = {}, list: readonly AuthorityRef[] = authorities) =>
  importDfe({ ...inputs, ...swap }, list, { releases: FIXTURE_RELEASES });

/** Run with one input swapped for another fixture, returning the thrown message. */
const errorOf = (swap: Partial<DfeInputs>, list: readonly AuthorityRef[] = authorities): string =>
  importFailure(() => run(swap, list));

/** Run with some inputs swapped (and another council list): the import fails with exactly these problems. */
const expectFailure = (
  swap: Partial<DfeInputs>,
  problems: readonly string[],
  list: readonly AuthorityRef[] = authorities,
): void =>
  expect(errorOf(swap, list)).toBe(
    [`DfE import failed with ${problems.length} problem(s):`, ...problems.map((p) => `  ${p}`)].join('\n'),
  );

describe('DfE importer: care leavers', () => {
  const out = outputOf(run().outputs, 'care-leavers.csv');

  it('pairs the EET row with the cohort of the "Total" row, in either order', () => {
    const haringey = out.rows.filter((r) => r['authority'] === 'haringey');
    expect(haringey).toEqual([
      {
        year: 2024,
        level: 'authority',
        area_code: 'E09000014',
        area_name: 'Haringey',
        authority: 'haringey',
        age: '19-21',
        eet_count: '120',
        cohort: '230',
        eet_percent: '52',
        source: 'dfe-cla-2025',
      },
      {
        year: 2025,
        level: 'authority',
        area_code: 'E09000014',
        area_name: 'Haringey',
        authority: 'haringey',
        age: '19-21',
        eet_count: 'c',
        cohort: '240',
        eet_percent: 'c',
        source: 'dfe-cla-2025',
      },
    ]);
    expectRows(firstRowBy(out.rows, 'level'), {
      national: {
        area_code: 'E92000001',
        area_name: 'England',
        authority: null,
        age: '17-18',
        eet_count: '7700',
        cohort: '12000',
        eet_percent: '64',
      },
      regional: {
        area_code: 'E13000001',
        area_name: 'Inner London',
        age: '19-21',
        eet_count: '1600',
        cohort: '2900',
        eet_percent: '55',
      },
    });
  });

  it('keeps suppression symbols verbatim and never turns them into 0', () => {
    const havering = out.rows.find((r) => r['authority'] === 'havering');
    expect(havering).toMatchObject({ eet_count: 'low', cohort: 'x', eet_percent: 'u' });
    const text = csvOf(out);
    expect(text).toContain('2025,authority,E09000016,Havering,havering,17-18,low,x,u,dfe-cla-2025\n');
    expect(text).not.toMatch(/,0,/);
  });

  it('matches a council by old LA number when its ONS code is not known, keeping the published code', () => {
    expect(out.rows.find((r) => r['area_name'] === 'Bath and North East Somerset')).toMatchObject({
      authority: 'bath-and-north-east-somerset',
      area_code: 'E06000099',
    });
  });

  it('accounts for every input row: read = 2 per written row + skipped', () => {
    expect(out.read).toBe(16);
    expect(out.rows).toHaveLength(6);
    expect(out.perRow).toEqual({ records: 2, what: 'a "Total" and an EET record' });
    expect(out.read).toBe(2 * out.rows.length + out.skipped.length);
    const reasons = out.skipped.map((s) => `${s.where}: ${s.reason}`);
    expect(reasons).toEqual([
      'la_care_leavers_activity.csv line 3: breakdown not used: In an apprenticeship',
      'la_care_leavers_activity.csv line 5: breakdown not used: In training or employment',
      'la_care_leavers_activity.csv line 10: breakdown not used: Total information not known',
      'la_care_leavers_activity.csv line 17: age not used: 22 years',
    ]);
  });

  it('sorts by level (national, regional, authority), area code, year and age', () => {
    expect(out.rows.map((r) => `${r['level']} ${r['area_code']} ${r['year']} ${r['age']}`)).toEqual([
      'national E92000001 2025 17-18',
      'regional E13000001 2025 19-21',
      'authority E06000099 2025 17-18',
      'authority E09000014 2024 19-21',
      'authority E09000014 2025 19-21',
      'authority E09000016 2025 17-18',
    ]);
  });

  it('reports a cohort without its EET row and an empty cell, all at once, with file:line:column', () => {
    expectFailure({ careLeavers: dfeFixture('la_care_leavers_activity_broken.csv') }, [
      'la_care_leavers_activity_broken.csv:4:13: care_leaver_count is empty (got "", expected a number or a suppression symbol (c, k, low, u, x, z))',
      'la_care_leavers_activity_broken.csv:2:12: no "Total in education, employment or training" row for Haringey 2025 19-21 (got "Total in education, employment or training", expected both the "Total" and the EET row for each area, year and age)',
    ]);
  });
});

describe('DfE importer: adoption stages', () => {
  const out = outputOf(run().outputs, 'adoption-stages.csv');

  it('converts years:months to months', () => {
    expect(yearsMonthsToMonths('01:07')).toBe(19);
    expect(yearsMonthsToMonths('00:09')).toBe(9);
    expect(yearsMonthsToMonths('02:00')).toBe(24);
    expect(yearsMonthsToMonths('k')).toBeNull();
    expect(yearsMonthsToMonths('00:12')).toBeUndefined();
    expect(yearsMonthsToMonths('1.5')).toBeUndefined();
  });

  it('parses the stage number from its "n. " prefix, keeps raw and every age including Total', () => {
    expect(out.rows).toEqual([
      {
        year: 2024,
        stage: 1,
        stage_label:
          'Average time between entry into care and decision that child should be placed for adoption',
        age: 'Aged under 1',
        raw: '00:05',
        months: 5,
        source: 'dfe-cla-2025',
      },
      {
        year: 2024,
        stage: 6,
        stage_label: 'Total average time between entry into care and adoption',
        age: 'Aged under 1',
        raw: '01:07',
        months: 19,
        source: 'dfe-cla-2025',
      },
      {
        year: 2025,
        stage: 1,
        stage_label:
          'Average time between entry into care and decision that child should be placed for adoption',
        age: 'Aged 1',
        raw: '00:10',
        months: 10,
        source: 'dfe-cla-2025',
      },
      {
        year: 2025,
        stage: 1,
        stage_label:
          'Average time between entry into care and decision that child should be placed for adoption',
        age: 'Total',
        raw: '00:09',
        months: 9,
        source: 'dfe-cla-2025',
      },
      {
        year: 2025,
        stage: 3,
        stage_label: 'Average time between date of matching and date placed for adoption',
        age: 'Aged 7 and over',
        raw: 'k',
        months: null,
        source: 'dfe-cla-2025',
      },
      {
        year: 2025,
        stage: 6,
        stage_label: 'Total average time between entry into care and adoption',
        age: 'Total',
        raw: '01:11',
        months: 23,
        source: 'dfe-cla-2025',
      },
    ]);
  });

  it('skips rows that are counts, not average times, with the reason', () => {
    expect(out.read).toBe(7);
    expect(out.read).toBe(out.rows.length + out.skipped.length);
    expect(out.skipped).toEqual([
      {
        where: 'national_cla_adopted_average_time_between_adoption_process_stages.csv line 6',
        reason:
          'not an average time between stages: Children adopted who were placed for adoption within 12 months of the LA decision to place the child for adoption',
      },
    ]);
  });

  it('reports every malformed value with file, line, column, value and the expected format', () => {
    expectFailure(
      {
        adoptionStages: dfeFixture(
          'national_cla_adopted_average_time_between_adoption_process_stages_malformed.csv',
        ),
      },
      [
        'national_cla_adopted_average_time_between_adoption_process_stages_malformed.csv:3:9: malformed average time (got "1 year 11 months", expected years:months such as 01:07 (months 00 to 11), or a suppression symbol (c, k, low, u, x, z))',
        'national_cla_adopted_average_time_between_adoption_process_stages_malformed.csv:4:9: malformed average time (got "00:14", expected years:months such as 01:07 (months 00 to 11), or a suppression symbol (c, k, low, u, x, z))',
      ],
    );
  });
});

describe('DfE importer: statistical neighbours', () => {
  const out = outputOf(run().outputs, 'neighbours.csv');

  it('reads the BOM-prefixed file by position, despite the repeated "SNP" headers', () => {
    const haringey = out.rows.filter((r) => r['authority'] === 'haringey');
    expect(haringey.slice(0, 2)).toEqual([
      {
        authority: 'haringey',
        rank: 1,
        neighbour: 'waltham-forest',
        closeness: 'Close',
        source: 'dfe-statistical-neighbours-2021',
      },
      {
        authority: 'haringey',
        rank: 2,
        neighbour: 'enfield',
        closeness: 'Close',
        source: 'dfe-statistical-neighbours-2021',
      },
    ]);
    expect(haringey.map((r) => r['rank'])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(haringey[2]).toMatchObject({ rank: 3, neighbour: 'hackney' });
    expect(haringey.at(-1)).toMatchObject({
      rank: 10,
      neighbour: 'northamptonshire',
      closeness: 'Not Close',
    });
  });

  it('writes the "Old SNs" groupings of a former council in the list', () => {
    expect(out.rows.filter((r) => r['authority'] === 'northamptonshire')).toHaveLength(10);
  });

  it('counts ten entries per council row: read = written + skipped; notes current councils with no row', () => {
    expect(out.read).toBe(4 * 10 + 2);
    expect(out.rows).toHaveLength(40);
    expect(out.skipped.map((s) => `${s.where}: ${s.reason}`)).toEqual([
      'New_Statistical_Neighbour_Groupings_April_2021.csv line 5: blank row',
      'New_Statistical_Neighbour_Groupings_April_2021.csv line 6: heading row: Old SNs:',
    ]);
    expect(out.notes).toEqual([
      'Bath and North East Somerset (LA 800), a current council, has no row in New_Statistical_Neighbour_Groupings_April_2021.csv: no neighbours written',
      'Cumberland (LA 942), a current council, has no row in New_Statistical_Neighbour_Groupings_April_2021.csv: no neighbours written',
      'Enfield (LA 308), a current council, has no row in New_Statistical_Neighbour_Groupings_April_2021.csv: no neighbours written',
      'Waltham Forest (LA 320), a current council, has no row in New_Statistical_Neighbour_Groupings_April_2021.csv: no neighbours written',
    ]);
  });

  it('stops at a council or neighbour no code matches (new or re-coded), never skipping it', () => {
    const help =
      'the old LA number of a council in authorities.csv; if it is a new council, or a council whose ONS code or LA number changed, add it to data/curated/council-changes.csv (docs/editing.md, "A new or re-coded council")';
    expectFailure(
      {},
      [
        `New_Statistical_Neighbour_Groupings_April_2021.csv:2:10: SN3 of Haringey (LA 204) matches no council (got "204", expected ${help})`,
        `New_Statistical_Neighbour_Groupings_April_2021.csv:3:14: SN5 of Havering (LA 204) matches no council (got "204", expected ${help})`,
        `New_Statistical_Neighbour_Groupings_April_2021.csv:4:1: council Hackney (LA 204) matches no council (got "204", expected ${help})`,
      ],
      authorities.filter((a) => a.slug !== 'hackney'),
    );
  });

  it('rejects a file whose header is not the neighbour layout', () => {
    const message = errorOf({ neighbours: dfeFixture('la_care_leavers_activity.csv') });
    expect(message).toContain('la_care_leavers_activity.csv:1:1: unexpected header (got "time_period,');
  });
});

describe('DfE importer: output', () => {
  it('is deterministic: the same input gives byte-identical CSV', () => {
    const csvs = (r: ReturnType<typeof run>) => r.outputs.map(csvOf).join('\n---\n');
    const render = () => csvs(run());
    // The authority list in another order must not change anything either.
    const reversed = csvs(run({}, [...authorities].reverse()));
    expect(render()).toBe(render());
    expect(reversed).toBe(render());
  });

  it('cites its two sources: the release of the files’ last year, and the groupings its file names', () => {
    const { sources } = run();
    expect(sources).toEqual([
      {
        id: 'dfe-cla-2025',
        publisher: 'Department for Education',
        title: 'Children looked after in England including adoptions: reporting year 2025',
        url: 'https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions',
        date: '2025-11-20',
        licence: 'OGL-UK-3.0',
      },
      {
        id: 'dfe-statistical-neighbours-2021',
        publisher: 'Department for Education',
        title: 'Statistical neighbour groupings, April 2021',
        url: 'https://www.gov.uk/government/publications/local-authority-interactive-tool-lait',
        date: '2021-04-01',
        licence: 'OGL-UK-3.0',
      },
    ]);
  });

  it('reads texts directly, with CRLF line ends', () => {
    const read = (p: string): [string, string] => [p, readFileSync(p, 'utf8').replace(/\r?\n/g, '\r\n')];
    const a = importDfeTexts(
      {
        careLeavers: read(inputs.careLeavers),
        adoptionStages: read(inputs.adoptionStages),
        neighbours: read(inputs.neighbours),
      },
      authorities,
      { releases: FIXTURE_RELEASES },
    );
    const b = run();
    expect(a.outputs.map((o) => o.rows)).toEqual(b.outputs.map((o) => o.rows));
  });
});
