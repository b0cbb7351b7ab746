/**
 * The comparison pages' data (src/data/compare.ts): a page for every current council, each with
 * its ten 2025 neighbours closest first, grades and latest inspections, every ranked measure, the
 * neighbours' average of those with a figure, and England's figure.
 */
import { describe, expect, it } from 'vitest';
import { comparedCouncils, comparison } from '../../src/data/compare';
import { allRanks } from '../../src/data/ranks';
import { latestRating } from '../../src/data/ratings-at';
import { loadDataset } from '../../src/data/load';

const data = loadDataset();

describe('compare pages', () => {
  it('has a page for every current council, and none for a former one', () => {
    const current = [...data.authorities.values()].filter((a) => a.current).map((a) => a.slug).sort();
    expect(comparedCouncils(data)).toEqual(current);
    expect(current).toHaveLength(153);
  });

  it('puts Havering beside its ten neighbours, closest first, with grades, dates and every measure', () => {
    const c = comparison(data, 'havering');
    expect(c).not.toBeNull();
    if (!c) return;
    const expected = data.neighbours2025
      .filter((n) => n.authority === 'havering')
      .sort((x, y) => x.rank - y.rank)
      .map((n) => n.neighbour);
    expect(c.neighbours.map((n) => n.authority.slug)).toEqual(expected);
    expect(c.neighbours).toHaveLength(10);
    for (const row of [c.council, ...c.neighbours]) {
      expect(row.grade).toBe(latestRating(data, row.authority.slug)?.grade ?? null);
      expect(row.values).toHaveLength(allRanks(data).length);
    }
    expect(c.england).toHaveLength(c.measures.length);
    expect(c.england.every((v) => v !== null)).toBe(true);
  });

  it('averages the neighbours that have a figure, and says how many', () => {
    for (const slug of ['havering', 'haringey', 'rutland']) {
      const c = comparison(data, slug);
      if (!c) throw new Error(slug);
      c.measures.forEach((_, i) => {
        const vs = c.neighbours.map((n) => n.values[i]).filter((v): v is number => v !== null && v !== undefined);
        expect(c.average[i]?.count).toBe(vs.length);
        if (vs.length) expect(c.average[i]?.value).toBeCloseTo(vs.reduce((s, v) => s + v, 0) / vs.length, 9);
        else expect(c.average[i]?.value).toBeNull();
      });
    }
  });
});
