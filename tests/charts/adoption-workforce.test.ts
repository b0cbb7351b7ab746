/**
 * Issue 14's figures, read from the committed data through the charts: adoption times (A10 and
 * A2) with the Board's small-numbers rule in words, adoptions per year, the social work workforce,
 * and the 2025 statistical neighbours.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { adoptionTimes } from '../../src/charts/adoption-times';
import { adoptions } from '../../src/charts/adoptions';
import { workforce } from '../../src/charts/workforce';
import { neighbours } from '../../src/charts/neighbours';
import { allChartSpecs, chartProblems, renderChart } from '../../src/charts/registry';
import { svgTextBoxes } from './text-boxes';

const data = loadDataset();
const row = (fig: { table: { rows: Record<string, unknown>[] } }, key: string, value: unknown) =>
  fig.table.rows.find((r) => r[key] === value);
const texts = (svg: string) => svgTextBoxes(svg).boxes.map((b) => b.text);

describe('adoption times (ASGLB A10 and A2)', () => {
  it('Wirral: 652 days from entering care to moving in with the adoptive family, England 480', () => {
    const fig = adoptionTimes(data, { authority: 'wirral' });
    expect(row(fig, 'area', 'Wirral')?.['a10_days']).toBe(652);
    expect(row(fig, 'area', 'England')?.['a10_days']).toBe(480);
    expect(fig.title).toContain('652 days');
    expect(fig.title).toContain('480 in England');
    for (const svg of [fig.svgWide, fig.svgNarrow]) {
      expect(texts(svg)).toContain('Wirral: 652 days');
      expect(texts(svg)).toContain('England: 480 days');
    }
    // Plain English beside the code.
    expect(fig.svgWide).toContain('A10: average days from entering care to moving in with the adoptive');
    expect(fig.sources.map((s) => s.id)).toContain('asglb-2022-23-q4');
  });

  it('Havering: too few children adopted, said in words and never drawn as a number', () => {
    const fig = adoptionTimes(data, { authority: 'havering' });
    expect(row(fig, 'area', 'Havering')?.['a10_days']).toBe('too-few');
    expect(fig.title).toMatch(/not published: 10 or fewer children were adopted/);
    const t = texts(fig.svgNarrow).join(' ');
    expect(t).toMatch(/Havering: not published: 10 or fewer/);
    expect(t).not.toMatch(/Havering: \d/);
    expect(fig.csv).toContain('too-few');
  });

  it('tables exactly the dots it draws: other councils only where a time is published', () => {
    const fig = adoptionTimes(data, { authority: 'wirral' });
    const others = fig.table.rows.slice(3);
    expect(fig.table.rows.slice(0, 3).map((r) => r['area'])).toEqual(['Wirral', 'North West', 'England']);
    expect(others.length).toBeGreaterThan(50);
    for (const r of others)
      expect([r['a10_days'], r['a2_days']].some((v) => typeof v === 'number')).toBe(true);
    // As many grey dots as rows with a published A10 time, said under the strip.
    const a10 = others.filter((r) => typeof r['a10_days'] === 'number').length;
    expect(fig.svgWide).toContain(`the other councils with a published figure (${a10})`);
  });

  it('names every line it draws, even a long name on a phone (wrapped, never dropped)', () => {
    const east = adoptionTimes(data, { authority: 'east-riding-of-yorkshire' });
    const words = (svg: string) => texts(svg).join(' ');
    for (const svg of [east.svgWide, east.svgNarrow]) {
      expect(words(svg)).toContain('East Riding of Yorkshire: 569 days');
      expect(words(svg)).toContain('Yorkshire and The Humber: 454 days');
    }
    const bcp = adoptionTimes(data, { authority: 'bournemouth-christchurch-and-poole' });
    expect(words(bcp.svgNarrow)).toContain('Bournemouth, Christchurch & Poole: 466 days');
  });

  it('joint returns say whom the figures cover', () => {
    const fig = adoptionTimes(data, { authority: 'cornwall' });
    expect(fig.notes.join(' ')).toMatch(/Isles of Scilly/);
  });
});

describe('adoptions per year (DfE, LAIT)', () => {
  it('Wirral: the council’s number and the share against region and England', () => {
    const fig = adoptions(data, { authority: 'wirral' });
    const r2025 = fig.table.rows.filter((r) => r['year'] === 2025);
    expect(r2025.map((r) => r['area'])).toEqual(['Wirral', 'North West', 'England']);
    expect(r2025[0]?.['adopted']).toBe(18);
    expect(fig.title).toMatch(/^18 children were adopted from Wirral's care in the year to March 2025/);
  });

  it('a suppressed year stays missing, with its reason in words', () => {
    const fig = adoptions(data, { authority: 'havering' });
    expect(row(fig, 'year', 2025)?.['adopted']).toBe('-');
    expect(texts(fig.svgWide).join(' ')).toMatch(/Havering: 2021, 2022, 2023, 2025 not available/);
  });
});

describe('social work workforce', () => {
  it('Havering: agency rate 25.6% in 2023, 41.7% in 2025', () => {
    const fig = workforce(data, { authority: 'havering' });
    const at = (year: number) => fig.table.rows.find((r) => r['area'] === 'Havering' && r['year'] === year);
    expect(at(2023)?.['agency_rate']).toBe(25.6);
    expect(at(2025)?.['agency_rate']).toBe(41.7);
    expect(fig.title).toMatch(/^41.7% of Havering's children’s social workers were agency staff in 2025/);
    expect(new Set(fig.table.rows.map((r) => r['area']))).toEqual(new Set(['Havering', 'London', 'England']));
  });

  it('suppressed figures are gaps with words, never zero', () => {
    const fig = workforce(data, { authority: 'kensington-and-chelsea' });
    const r2025 = fig.table.rows.find((r) => r['area'] === 'Kensington and Chelsea' && r['year'] === 2025);
    expect(r2025?.['caseload']).toBe('x');
    expect(fig.notes.join(' ')).toMatch(
      /Kensington and Chelsea, 2025, caseload: not published \(x: not available\)/,
    );
    expect(texts(fig.svgWide).join(' ')).toMatch(/Kensington and Chelsea: 2025 not available/);
  });

  it('is published for every council with figures, and on the inspection pages’ councils', () => {
    const specs = allChartSpecs(data).filter((s) => s.type === 'workforce');
    expect(specs.map((s) => s.options['authority'])).toContain('havering');
    expect(chartProblems(data, 'workforce', { authority: 'haverin' })[0]).toMatch(/did you mean "havering"/);
  });
});

describe('statistical neighbours, 2025 model', () => {
  it('Wirral’s 2025 neighbours include Halton; England and the neighbours’ average are drawn', () => {
    const fig = neighbours(data, { authority: 'wirral' });
    const names = fig.table.rows.map((r) => r['council']);
    expect(names).toContain('Halton');
    expect(names).toContain('England');
    expect(names.some((n) => String(n).startsWith('Neighbours’ average'))).toBe(true);
    expect(fig.subtitle).toMatch(/2025 statistical neighbour model/);
    expect(fig.sources.map((s) => s.id)).toContain('dfe-statistical-neighbours-2025');
    expect(texts(fig.svgWide).join(' ')).toMatch(/dotted line: England, \d+%; dashed line: the neighbours’/);
  });

  it('a council whose latest grade is not in our data says so, and is not ranked on grade', () => {
    const fig = neighbours(data, { authority: 'brent' });
    expect(fig.title).toBe('Brent, latest grade not yet in our data, and its 10 statistical neighbours');
    expect(fig.alt).toMatch(
      /^The grade of Brent's latest inspection is not yet in our data, so it is not ranked/,
    );
    expect(fig.alt).not.toMatch(/rated higher|no overall grade/);
    expect(fig.notes.join(' ')).toMatch(/not yet in our data for Brent; an older grade is not shown/);
  });

  it('a council outside the 2025 model keeps its 2021 groupings, labelled as such', () => {
    const outside = [...data.authorities.keys()].find(
      (s) =>
        !data.neighbours2025.some((n) => n.authority === s) && data.neighbours.some((n) => n.authority === s),
    );
    if (!outside) return;
    const fig = neighbours(data, { authority: outside });
    expect(fig.subtitle).toMatch(/April 2021/);
  });
});

describe('a missing grade, in the one phrase of the reader words', () => {
  it('the grid by current grade puts Brent and Somerset under "Latest grade not yet in our data"', () => {
    const fig = renderChart(data, 'national-grid', { 'group-by': 'current-grade' });
    const words = texts(fig.svgWide);
    expect(words).toContain('Latest grade not yet in our data');
    expect(words).not.toContain('No overall grade');
  });
});
