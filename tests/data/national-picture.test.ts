/**
 * The home page's national picture (src/data/national-picture.ts): the latest-grade table and
 * the sentence that says why it can differ from the latest 31 March count, in the data's numbers.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { nationalCountsStart, nationalPicture } from '../../src/data/national-picture';
import { countsAt31March, nationalCountDates } from '../../src/data/ratings-at';
import { formatDate } from '../../src/data/format';
import { gradeLabel, GRADE_ORDER } from '../../src/data/vocabulary';

const data = loadDataset();
const picture = nationalPicture(data);

describe('the national picture now', () => {
  it('counts every current council once', () => {
    const current = [...data.authorities.values()].filter((a) => a.current).length;
    const counted = [...picture.counts, ...picture.ungraded].reduce((s, c) => s + c.n, 0);
    expect(picture.councils).toBe(current);
    expect(counted).toBe(current);
  });

  it('names the latest report in the data as its reach', () => {
    const newest =
      data.inspections
        .map((i) => i.published ?? '')
        .sort()
        .at(-1) ?? '';
    expect(picture.latestPublished).toBe(newest);
    expect(picture.cutoffNote).toContain(`to reports published by ${formatDate(newest)}`);
  });

  it('gives the latest 31 March count for every grade whose count differs from the table', () => {
    const date = nationalCountDates(data).at(-1) ?? '';
    const march = countsAt31March(data, date).counts;
    const note = picture.cutoffNote ?? '';
    const differ = GRADE_ORDER.filter((g) => march[g] !== picture.counts.find((c) => c.grade === g)?.n);
    if (differ.length === 0) expect(note).toContain('the counts were the same');
    for (const g of differ) {
      expect(note).toContain(`${march[g]} councils were ${gradeLabel(g).toLowerCase()}`);
      expect(note).toContain(formatDate(date));
    }
    for (const g of GRADE_ORDER.filter((x) => !differ.includes(x)))
      expect(note).not.toContain(`councils were ${gradeLabel(g).toLowerCase()}`);
  });

  it('says where the national counts start and why, in numbers', () => {
    const start = nationalCountsStart(data);
    expect(start).toContain(formatDate(nationalCountDates(data)[0] ?? null));
    expect(start).toMatch(/on 31 March \d{4}, \d+ of \d+ councils had an overall grade/);
  });
});
