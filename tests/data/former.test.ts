/**
 * A former council's pages: history up to its abolition, comparisons with its neighbours as they
 * stood on its last day (src/data/former.ts), on the committed data (Northamptonshire, abolished
 * 1 April 2021).
 */
import { describe, expect, it } from 'vitest';
import {
  formerEnd,
  lastDayOf,
  lastYearOf,
  neighbourStanding,
  ratingForComparison,
  withinLifetime,
} from '../../src/data/former';
import { latestRating, ratingAt } from '../../src/data/ratings-at';
import { loadDataset } from '../../src/data/load';
import { careLeavers } from '../../src/charts/care-leavers';
import { adoptions } from '../../src/charts/adoptions';
import { neighbours, neighbourList } from '../../src/charts/neighbours';

const data = loadDataset();
const N = 'northamptonshire';

describe('a former council’s lifetime', () => {
  it('ends the day before its abolition; a current council has no end', () => {
    expect(lastDayOf(data, N)).toBe('2021-03-31');
    expect(lastYearOf(data, N)).toBe(2021);
    // The workforce census year ends on 30 September: 2020 was its last.
    expect(lastYearOf(data, N, '09-30')).toBe(2020);
    expect(withinLifetime(data, N, 2022)).toBe(false);
    expect(lastDayOf(data, 'haringey')).toBeNull();
    expect(withinLifetime(data, 'haringey', 2030)).toBe(true);
  });
  it('names its successors for the note after its history', () => {
    const end = formerEnd(data, N);
    expect(end?.abolished).toBe('2021-04-01');
    expect(end?.successors.map((s) => s.slug).sort()).toEqual([
      'north-northamptonshire',
      'west-northamptonshire',
    ]);
    expect(formerEnd(data, 'haringey')).toBeNull();
  });
});

describe('its charts stop at its abolition', () => {
  it('care leavers and adoptions: no year after 2021, no "not applicable" notes for later years', () => {
    for (const age of ['19-21', '17-18'] as const) {
      const fig = careLeavers(data, { authority: N, age });
      expect(fig.notes.join(' ')).not.toMatch(/202[2-9]/);
      expect(fig.svgWide).not.toMatch(/>202[2-9]</);
    }
    const fig = adoptions(data, { authority: N });
    expect(fig.svgWide).toMatch(/>2021</);
    expect(fig.svgWide).not.toMatch(/>202[2-9]</);
  });
  it('neighbours: their grades on its last day, not today’s; care leavers of its last year', () => {
    const ns = neighbourList(data, N)?.neighbours ?? [];
    expect(ns.length).toBeGreaterThan(0);
    for (const n of ns)
      expect(ratingForComparison(data, n.neighbour, N)).toEqual(ratingAt(data, n.neighbour, '2021-03-31'));
    // At least one neighbour's grade has changed since: the comparison would differ with today's.
    expect(
      ns.some(
        (n) =>
          ratingAt(data, n.neighbour, '2021-03-31')?.inspection.id !==
          latestRating(data, n.neighbour)?.inspection.id,
      ),
    ).toBe(true);
    const fig = neighbours(data, { authority: N });
    expect(fig.subtitle).toMatch(/31 March 2021/);
    expect(fig.subtitle).toMatch(/in 2021$/);
    expect(fig.title).toMatch(/when abolished/);
  });
});

describe('the neighbour list on a council page', () => {
  it('gives a former council’s neighbours as they stood on its last day, a current one’s latest', () => {
    for (const n of neighbourList(data, N)?.neighbours ?? [])
      expect(neighbourStanding(data, n.neighbour, N)?.id).toBe(
        ratingAt(data, n.neighbour, '2021-03-31')?.inspection.id,
      );
    for (const n of neighbourList(data, 'haringey')?.neighbours ?? [])
      expect(neighbourStanding(data, n.neighbour, 'haringey')?.id).toBe(
        latestRating(data, n.neighbour)?.inspection.id,
      );
  });
});
