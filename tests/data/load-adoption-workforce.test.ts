/**
 * Loading adoption-asglb.csv, adoption-counts.csv, workforce.csv and neighbours-2025.csv: typed
 * rows, and every bad cell or cross-reference reported with file, line and column.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/data/load';
import { validDataTexts as valid } from '../helpers/dataset-fixture';
import { refusals } from '../helpers/load-problems';

describe('loading adoption, workforce and 2025 neighbours', () => {
  it('loads typed rows, symbols kept as symbols', () => {
    const d = buildDataset(valid());
    const havering = d.adoptionAsglb.find((r) => r.authorities.includes('havering'));
    expect(havering).toMatchObject({
      period: '2022-23',
      level: 'authority',
      adoptions: { symbol: 'c' },
      a10Days: { symbol: 'too-few' },
    });
    expect(d.adoptionAsglb.find((r) => r.level === 'national')?.a10Days).toEqual({
      value: 479.8481443649983,
    });
    expect(d.adoptionAsglb.find((r) => r.level === 'regional')?.region).toBe('London');
    expect(d.adoptionCounts.find((r) => r.authorities.includes('havering'))?.value).toEqual({ symbol: '-' });
    expect(d.workforce.find((r) => r.authorities.includes('havering'))?.agencyRateFte).toEqual({
      value: 41.7,
    });
    expect(d.neighbours2025).toEqual([
      {
        authority: 'havering',
        rank: 1,
        neighbour: 'haringey',
        closeness: 'Very close',
        source: 'ofsted-la-outcomes-2025',
      },
    ]);
  });

  refusals([
    {
      name: 'rejects an A10 the publisher’s rule withholds (10 or fewer adopted children)',
      replace: { adoptionAsglb: [['c,c,c,c,c,too-few,too-few', 'c,c,c,c,9,306,too-few']] },
      problems: [
        'data/adoption-asglb.csv:5:12 a10_days: expected too-few: the ASGLB publishes times only for more than 10 adopted children (got "306")',
      ],
    },
    {
      name: 'reports bad values, unknown councils, misplaced regions and duplicate rows, all at once',
      replace: {
        adoptionCounts: [['havering,adopted,-', 'havering,adopted,n/a']],
        workforce: [['2025,national,E92000001,,England,,,', '2025,national,E92000001,,England,London,,']],
        neighbours2025: [['havering,1,haringey,Very close', 'havering,1,havering,Quite close']],
      },
      append: {
        adoptionCounts: '2025,authority,312,Hillingdon,,hillingdon,adopted,7,,ofsted-la-outcomes-2025\n',
        adoptionAsglb:
          '2022-23,authority,311,Havering again,,havering,c,c,c,c,c,too-few,too-few,,ofsted-la-outcomes-2025\n',
      },
      problems: [
        'data/adoption-asglb.csv:6:2 level: a second row for havering in 2022-23 (first on line 5); expected one row per council, region or England and period (got "authority")',
        'data/adoption-counts.csv:3:8 value: expected a number from 0 to 100000 or a suppression symbol (-) (got "n/a")',
        'data/adoption-counts.csv:4:6 authorities: unknown council; expected a slug from authorities.csv (got "hillingdon")',
        'data/neighbours-2025.csv:2:4 closeness: expected one of: Extremely close, Very close, Close, Somewhat close, Not close (got "Quite close")',
        'data/workforce.csv:2:6 region: expected empty on a national row (got "London")',
      ],
    },
    {
      name: 'needs the councils an authority row covers, and a region on a regional row',
      replace: {
        workforce: [[',havering,148.1', ',,148.1']],
        adoptionAsglb: [['2022-23,regional,,LONDON,London,', '2022-23,regional,,LONDON,,']],
      },
      problems: [
        'data/adoption-asglb.csv:3:5 region: expected the region of a regional row (got "")',
        'data/workforce.csv:3:7 authorities: expected the slug(s) of the council(s) an authority row covers (got "")',
      ],
    },
    {
      name: 'says when a new file is missing',
      remove: ['workforce'],
      problems: ['data/workforce.csv:1:1 file is missing; run npm run data:import'],
    },
  ]);
});
