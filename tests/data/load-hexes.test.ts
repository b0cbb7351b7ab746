/**
 * The hex map's layout in the loader: each hexagon a current council's, one hexagon per place,
 * and the hexagons loaded in file order.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset, type DataFileKey } from '../../src/data/load';
import { validDataTexts } from '../helpers/dataset-fixture';
import { problemsFrom } from '../helpers/load-problems';

/** Each problem as `file:line:column field: message`. */
const problemsOf = (texts: Partial<Record<DataFileKey, string>>): string[] =>
  problemsFrom(
    () => buildDataset(texts),
    (e) => e.problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.field}: ${p.message}`),
  );

const HEADER = 'authority,q,r,map_code,change\n';

describe('hexes in the loader', () => {
  it('loads each council’s hexagon', () => {
    const t = validDataTexts();
    t.hexes = HEADER + 'haringey,11,7,E09000014,\nhavering,15,6,E09000016,\n';
    expect(buildDataset(t).hexes).toEqual([
      { authority: 'haringey', q: 11, r: 7, mapCode: 'E09000014', change: null },
      { authority: 'havering', q: 15, r: 6, mapCode: 'E09000016', change: null },
    ]);
  });

  it('refuses a former council’s hexagon, two hexagons in one place, and an unknown council', () => {
    const t = validDataTexts();
    t.authorities = t.authorities.replace(
      'London Borough,https://reports.ofsted.gov.uk/provider/44/309,yes,,',
      'London Borough,https://reports.ofsted.gov.uk/provider/44/309,no,,',
    );
    t.curatedPlaceAliases = 'alias,authority,source,note\n';
    t.hexes = HEADER + 'haringey,11,7,E09000014,\nhavering,11,7,E09000016,\nnowhere,1,1,E09000001,\n';
    expect(problemsOf(t)).toEqual([
      'data/hexes.csv:2:1 authority: expected a current council',
      'data/hexes.csv:3:2 q: a second hexagon at column 11, row 7 (first on line 2)',
      'data/hexes.csv:4:1 authority: unknown council; expected a slug from authorities.csv',
    ]);
  });
});
