import { describe, expect, it } from 'vitest';
import {
  adjacentInspections,
  careLeaverFigures,
  careLeaverYearOf,
  changeWords,
  compareJudgements,
  comparable,
  gradeCountsAt,
  inspectionByPageId,
  inspectionSummary,
  inspectionsNewestFirst,
  onSiteDates,
  pageIdOf,
  previousComparable,
  workforceYearOf,
} from '../../src/data/inspection-pages';
import {
  LIST_PAGE_SIZE,
  frameworkFilterOf,
  gradeFilterOf,
  gradeFilterLabel,
  inspectionListPages,
  listFilters,
} from '../../src/data/inspection-lists';
import type { Dataset, Inspection } from '../../src/data/types';
import { fixtureDataset } from '../charts/fixtures';

const data = fixtureDataset();
const byId = (d: Dataset, id: string): Inspection => {
  const i = inspectionByPageId(d, id);
  if (!i) throw new Error(`no ${id}`);
  return i;
};

describe('comparable inspections (one definition)', () => {
  it('SIF and ILACS compare with each other; earlier frameworks, visits and other scales do not', () => {
    expect(comparable(byId(data, 'havering-2018-ilacs'), byId(data, 'havering-2016-sif'))).toBe(true);
    expect(comparable(byId(data, 'haringey-2014-sif'), byId(data, 'haringey-2008-jar'))).toBe(false);
    expect(comparable(byId(data, 'haringey-2014-sif'), byId(data, 'haringey-2009-slac'))).toBe(false);
    expect(
      comparable(
        byId(data, 'havering-2024-monitoring-visit'),
        byId(data, 'havering-2024-monitoring-visit-2'),
      ),
    ).toBe(false);
  });

  it('the previous comparable inspection skips visits and other frameworks', () => {
    expect(previousComparable(data, byId(data, 'havering-2024-ilacs'))?.id).toBe(
      'havering-2018-07-23-ilacs-standard',
    );
    expect(previousComparable(data, byId(data, 'havering-2018-ilacs'))?.id).toBe('havering-2016-12-09-sif');
    expect(previousComparable(data, byId(data, 'haringey-2023-ilacs'))?.id).toBe(
      'haringey-2018-12-14-ilacs-standard',
    );
    expect(previousComparable(data, byId(data, 'haringey-2014-sif'))).toBeNull();
    expect(previousComparable(data, byId(data, 'havering-2024-monitoring-visit-2'))).toBeNull();
  });

  it('previous and next follow the council’s own events in date order, visits included', () => {
    const { previous, next } = adjacentInspections(data, byId(data, 'havering-2024-ilacs'));
    expect(previous?.id).toBe('havering-2018-07-23-ilacs-standard');
    expect(next?.id).toBe('havering-2024-07-05-monitoring-visit');
    expect(adjacentInspections(data, byId(data, 'havering-2016-sif')).previous).toBeNull();
  });
});

describe('what changed', () => {
  const now = { ...byId(data, 'haringey-2023-ilacs') };
  const before: Inspection = {
    ...byId(data, 'haringey-2018-ilacs'),
    judgements: {
      'help-and-protection': 'requires-improvement',
      leadership: 'good',
      'children-in-care-and-care-leavers': 'requires-improvement',
    },
  };
  const rows = compareJudgements({ ...now, judgements: { ...now.judgements, leadership: 'good' } }, before);

  it('compares overall first, then each judgement made at either', () => {
    expect(rows.map((r) => [r.key, r.change])).toEqual([
      ['overall', 'up'],
      ['help-and-protection', 'up'],
      ['leadership', 'same'],
      ['children-in-care-and-care-leavers', 'only-before'],
      ['children-in-care', 'only-now'],
    ]);
  });

  it('says it in words, on the grade scale', () => {
    const words = rows.map((r) => changeWords(r, 'ri-scale'));
    expect(words).toEqual([
      'Up from requires improvement to good',
      'Up from requires improvement to good',
      'Same: good both times',
      'Not judged this time',
      'Not judged at the previous inspection',
    ]);
    const down = compareJudgements(byId(data, 'havering-2024-ilacs'), byId(data, 'havering-2018-ilacs'))[0];
    expect(down && changeWords(down, 'ri-scale')).toBe('Down from good to inadequate');
  });

  it('a missing overall grade stays missing: not compared, never filled from the previous one', () => {
    const brent = { ...byId(data, 'havering-2024-ilacs'), overall: null };
    const overall = compareJudgements(brent, byId(data, 'havering-2018-ilacs'))[0];
    expect(overall?.change).toBe('missing');
    expect(overall?.now).toBeNull();
    expect(overall && changeWords(overall, 'ri-scale')).toBe(
      'Not comparable: overall grade not yet in our data',
    );
    expect(inspectionSummary(data, brent)).toMatch(/\(overall grade not yet in our data\)\.$/);
  });

  it('the lede states the grade and the change from the data', () => {
    expect(inspectionSummary(data, byId(data, 'havering-2024-ilacs'))).toBe(
      'Ofsted inspected Havering’s children’s services and published its report on 16 February 2024. It graded them inadequate overall. That is down from good at its previous single inspection (SIF) or ILACS inspection, in 2018.',
    );
    expect(inspectionSummary(data, byId(data, 'haringey-2014-sif'))).toMatch(
      /It is Haringey’s first single inspection \(SIF\) or ILACS inspection in our data\.$/,
    );
    expect(inspectionSummary(data, byId(data, 'haringey-2021-focused-visit'))).toBe(
      'Ofsted’s focused visit to Haringey’s children’s services looked at children in care; its findings were published on 12 March 2021. Visits are not graded.',
    );
  });

  it('on-site dates read naturally, and say nothing when the data has none', () => {
    const i = byId(data, 'havering-2024-ilacs');
    expect(onSiteDates({ ...i, startDate: '2023-12-11', endDate: '2023-12-22' })).toBe(
      '11 to 22 December 2023',
    );
    expect(onSiteDates({ ...i, startDate: '2025-11-24', endDate: '2025-12-05' })).toBe(
      '24 November to 5 December 2025',
    );
    expect(onSiteDates({ ...i, startDate: '2023-02-13', endDate: null })).toBe('from 13 February 2023');
    expect(onSiteDates(i)).toBeNull();
  });
});

describe('grades at the time', () => {
  it('counts every existing council once, this inspection included, later reports not', () => {
    const at = gradeCountsAt(data, '2024-02-16');
    const sum = Object.values(at.counts).reduce((s, n) => s + n, 0);
    expect(sum + at.noGrade).toBe(at.total);
    expect(at.standing.get('havering')?.grade).toBe('inadequate');
    const dayBefore = gradeCountsAt(data, '2024-02-15');
    expect(dayBefore.standing.get('havering')?.grade).toBe('good');
    expect(at.counts.inadequate - dayBefore.counts.inadequate).toBe(1);
    // Northamptonshire stops counting once its successors exist.
    expect(gradeCountsAt(data, '2023-01-01').standing.has('northamptonshire')).toBe(false);
  });

  it('before 2014 counts the earlier frameworks on their own scale', () => {
    const at = gradeCountsAt(data, '2009-01-01');
    expect(at.era).toBe('earlier');
    expect(at.standing.get('haringey')?.grade).toBe('inadequate');
    expect(at.standing.get('haringey')?.inspection.framework).toBe('jar');
  });
});

describe('the council’s figures for the year', () => {
  it('takes the DfE year that contains the inspection', () => {
    expect(careLeaverYearOf('2024-03-31')).toBe(2024);
    expect(careLeaverYearOf('2024-04-01')).toBe(2025);
    expect(workforceYearOf('2023-09-30')).toBe(2023);
    expect(workforceYearOf('2023-10-01')).toBe(2024);
  });

  it('falls back to the latest year when the inspection’s is not out yet, and to none before the series', () => {
    const later = careLeaverFigures(data, byId(data, 'haringey-2026-ilacs-short'));
    expect(later?.wanted).toBe(2026);
    expect(later?.year).toBe(2025);
    expect(later?.council.map((r) => r.age).sort()).toEqual(['17-18', '19-21']);
    expect(later?.region.every((r) => r.areaName === 'London')).toBe(true);
    expect(later?.england.length).toBe(2);
    expect(careLeaverFigures(data, byId(data, 'haringey-2014-sif'))).toBeNull();
    // The first day on site decides; without it, the publication date.
    const onSite = careLeaverFigures(data, { ...byId(data, 'haringey-2023-ilacs'), startDate: '2023-02-13' });
    expect([onSite?.wanted, onSite?.year]).toEqual([2023, 2023]);
    const published = careLeaverFigures(data, byId(data, 'haringey-2023-ilacs'));
    expect([published?.wanted, published?.year]).toEqual([2024, 2024]);
  });
});

describe('lists and filters', () => {
  const pages = inspectionListPages(data);
  const all = inspectionsNewestFirst(data);

  it('every inspection is on exactly one page of the full list, newest first', () => {
    const listed = pages.filter((p) => p.filter.kind === 'all').flatMap((p) => p.items);
    expect(listed).toEqual([...all]);
    expect(new Set(listed.map((i) => pageIdOf(data, i))).size).toBe(all.length);
  });

  it('years, kinds and grades each divide the inspections without overlap', () => {
    for (const kind of ['year', 'framework', 'grade'] as const) {
      const listed = pages.filter((p) => p.filter.kind === kind).flatMap((p) => p.items);
      expect(listed.length).toBe(all.length);
      expect(new Set(listed).size).toBe(all.length);
    }
    expect(gradeFilterOf(byId(data, 'haringey-2008-jar'))).toBe('inadequate');
    expect(gradeFilterOf(byId(data, 'haringey-2009-slac'))).toBe('no-overall-grade');
    expect(gradeFilterOf(byId(data, 'havering-2024-monitoring-visit'))).toBe('not-graded');
    // A graded inspection whose overall grade is not in our data is not filed with the frameworks
    // that never give one.
    const awaiting = {
      ...byId(data, 'haringey-2009-slac'),
      framework: 'ilacs-short' as const,
      scale: 'ri-scale' as const,
    };
    expect(gradeFilterOf(awaiting)).toBe('grade-not-in-data');
    expect(gradeFilterLabel('grade-not-in-data')).toBe('Overall grade not yet in our data');
    expect(gradeFilterLabel('no-overall-grade')).not.toBe(gradeFilterLabel('grade-not-in-data'));
    expect(frameworkFilterOf('ilacs-short')).toBe('ilacs');
  });

  it('pages have unique paths, at most a page’s worth of rows, and counts that match', () => {
    const paths = pages.map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const p of pages) {
      expect(p.items.length).toBeLessThanOrEqual(LIST_PAGE_SIZE);
      expect(p.path.startsWith('/inspections/') && p.path.endsWith('/')).toBe(true);
    }
    for (const f of listFilters(data)) {
      const items = pages
        .filter((p) => p.filter.kind === f.kind && p.filter.key === f.key)
        .flatMap((p) => p.items);
      expect(items.length).toBe(f.count);
    }
  });

  it('a long list is split into pages linked in order', () => {
    const many: Dataset = {
      ...data,
      inspections: Array.from({ length: LIST_PAGE_SIZE * 2 + 5 }, (_, k) => ({
        ...byId(data, 'havering-2024-monitoring-visit'),
        id: `havering-visit-${k}`,
        published: `2024-${String((k % 12) + 1).padStart(2, '0')}-${String((k % 28) + 1).padStart(2, '0')}`,
      })),
    };
    const first = inspectionListPages(many).filter((p) => p.filter.kind === 'all');
    expect(first.map((p) => p.path)).toEqual([
      '/inspections/',
      '/inspections/page/2/',
      '/inspections/page/3/',
    ]);
    expect(first.map((p) => p.param)).toEqual([undefined, 'page/2', 'page/3']);
    expect(first.map((p) => p.items.length)).toEqual([LIST_PAGE_SIZE, LIST_PAGE_SIZE, 5]);
  });
});
