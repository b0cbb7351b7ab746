/**
 * The committed dataset, end to end: it loads without problems and holds the facts the
 * site's first stories rest on (each checked by hand against Ofsted's published reports).
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { summaryOf } from '../../src/data/queries';

const data = loadDataset();
const of = (slug: string) => data.inspections.filter((i) => i.authority === slug);
const find = (slug: string, published: string) => of(slug).find((i) => i.published === published);

describe('the committed dataset', () => {
  it('has the 153 current councils and the former ones', () => {
    const all = [...data.authorities.values()];
    expect(all.filter((a) => a.current)).toHaveLength(153);
    for (const slug of ['northamptonshire', 'bournemouth', 'poole', 'dorset-county-council', 'cumbria'])
      expect(data.authorities.get(slug)?.current).toBe(false);
    expect(data.authorities.get('northamptonshire')?.successors).toEqual([
      'north-northamptonshire',
      'west-northamptonshire',
    ]);
  });

  it('links each council to its Ofsted page by LA number', () => {
    expect(data.authorities.get('haringey')?.ofstedUrl).toBe('https://reports.ofsted.gov.uk/provider/44/309');
    expect(data.authorities.get('havering')?.ofstedUrl).toBe('https://reports.ofsted.gov.uk/provider/44/311');
  });

  it("holds Haringey's history from the 2008 joint area review to outstanding in 2026", () => {
    expect(find('haringey', '2008-12-01')).toMatchObject({ framework: 'jar', overall: 'inadequate' });
    expect(find('haringey', '2010-02-23')).toMatchObject({ framework: 'progress-report', scale: 'ungraded' });
    expect(find('haringey', '2014-07-18')).toMatchObject({
      framework: 'sif',
      overall: 'requires-improvement',
      scale: 'ri-scale',
    });
    const y2018 = of('haringey').find(
      (i) => i.framework.startsWith('ilacs') && i.published?.startsWith('2018'),
    );
    expect(y2018?.overall).toBe('requires-improvement');
    expect(find('haringey', '2023-04-11')).toMatchObject({
      overall: 'good',
      judgements: expect.objectContaining({ 'children-in-care': 'requires-improvement' }) as unknown,
    });
    expect(find('haringey', '2026-02-24')).toMatchObject({
      overall: 'outstanding',
      startDate: '2026-01-12',
      endDate: '2026-01-16',
    });
    expect(summaryOf(data, 'haringey').direction).toBe('improved');
  });

  it('holds Havering falling from good in 2018 to inadequate, published 16 February 2024', () => {
    const y2018 = of('havering').find(
      (i) => i.framework.startsWith('ilacs') && i.published?.startsWith('2018'),
    );
    expect(y2018?.overall).toBe('good');
    expect(find('havering', '2024-02-16')).toMatchObject({ overall: 'inadequate', startDate: '2023-12-11' });
    expect(summaryOf(data, 'havering').direction).toBe('declined');
  });

  it('keeps suppressed care-leaver figures as symbols, never zero', () => {
    const suppressed = data.careLeavers.filter((r) => 'symbol' in r.eetPercent);
    expect(suppressed.length).toBeGreaterThan(0);
    for (const r of suppressed) expect(r.eetPercent).not.toEqual({ value: 0 });
  });

  it('marks pre-2013 grades with the adequate scale', () => {
    const slac = data.inspections.filter((i) => i.framework === 'slac');
    expect(slac.length).toBeGreaterThan(100);
    expect(slac.every((i) => i.scale === 'adequate-scale')).toBe(true);
  });

  it('cites a known source on every row', () => {
    for (const i of data.inspections) expect(data.sources.has(i.source)).toBe(true);
    for (const r of data.careLeavers) expect(data.sources.has(r.source)).toBe(true);
  });
});
