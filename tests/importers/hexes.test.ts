/**
 * The hex map importer on a fixture in the publisher's HexJSON layout (tests/fixtures/maps/):
 * every hexagon accounted for (written, re-coded, or skipped with a reason), the two split
 * counties given a second hexagon with every change recorded, byte-identical re-runs, and every
 * problem reported at once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../scripts/import/lib/csv-out';
import { accountingProblem } from '../../scripts/import/lib/report';
import { ImportError } from '../../scripts/import/lib/problems';
import { importHexes, importHexesText, NOT_CURRENT_REASON } from '../../scripts/import/hexes';
import { councilsFor } from '../helpers/import-councils';
import { loadDataset } from '../../src/data/load';

const PATH = join(import.meta.dirname, '..', 'fixtures', 'maps', 'hexmap-fixture.hexjson');
const TEXT = readFileSync(PATH, 'utf8');
const REFS = councilsFor([
  'haringey',
  'havering',
  'cumbria',
  'cumberland',
  'westmorland-and-furness',
  'northamptonshire',
  'north-northamptonshire',
  'west-northamptonshire',
  'buckinghamshire',
  'isles-of-scilly',
  'bournemouth-christchurch-and-poole',
  'dorset',
  'warwickshire',
  'herefordshire',
]);

describe('hex map importer', () => {
  const out = importHexesText(PATH, TEXT, REFS);
  const csv = toCsv(out.columns, out.rows);

  it('writes one hexagon per current council, with every change to the layout said', () => {
    expect(csv.split('\n')).toEqual([
      'authority,q,r,map_code,change',
      'bournemouth-christchurch-and-poole,5,2,E06000058,',
      'buckinghamshire,8,6,E10000002,"E10000002 re-coded: new ONS code for the same area (Buckinghamshire, 2020)"',
      'cumberland,6,15,E06000063,added above Cumbria’s hexagon for Cumberland (2023)',
      'dorset,3,1,E06000059,',
      'haringey,11,7,E09000014,',
      'havering,15,6,E09000016,',
      'herefordshire,4,6,E06000019,"from column 5, row 6: moved one place west to make room for North Northamptonshire"',
      'isles-of-scilly,0,0,E06000053,',
      'north-northamptonshire,7,6,E06000061,added in Northamptonshire’s old place for North Northamptonshire (2021)',
      'warwickshire,5,6,E10000031,"from column 6, row 6: moved one place west to make room for North Northamptonshire"',
      'west-northamptonshire,6,6,E10000021,"E10000021 re-coded: Northamptonshire’s hexagon, for West Northamptonshire (2021); from column 7, row 6: moved one place west to make room for North Northamptonshire"',
      'westmorland-and-furness,6,14,E10000006,"E10000006 re-coded: Cumbria’s hexagon, for Westmorland and Furness (2023)"',
      '',
    ]);
  });

  it('accounts for every hexagon: read = written + skipped, the added ones counted as read', () => {
    expect(out.read).toBe(11 + 2);
    expect(out.rows).toHaveLength(12);
    expect(out.skipped).toEqual([
      { where: 'hexmap-fixture.hexjson hexagon W06000015 (Cardiff)', reason: NOT_CURRENT_REASON },
    ]);
    expect(accountingProblem(out)).toBeNull();
    expect(out.notes).toEqual([
      '11 hexagons read from hexmap-fixture.hexjson, 2 added for councils created since it was drawn',
    ]);
  });

  it('gives the same bytes on a re-run', () => {
    const again = importHexes({ hexMap: PATH }, REFS).outputs[0];
    expect(again && toCsv(again.columns, again.rows)).toBe(csv);
  });

  it('stops on a council with no hexagon, a shared place and a wrong layout, listing every problem', () => {
    const broken = TEXT.replace('"odd-r"', '"even-q"').replace('"q":15,"r":6', '"q":11,"r":7');
    const refs = [...REFS, ...councilsFor(['essex'])];
    let error: unknown;
    try {
      importHexesText(PATH, broken, refs);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).problems).toEqual([
      'hexmap-fixture.hexjson: layout "even-q": expected "odd-r"',
      'hexmap-fixture.hexjson: E09000014 and E09000016 share column 11, row 7; expected one hexagon per place',
      'hexmap-fixture.hexjson: no hexagon for Essex (E10000012), a current council; add it to LAYOUT_CHANGES in scripts/import/hexes.ts',
    ]);
  });

  it('the published layout has a hexagon for each of the current councils, no two in one place', () => {
    const data = loadDataset();
    const current = [...data.authorities.values()]
      .filter((a) => a.current)
      .map((a) => a.slug)
      .sort();
    expect(data.hexes.map((h) => h.authority).sort()).toEqual(current);
    expect(current).toHaveLength(153);
    expect(new Set(data.hexes.map((h) => `${h.q},${h.r}`)).size).toBe(153);
  });
});
