/**
 * The counting rule (src/data/ratings-at.ts) on the committed dataset: it reproduces Ofsted's
 * own "as at 31 March" counts for 2023 and 2025, keeps frameworks apart, and never shows an older
 * grade where the latest inspection's grade is missing. Plus the curated files behind it.
 *
 * The official counts asserted here are those of Ofsted's lists of every council:
 * "Local authority inspection outcomes as at 31 March 2025" (sheet Inspections_as_at_31_March)
 * and "Children's social care data in England 2023" (sheet LA_level_at_31_Mar_2023).
 */
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { buildDataset, loadDataset, type DataFileKey } from '../../src/data/load';
import {
  countsAt31March,
  decidingDate,
  latestRating,
  ratingAt,
  CURRENT_FRAMEWORKS,
  CURRENT_FRAMEWORKS_FROM,
  earlierFrameworksCoverage,
  nationalCountDates,
} from '../../src/data/ratings-at';
import { summaryOf } from '../../src/data/queries';
import { gradeDistribution } from '../../src/charts/grade-distribution';
import { nationalGrid } from '../../src/charts/national-grid';
import { transitionsOf } from '../../src/charts/transitions';
import { neighbours } from '../../src/charts/neighbours';
import { formatMonthRange } from '../../src/data/format';
import { validDataTexts } from '../helpers/dataset-fixture';
import { refusals } from '../helpers/load-problems';

const data = loadDataset();

describe('grade distribution at 31 March: Ofsted’s own counts', () => {
  const csv = csvParse(gradeDistribution(data).csv);
  const row = (date: string) => csv.find((r) => r['date'] === date);
  const four = (date: string) =>
    ['outstanding', 'good', 'requires-improvement', 'inadequate'].map((k) => Number(row(date)?.[k]));

  it('has a CSV row per 31 March with the four counts in Ofsted’s order', () => {
    expect(csv.columns.slice(0, 5)).toEqual([
      'date',
      'outstanding',
      'good',
      'requires-improvement',
      'inadequate',
    ]);
    expect(csv[0]?.['date']).toBe(CURRENT_FRAMEWORKS_FROM.slice(0, 4) + '-03-31');
    const years = csv.map((r) => Number(r['date']?.slice(0, 4)));
    expect(years).toEqual(years.map((_, i) => (years[0] ?? 0) + i));
    expect(csv.every((r) => r['date']?.endsWith('-03-31'))).toBe(true);
  });

  it('equals Ofsted’s published counts as at 31 March 2025: 36 / 67 / 31 / 19', () => {
    expect(four('2025-03-31')).toEqual([36, 67, 31, 19]);
    expect(row('2025-03-31')?.['total']).toBe('153');
  });

  it('equals Ofsted’s published counts as at 31 March 2023: 25 / 65 / 48 / 14', () => {
    expect(four('2023-03-31')).toEqual([25, 65, 48, 14]);
    expect(row('2023-03-31')?.['total']).toBe('152');
  });

  it('equals every official count the data records (data/curated/official-counts.csv)', () => {
    expect(data.officialCounts.map((o) => o.asAt)).toEqual(['2023-03-31', '2025-03-31']);
    for (const o of data.officialCounts)
      expect(four(o.asAt)).toEqual([o.outstanding, o.good, o.requiresImprovement, o.inadequate]);
  });

  // Each council the old rule (publication date, any framework) got wrong, found by comparing
  // council by council with Ofsted's lists.
  it('lets the inspection date decide: inspected by 31 March, published after', () => {
    const at = (slug: string, date: string) => ratingAt(data, slug, date, undefined)?.grade;
    expect(at('york', '2025-03-31')).toBe('outstanding'); // began 24 Feb 2025, published 15 Apr
    expect(at('durham', '2025-03-31')).toBe('outstanding'); // began 24 Mar, published 13 May
    expect(at('dorset', '2025-03-31')).toBe('outstanding'); // began 17 Mar, published 9 May
    expect(at('surrey', '2025-03-31')).toBe('good'); // began 17 Mar, published 9 May
    expect(at('blackburn-with-darwen', '2025-03-31')).toBe('good'); // began 3 Mar, published 23 Apr
    expect(at('birmingham', '2023-03-31')).toBe('good'); // began 20 Feb 2023, published 18 Apr
    expect(at('haringey', '2023-03-31')).toBe('good'); // began 13 Feb 2023, published 11 Apr
    expect(at('south-tyneside', '2023-03-31')).toBe('inadequate'); // began 5 Dec 2022, published 10 May
  });

  it('counts only reports published by the release’s deadline, with the exceptions it names', () => {
    const in2023 = countsAt31March(data, '2023-03-31').ratings;
    const id = (slug: string) => in2023.find((r) => r.inspection.authority === slug)?.inspection.id;
    // Published in May 2023, after Ofsted's 30 April deadline: the earlier grade still counts.
    expect(id('liverpool')).not.toBe('liverpool-2023-05-25-ilacs-standard');
    expect(id('west-sussex')).not.toBe('west-sussex-2023-05-11-ilacs-standard');
    // South Tyneside (published 10 May 2023) is the exception note 4 of the 2023 release names.
    expect(id('south-tyneside')).toBe('south-tyneside-2023-05-10-ilacs-short');
    // 2025: Wakefield began 24 March 2025 but was published 18 July, after 30 June.
    const wakefield = countsAt31March(data, '2025-03-31').ratings.find(
      (r) => r.inspection.authority === 'wakefield',
    );
    expect(wakefield?.inspection.id).not.toBe('wakefield-2025-07-18-ilacs-short');
  });
});

describe('frameworks kept apart over time', () => {
  it('counts no earlier-framework grade from 2014, and no SIF or ILACS grade before', () => {
    for (const year of [2013, 2014, 2018, 2025]) {
      const c = countsAt31March(data, `${year}-03-31`);
      const current = `${year}-03-31` >= CURRENT_FRAMEWORKS_FROM;
      for (const r of c.ratings) expect(CURRENT_FRAMEWORKS.has(r.inspection.framework)).toBe(current);
    }
  });

  it('loses no SIF or ILACS grade at the boundary (none began before it)', () => {
    const early = data.inspections.filter(
      (i) => CURRENT_FRAMEWORKS.has(i.framework) && (decidingDate(i) ?? '') < CURRENT_FRAMEWORKS_FROM,
    );
    expect(early).toEqual([]);
  });

  it('does not carry a 2013 child protection grade into 2014 (Cumbria)', () => {
    // CPI published 24 June 2013: counted to the end of 2013, on the earlier scale ...
    expect(ratingAt(data, 'cumbria', '2013-12-31')).toMatchObject({ grade: 'inadequate', era: 'earlier' });
    expect(ratingAt(data, 'cumbria', '2014-03-31')).toBeNull();
    const grid = csvParse(nationalGrid(data).csv);
    const cumbria = grid.find((r) => r['council']?.startsWith('Cumbria'));
    expect(cumbria?.['2014']).toBe('');
  });

  it('starts the national counts at the first 31 March under the current frameworks', () => {
    // Before 2014 the earlier frameworks graded only some councils: no national picture.
    const earlier = earlierFrameworksCoverage(data);
    expect(earlier?.date).toBe('2013-03-31');
    expect(earlier?.graded).toBeGreaterThan(0);
    expect((earlier?.graded ?? 0) / (earlier?.total ?? 1)).toBeLessThan(0.5);
    const first = `${CURRENT_FRAMEWORKS_FROM.slice(0, 4)}-03-31`;
    expect(nationalCountDates(data)[0]).toBe(first);
    const distribution = gradeDistribution(data);
    const grid = nationalGrid(data);
    expect(csvParse(distribution.csv).map((r) => r['date'])).toEqual(nationalCountDates(data));
    expect(grid.table.columns.filter((c) => /^\d{4}$/.test(c.key)).map((c) => `${c.key}-03-31`)).toEqual(
      nationalCountDates(data),
    );
    // Each says why, in the data's own numbers; no earlier-scale column is left.
    const why = `${earlier?.graded} of ${earlier?.total} councils`;
    expect(distribution.notes.join(' ')).toContain(why);
    expect(grid.notes.join(' ')).toContain(why);
    expect(distribution.table.columns.map((c) => c.key)).not.toContain('adequate');
  });

  it('counts the year grid on 31 March, as the grade chart does', () => {
    const grid = csvParse(nationalGrid(data).csv);
    const dist = csvParse(gradeDistribution(data).csv);
    for (const d of nationalCountDates(data)) {
      const y = d.slice(0, 4);
      const good = grid.filter((r) => r[y] === 'Good' && !r['council']?.endsWith('(former)')).length;
      const goodFormer = grid.filter((r) => r[y] === 'Good' && r['council']?.endsWith('(former)')).length;
      expect(good + goodFormer).toBe(Number(dist.find((r) => r['date'] === d)?.['good']));
    }
  });
});

describe('a missing grade never shows a stale one', () => {
  for (const [slug, previous] of [
    ['brent', 'brent-2023-04-11-ilacs-short'],
    ['somerset', 'somerset-2022-09-21-ilacs-standard'],
  ] as const) {
    it(`${slug}: the latest inspection leads, with no overall grade`, () => {
      const s = summaryOf(data, slug);
      expect(s.latest?.id).toBe(`${slug}-2026-06-17-ilacs-short`);
      expect(s.latest?.overall).toBeNull();
      expect(Object.keys(s.latest?.judgements ?? {}).length).toBeGreaterThan(0);
      expect(s.direction).toBe('unknown');
      expect(s.previous?.id).toBe(previous);
      expect(formatMonthRange(s.latest?.startDate, s.latest?.endDate)).toBe('April–May 2026');
      expect(latestRating(data, slug)?.grade).toBeNull();
    });
  }

  it('leaves Brent out of the transitions and shows no grade for it beside its neighbours', () => {
    const t = transitionsOf(data);
    expect(t.moves.map((m) => m.slug)).not.toContain('brent');
    expect(t.awaiting).toEqual(['Brent', 'Somerset']);
    const fig = neighbours(data, { authority: 'brent' });
    const self = csvParse(fig.csv)[0];
    expect(self?.['council']).toBe('Brent');
    expect(self?.['grade']).toBe('');
  });
});

describe('curated grades and official counts', () => {
  const ungradedHavering = (t: Record<DataFileKey, string>) => {
    t.inspections = t.inspections.replace(',2024-02-16,inadequate,ri-scale,', ',2024-02-16,,ri-scale,');
    return t;
  };

  it('takes an editor’s grade, with its own source, for an inspection the data gives none', () => {
    const t = ungradedHavering(validDataTexts());
    t.curatedGrades += 'havering-2024-02-16-ilacs-standard,inadequate,jar-press,Read in the report\n';
    const d = buildDataset(t);
    const i = d.inspections.find((x) => x.id === 'havering-2024-02-16-ilacs-standard');
    expect(i?.overall).toBe('inadequate');
    expect(i?.overallSource).toBe('jar-press');
    expect(i?.source).toBe('ofsted-la-outcomes-2025');
  });

  it('never infers one: without a curated row the grade stays missing', () => {
    const d = buildDataset(ungradedHavering(validDataTexts()));
    expect(d.inspections.find((x) => x.id === 'havering-2024-02-16-ilacs-standard')?.overall).toBeNull();
    expect(summaryOf(d, 'havering').direction).toBe('unknown');
  });

  refusals([
    {
      name: 'refuses a curated grade that would replace one, or names an unknown inspection or source',
      append: {
        curatedGrades:
          'havering-2024-02-16-ilacs-standard,good,jar-press,\n' +
          'havering-2030-01-01-ilacs-short,good,nowhere,\n',
      },
      problems: [
        'data/curated/grades.csv:2:2 overall: expected no row here: the data already gives this inspection\'s overall grade (inadequate) (got "good")',
        'data/curated/grades.csv:3:1 inspection: unknown inspection id; expected an id from inspections.csv or curated/events.csv (got "havering-2030-01-01-ilacs-short")',
        'data/curated/grades.csv:3:3 source: unknown source id; expected an id from sources.csv or curated/sources.csv (got "nowhere")',
      ],
    },
    {
      name: 'checks the official counts file: a 31 March, a deadline after it, known inspections',
      replace: { officialCounts: [['2025-03-31,2025-06-30,', '2025-03-30,2025-03-01,nowhere-2025']] },
      problems: [
        'data/curated/official-counts.csv:2:1 as_at: expected a 31 March (got "2025-03-30")',
        'data/curated/official-counts.csv:2:2 published_by: expected a date on or after as_at 2025-03-30 (got "2025-03-01")',
        'data/curated/official-counts.csv:2:3 also_counted: unknown inspection id; expected an id from inspections.csv or curated/events.csv (got "nowhere-2025")',
      ],
    },
  ]);
});
