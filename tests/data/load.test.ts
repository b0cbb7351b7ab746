import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/data/load';
import { validDataTexts as valid } from '../helpers/dataset-fixture';
import { refusals } from '../helpers/load-problems';

describe('buildDataset', () => {
  it('loads a valid dataset into typed rows', () => {
    const d = buildDataset(valid());
    expect(d.authorities.get('haringey')?.laNumber).toBe(309);
    expect(d.inspections.map((i) => i.id)).toEqual([
      'haringey-2008-12-01-jar',
      'havering-2024-02-16-ilacs-standard',
    ]);
    expect(d.inspections[1]?.judgements['care-leavers']).toBe('requires-improvement');
    expect(d.careLeavers[1]?.eetPercent).toEqual({ symbol: 'c' });
    expect(d.careLeavers[0]?.eetPercent).toEqual({ value: 40 });
  });

  refusals([
    {
      name: 'reports a bad grade with file, line, column, value and what was expected',
      replace: { inspections: [[',inadequate,ri-scale,', ',gud,ri-scale,']] },
      problems: [
        'data/inspections.csv:2:7 overall: expected one of: outstanding, good, requires-improvement, inadequate, not-judged (got "gud")',
      ],
    },
    {
      name: 'reports every problem at once: unreal date, unknown council, unknown source, bad percentage',
      replace: {
        inspections: [['2024-02-16,inadequate', '2024-02-30,inadequate']],
        neighbours: [['haringey,1,havering', 'haringey,1,hackney']],
        careLeavers: [
          [',40,ofsted', ',140,ofsted'],
          ['c,c,c,ofsted-la-outcomes-2025', 'c,c,c,dfe-nowhere'],
        ],
      },
      // Sorted by file, line and column; the invalid inspection row is not reported again where
      // reported-figures.csv refers to it.
      problems: [
        'data/care-leavers.csv:2:9 eet_percent: expected a number from 0 to 100 or a suppression symbol (c, z, x, low, k, u) (got "140")',
        'data/care-leavers.csv:3:10 source: unknown source id; expected an id from sources.csv or curated/sources.csv (got "dfe-nowhere")',
        'data/inspections.csv:2:6 published: expected a real calendar date (yyyy-mm-dd) (got "2024-02-30")',
        'data/neighbours.csv:2:3 neighbour: unknown council; expected a slug from authorities.csv (got "hackney")',
      ],
    },
    {
      name: 'reports dates out of order and grades on an ungraded row',
      replace: {
        curatedEvents: [['2008-11-13,2008-11-26,2008-12-01', '2008-11-26,2008-11-13,2008-11-01']],
        inspections: [[',ri-scale,', ',ungraded,']],
      },
      problems: [
        'data/curated/events.csv:2:5 end_date: expected a date on or after start_date 2008-11-26 (got "2008-11-13")',
        'data/curated/events.csv:2:6 published: expected a date on or after the inspection (2008-11-13) (got "2008-11-01")',
        'data/inspections.csv:2:8 scale: expected adequate-scale or ri-scale: the row has grades (got "ungraded")',
      ],
    },
    {
      name: 'reports duplicate ids across generated and curated files',
      replace: {
        curatedEvents: [['haringey-2008-12-01-jar,haringey', 'havering-2024-02-16-ilacs-standard,haringey']],
      },
      including: [
        'data/curated/events.csv:2:1 id: duplicate inspection id; ids must be unique across inspections.csv and curated/events.csv (got "havering-2024-02-16-ilacs-standard")',
      ],
    },
    {
      name: 'reports a broken CSV row and a wrong header',
      replace: {
        adoptionStages: [['Entry to decision', '"Entry, to decision']],
        neighbours: [['closeness', 'closenes']],
      },
      including: [
        'data/adoption-stages.csv:2:3 unterminated quoted cell',
        'data/neighbours.csv:1:1 header: missing column "closeness"; unknown column "closenes"; expected columns: authority, rank, neighbour, closeness, source (got "authority,rank,neighbour,closenes,source")',
      ],
    },
    {
      name: 'reports a missing generated file',
      remove: ['careLeavers'],
      problems: ['data/care-leavers.csv:1:1 file is missing; run npm run data:import'],
    },
  ]);
});
