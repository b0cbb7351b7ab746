import { describe, expect, it } from 'vitest';
import { renderChart } from '../../src/charts/registry';
import { fixtureDataset } from './fixtures';
import { checkSvgSnapshot } from './snapshot';

const data = fixtureDataset();

/** [snapshot name, chart type, options, variant] */
const CASES: [string, string, Record<string, string>, 'wide' | 'narrow'][] = [
  ['trajectory-haringey', 'trajectory', { authority: 'haringey' }, 'wide'],
  ['trajectory-haringey-narrow', 'trajectory', { authority: 'haringey' }, 'narrow'],
  ['trajectory-havering', 'trajectory', { authority: 'havering' }, 'wide'],
  ['trajectory-northamptonshire-former', 'trajectory', { authority: 'northamptonshire' }, 'wide'],
  ['trajectory-city-of-london-single', 'trajectory', { authority: 'city-of-london' }, 'wide'],
  ['trajectory-enfield-no-data', 'trajectory', { authority: 'enfield' }, 'wide'],
  ['national-grid', 'national-grid', {}, 'wide'],
  ['national-grid-by-region-narrow', 'national-grid', { 'group-by': 'region' }, 'narrow'],
  [
    'national-grid-london-by-current-grade',
    'national-grid',
    { region: 'London', 'group-by': 'current-grade' },
    'wide',
  ],
  ['grade-distribution', 'grade-distribution', {}, 'wide'],
  ['grade-distribution-narrow', 'grade-distribution', {}, 'narrow'],
  ['transitions', 'transitions', {}, 'wide'],
  ['transitions-narrow', 'transitions', {}, 'narrow'],
  ['care-leavers-haringey-19-21', 'care-leavers', { authority: 'haringey' }, 'wide'],
  ['care-leavers-haringey-19-21-narrow', 'care-leavers', { authority: 'haringey' }, 'narrow'],
  ['care-leavers-haringey-17-18', 'care-leavers', { authority: 'haringey', age: '17-18' }, 'wide'],
  ['care-leavers-rutland-suppressed', 'care-leavers', { authority: 'rutland' }, 'wide'],
  ['adoption-haringey', 'adoption', { authority: 'haringey' }, 'wide'],
  ['adoption-haringey-narrow', 'adoption', { authority: 'haringey' }, 'narrow'],
  ['adoption-england', 'adoption', {}, 'wide'],
  ['neighbours-haringey', 'neighbours', { authority: 'haringey' }, 'wide'],
  ['neighbours-haringey-narrow', 'neighbours', { authority: 'haringey' }, 'narrow'],
];

describe('chart SVG snapshots', () => {
  for (const [name, type, options, variant] of CASES) {
    it(name, () => {
      const fig = renderChart(data, type, options);
      const svg = variant === 'wide' ? fig.svgWide : fig.svgNarrow;
      expect(checkSvgSnapshot(name, svg)).toBeNull();
    });
  }

  it('renders deterministically', () => {
    const a = renderChart(fixtureDataset(), 'trajectory', { authority: 'haringey' });
    const b = renderChart(fixtureDataset(), 'trajectory', { authority: 'haringey' });
    expect(a).toEqual(b);
  });
});
