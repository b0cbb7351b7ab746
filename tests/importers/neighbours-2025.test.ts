import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importNeighbours2025Text } from '../../scripts/import/neighbours-2025';
import type { AuthorityRef } from '../../scripts/import/lib/report';
import { changeBetween, csvOf, linesReversed, replaced, withProblems } from '../helpers/import-runs';
import { COUNCILS_CREATED_2021_2023 as NEW_COUNCILS, LA_REFS, refsFor } from '../helpers/la-refs';
import { FIXTURE_RELEASES } from '../helpers/releases';

const FILE = 'sn_model_2025_wide.csv';
const PATH = join(import.meta.dirname, '..', 'fixtures', 'dfe', FILE);
const TEXT = readFileSync(PATH, 'utf8');
const COUNCILS = ['haringey', 'havering', 'wirral', 'halton', ...NEW_COUNCILS];
// The 11 councils of the fixture, plus a former council (which needs no row).
const REFS = [...refsFor(COUNCILS), ...LA_REFS.filter((a) => a.slug === 'northamptonshire')];

const run = (text: string, refs: readonly AuthorityRef[] = REFS, path = PATH) =>
  withProblems(refs, (areas, problems) =>
    importNeighbours2025Text(path, text, areas, problems, FIXTURE_RELEASES),
  );

describe('2025 statistical neighbours importer', () => {
  const { output, source, problems } = run(TEXT);

  it('writes ten ranked neighbours per council: read (entries) = written + skipped', () => {
    expect(problems).toEqual([]);
    expect(output.read).toBe(110);
    expect(output.rows).toHaveLength(110);
    expect(output.skipped).toEqual([]);
    for (const slug of COUNCILS)
      expect(output.rows.filter((r) => r['authority'] === slug).map((r) => r['rank'])).toEqual([
        1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
      ]);
  });

  it('covers the councils created in 2021-2023', () => {
    for (const slug of NEW_COUNCILS) expect(output.rows.some((r) => r['authority'] === slug)).toBe(true);
  });

  it('matches neighbours by LA number to slugs and trims the closeness bands', () => {
    expect(output.rows.filter((r) => r['authority'] === 'wirral').slice(0, 4)).toEqual([
      {
        authority: 'wirral',
        rank: 1,
        neighbour: 'halton',
        closeness: 'Extremely close',
        source: 'dfe-statistical-neighbours-2025',
      },
      {
        authority: 'wirral',
        rank: 2,
        neighbour: 'cumberland',
        closeness: 'Very close',
        source: 'dfe-statistical-neighbours-2025',
      },
      {
        authority: 'wirral',
        rank: 3,
        neighbour: 'westmorland-and-furness',
        closeness: 'Very close',
        source: 'dfe-statistical-neighbours-2025',
      },
      {
        authority: 'wirral',
        rank: 4,
        neighbour: 'north-northamptonshire',
        closeness: 'Close',
        source: 'dfe-statistical-neighbours-2025',
      },
    ]);
    expect(TEXT).toContain('Close ,');
    expect(source).toMatchObject({ id: 'dfe-statistical-neighbours-2025', date: '2026-04-27' });
  });

  it('is byte-identical on a second run, whatever the row order', () => {
    const again = run(linesReversed(TEXT)).output;
    expect(csvOf(again)).toBe(csvOf(output));
  });

  it('writes a replaced row’s neighbours, reported as changes to that council only', () => {
    const after = run(
      replaced(
        TEXT,
        '344,Wirral,5,North West,876,Extremely close,942,Very close',
        '344,Wirral,5,North West,942,Extremely close,876,Very close',
      ),
    ).output;
    expect(after.rows.find((r) => r['authority'] === 'wirral' && r['rank'] === 1)?.['neighbour']).toBe(
      'cumberland',
    );
    expect(changeBetween(output, after)).toMatchObject({ added: 0, changed: 2, removed: 0 });
  });

  it('refuses a newer model under the 2025 file’s name', () => {
    expect(run(TEXT, REFS, PATH.replace('2025', '2027')).problems[0]).toContain(
      'sn_model_2027_wide.csv:1:1: this is the 2027 model, but this importer writes the 2025 model to neighbours-2025.csv',
    );
  });

  it('stops at a re-coded council, an unknown neighbour, a bad band and a council with no row, all at once', () => {
    const text = TEXT.replace('311,Havering,3,London', '999,Havering,3,London')
      .replace('344,Wirral,5,North West,876,Extremely close', '344,Wirral,5,North West,877,Extremely close')
      .replace('876,Halton,5,North West,942,Extremely close', '876,Halton,5,North West,942,Quite close');
    const p = run(text).problems;
    expect(p).toEqual([
      `${FILE}:3:1: the file gives Havering the LA number 999, but authorities.csv gives Havering 311: a re-coded council? (got "999", expected Havering's LA number 311; if the publisher now numbers it 999, a "recoded" row for it in data/curated/council-changes.csv (docs/editing.md, "A new or re-coded council"), never a change to the code)`,
      `${FILE}:2:5: SN_1 of Haringey is LA 311, which has no row of its own in the file (got "311", expected the LA number of a council listed in the file)`,
      `${FILE}:4:5: SN_1 of Wirral is LA 877, which has no row of its own in the file (got "877", expected the LA number of a council listed in the file)`,
      `${FILE}:4:23: SN_10 of Wirral is LA 311, which has no row of its own in the file (got "311", expected the LA number of a council listed in the file)`,
      `${FILE}:5:6: closeness of SN_1 of Halton is not a band (got "Quite close", expected one of Extremely close, Very close, Close, Somewhat close, Not close)`,
      ...p.slice(5),
    ]);
    expect(p.at(-1)).toBe(
      `${FILE}:1:1: no row for Havering (LA 311), a current council (got "", expected a row for every one of the 11 current councils)`,
    );
  });
});
