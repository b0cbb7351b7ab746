import { describe, expect, it } from 'vitest';
import { headingClasses } from '../../src/config/table-headings';
import { CHART_TYPE_NAMES } from '../../src/charts/registry';
import { renderFigureHtml, tableToCsv, type ChartFigure } from '../../src/charts/figure';
import { ChartOptionError, allChartSpecs, chartTypes, renderChart } from '../../src/charts/registry';
import { MIN_FONT, NARROW, WIDE, roundGeometry } from '../../src/charts/svg';
import { trajectoryAlt } from '../../src/charts/trajectory';
import { MISSING_VALUES } from '../../src/data/vocabulary';
import { fixtureDataset } from './fixtures';

const data = fixtureDataset();
const ctx = { base: '/', csvHref: '/charts/x.csv', embedHref: '/embed/x/' };

describe('alt texts state the finding', () => {
  it('rise', () => {
    expect(trajectoryAlt(data, 'haringey')).toBe(
      "Haringey's rating rose from requires improvement in 2018 to outstanding in 2026. Graded inspections: 2008 inadequate (JAR), 2014 requires improvement (SIF), 2018 requires improvement (ILACS), 2023 good (ILACS), 2026 outstanding (ILACS short).",
    );
  });
  it('fall', () => {
    expect(trajectoryAlt(data, 'havering')).toMatch(
      /^Havering's rating fell from good in 2018 to inadequate in 2024\./,
    );
  });
  it('single inspection', () => {
    expect(trajectoryAlt(data, 'city-of-london')).toBe(
      'City of London has had one graded inspection: outstanding in 2019 (ILACS standard inspection).',
    );
  });
  it('no data', () => {
    expect(trajectoryAlt(data, 'enfield')).toBe(
      "Ofsted has published no graded inspection of Enfield's children's services since 2008.",
    );
  });
  it('care leavers compares with region and England', () => {
    expect(renderChart(data, 'care-leavers', { authority: 'haringey' }).alt).toBe(
      "In 2025, 57% of Haringey's care leavers aged 19 to 21 were in education, employment or training, compared with 58% in London and 56% in England. That is up from 48% in 2021.",
    );
  });
  it('care leavers with the latest value suppressed says so', () => {
    expect(renderChart(data, 'care-leavers', { authority: 'rutland' }).alt).toMatch(
      /^In 2024, 55% .* The 2025 figure is suppressed\.$/,
    );
  });
  it('adoption quotes values with units', () => {
    expect(renderChart(data, 'adoption', { authority: 'haringey' }).alt).toContain('778 days');
    expect(renderChart(data, 'adoption', { authority: 'haringey' }).alt).toContain(
      'against 647 days (England average)',
    );
    expect(renderChart(data, 'adoption', { authority: 'havering' }).alt).toContain('607 days');
  });
  it('transitions names who fell', () => {
    expect(renderChart(data, 'transitions', {}).alt).toContain('Havering (good to inadequate)');
  });
});

describe('titles state the finding, from the data', () => {
  const title = (type: string, options: Record<string, string> = {}) =>
    renderChart(data, type, options).title;
  it('trajectory: rise, fall, a single grade, none, a former council', () => {
    expect(title('trajectory', { authority: 'haringey' })).toBe(
      'Haringey rose from requires improvement to outstanding, 2018 to 2026',
    );
    expect(title('trajectory', { authority: 'havering' })).toBe(
      'Havering fell from good to inadequate, 2018 to 2024',
    );
    expect(title('trajectory', { authority: 'city-of-london' })).toBe(
      'City of London rated outstanding at its only graded inspection, in 2019',
    );
    expect(title('trajectory', { authority: 'enfield' })).toBe(
      'Enfield: no graded Ofsted inspection since 2008',
    );
    expect(title('trajectory', { authority: 'northamptonshire' })).toMatch(
      /^Northamptonshire \(former council\) /,
    );
  });
  it('care leavers: the latest published year, against England', () => {
    expect(title('care-leavers', { authority: 'haringey' })).toBe(
      "57% of Haringey's care leavers aged 19 to 21 were in education, employment or training in 2025, against 56% in England",
    );
    // Rutland's 2025 figure is suppressed: the title gives 2024, never a 0.
    expect(title('care-leavers', { authority: 'rutland' })).toMatch(
      /^55% of Rutland's .* in 2024, against 56% in England$/,
    );
  });
  it('neighbours, adoption and transitions count what the chart shows', () => {
    expect(title('neighbours', { authority: 'haringey' })).toBe(
      'Haringey, rated outstanding, and its 10 statistical neighbours: none rated higher',
    );
    expect(title('adoption', { authority: 'haringey' })).toBe(
      "Haringey's inspection reports: adoption slower than the benchmark on 2 of 2 measures",
    );
    expect(title('transitions')).toBe(
      'At their latest inspection, 2 councils rose a grade or more and 2 fell',
    );
  });
});

describe('CSV and table', () => {
  const rutland = renderChart(data, 'care-leavers', { authority: 'rutland' });
  it('keeps suppression symbols, never 0', () => {
    const lines = rutland.csv.trim().split('\n');
    expect(lines[0]).toBe('area,year,period,eet_percent,measure');
    expect(lines).toContain('Rutland,2022,year ending March 2022,c,DfE care leavers statistics');
    expect(lines).toContain('Rutland,2025,year ending March 2025,x,DfE care leavers statistics');
    expect(lines.filter((l) => l.startsWith('Rutland,') && l.includes(',0,'))).toEqual([]);
  });
  it('has exactly the plotted rows', () => {
    // 5 Rutland + 5 East Midlands + 5 England rows; no other region, no other age band.
    expect(rutland.table.rows).toHaveLength(15);
    expect(rutland.csv.trim().split('\n')).toHaveLength(16);
    expect(tableToCsv(rutland.table)).toBe(rutland.csv);
  });
  it('notes explain suppression', () => {
    expect(rutland.notes).toContain('Rutland, 2023: suppressed (c) — too few to publish; shown as a gap.');
  });
  it('reported figures are separate rows, noted as measured differently', () => {
    const h = renderChart(data, 'care-leavers', { authority: 'haringey' });
    expect(
      h.table.rows
        .filter((r) => r['measure'] === 'quoted in an inspection report')
        .map((r) => r['eet_percent']),
    ).toEqual([63, 47]);
    expect(h.notes.join(' ')).toContain('not measured the same way');
  });
  it('quotes fields that need it', () => {
    const t = { columns: [{ key: 'a', label: 'A' }], rows: [{ a: 'Bath, "North"' }, { a: null }] };
    expect(tableToCsv(t)).toBe('a\n"Bath, ""North"""\n\n');
  });
  it('cites every plotted source', () => {
    const h = renderChart(data, 'care-leavers', { authority: 'haringey' });
    expect(h.sources.map((s) => s.id)).toEqual(['dfe-care-leavers-2025', 'ofsted-haringey-2014']);
  });
});

describe('figure HTML', () => {
  const fig = renderChart(data, 'national-grid', {});
  const html = renderFigureHtml(fig, ctx);
  it('writes every missing-value symbol in its table cells in words', () => {
    const withSymbols: ChartFigure = {
      ...fig,
      table: {
        columns: [
          { key: 'area', label: 'Area' },
          { key: 'days', label: 'Days' },
        ],
        rows: Object.keys(MISSING_VALUES)
          .filter((s) => s !== '')
          .map((s) => ({ area: `Council ${s}`, days: s })),
      },
    };
    const cells = [...renderFigureHtml(withSymbols, ctx).matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(cells).toHaveLength(Object.keys(MISSING_VALUES).length - 1);
    expect(cells).toContain('too few children adopted to publish');
    for (const c of cells) expect(Object.hasOwn(MISSING_VALUES, c ?? '')).toBe(false);
  });
  it('has no style attributes or style elements anywhere', () => {
    for (const spec of allChartSpecs(data)) {
      const f = renderChart(data, spec.type, spec.options);
      const h = renderFigureHtml(f, ctx);
      expect(h).not.toMatch(/\sstyle=/);
      expect(h).not.toMatch(/<style/);
      expect(f.id).toBe(spec.id);
    }
  });
  it('names the figure by its title once, and each SVG by the finding once', () => {
    const label = `aria-label="${fig.alt.replace(/'/g, '&#39;')}"`;
    expect(html).toMatch(new RegExp(`<svg[^>]*role="img"[^>]*class="chart-svg chart-svg-wide"`));
    expect(html.split(label).length - 1).toBe(2); // once per layout; one is display:none
    // No <title> (it would repeat the figure's name, and show as a tooltip) and no <desc> (it
    // would be announced again as the description).
    expect(html).not.toMatch(/<(title|desc)[\s>]/);
    // The visible title is the figure's name, hidden from assistive technology as text.
    expect(html).toContain('<p class="chart-title" id="chart-national-grid-title" aria-hidden="true">');
  });
  it("moves Plot's font-variant attribute to CSS (invalid in SVG)", () => {
    for (const spec of allChartSpecs(data)) {
      const f = renderChart(data, spec.type, spec.options);
      expect(f.svgWide + f.svgNarrow).not.toContain('font-variant');
    }
  });
  it('has the table, CSV link and embed snippet', () => {
    expect(html).toContain('<details class="chart-data"><summary>Data table</summary>');
    expect(html).toMatch(/<table class="chart-table"><caption>/);
    expect(html).toContain('<th scope="col">Council</th>');
    expect(html).toContain('<th scope="row">');
    // A long heading is marked, for the room global.css gives it on a phone; a short one is not.
    const headings = [...html.matchAll(/<th scope="col"( class="long-heading")?>([^<]*)<\/th>/g)];
    expect(headings.length).toBeGreaterThan(1);
    for (const [, long, label] of headings) expect(Boolean(long), label).toBe((label ?? '').length >= 30);
    expect(html).toContain(
      '<a href="/charts/x.csv" download="national-grid.csv">Download the data (CSV)</a>',
    );
    // The snippet is pasted on other sites: the embed page's absolute address (SITE + base).
    expect(html).toMatch(/&lt;iframe src=&quot;https?:\/\/[^/]+\/embed\/national-grid\/&quot;/);
    expect(html).toMatch(
      /^<figure class="chart" id="chart-national-grid" aria-labelledby="chart-national-grid-title">/,
    );
    expect(html).toMatch(/<\/figcaption><\/figure>$/);
  });
  it('marks a column heading of 30 characters or more as long, with or without num', () => {
    expect(headingClasses('Council')).toBeUndefined();
    expect(headingClasses('Council', true)).toBe('num');
    expect(headingClasses('x'.repeat(29))).toBeUndefined();
    expect(headingClasses('x'.repeat(30))).toBe('long-heading');
    expect(headingClasses('Care leavers aged 19-21 in education, work or training (%)', true)).toBe(
      'num long-heading',
    );
  });
  it('escapes text', () => {
    expect(html).toContain('Bath &amp; North East Somerset');
    const evil: ChartFigure = {
      ...fig,
      title: '<script>"x"</script>',
      table: { columns: [{ key: 'a', label: '<b>' }], rows: [{ a: '&' }] },
    };
    const out = renderFigureHtml(evil, ctx);
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;&quot;x&quot;&lt;/script&gt;');
    expect(out).toContain('<th scope="col">&lt;b&gt;</th>');
  });
  it(`layouts are ${WIDE} and ${NARROW} wide, with text of at least their minimum size`, () => {
    for (const spec of allChartSpecs(data)) {
      const f = renderChart(data, spec.type, spec.options);
      expect(f.svgWide).toMatch(new RegExp(`^<svg[^>]*viewBox="0 0 ${WIDE} `));
      expect(f.svgNarrow).toMatch(new RegExp(`^<svg[^>]*viewBox="0 0 ${NARROW} `));
      for (const m of f.svgNarrow.matchAll(/font-size="(\d+(?:\.\d+)?)"/g))
        expect(Number(m[1])).toBeGreaterThanOrEqual(MIN_FONT.narrow);
      for (const m of f.svgWide.matchAll(/font-size="(\d+(?:\.\d+)?)"/g))
        expect(Number(m[1])).toBeGreaterThanOrEqual(MIN_FONT.wide);
    }
  });
});

describe('registry', () => {
  it('lists options for every type', () => {
    expect(Object.keys(chartTypes)).toEqual([
      'trajectory',
      'national-grid',
      'grade-distribution',
      'hex-map',
      'hex-map-years',
      'transitions',
      'care-leavers',
      'adoption',
      'adoption-times',
      'adoptions',
      'workforce',
      'neighbours',
      'inspection-change',
    ]);
  });
  it('throws ChartOptionError listing what is allowed', () => {
    expect(() => renderChart(data, 'trajectory', { age: '19-21' })).toThrow(ChartOptionError);
    expect(() => renderChart(data, 'trajectory', { age: '19-21' })).toThrow(
      'unknown chart option "age" for type "trajectory"; allowed: authority, highlight\nmissing required option "authority" for type "trajectory"; allowed: authority, highlight',
    );
    expect(() => renderChart(data, 'care-leavers', { authority: 'haringey', age: '16' })).toThrow(
      'invalid value "16" for option "age" of type "care-leavers"; allowed: 19-21, 17-18',
    );
    expect(() => renderChart(data, 'pie', {})).toThrow(
      `unknown chart type "pie"; allowed: ${CHART_TYPE_NAMES.join(', ')}`,
    );
  });
  it('publishes every chart with unique ids', () => {
    const specs = allChartSpecs(data);
    expect(new Set(specs.map((s) => s.id)).size).toBe(specs.length);
    expect(specs.map((s) => s.id)).toContain('care-leavers-haringey-19-21');
    expect(specs.map((s) => s.id)).toContain('adoption-havering');
    expect(specs.map((s) => s.id)).toContain('neighbours-haringey');
  });
});

describe('chart geometry rounding', () => {
  it('writes positions to the half pixel and sizes to the tenth, never a positive size to nothing', () => {
    expect(roundGeometry('cx', '584.0767857142857')).toBe('584');
    expect(roundGeometry('x1', '85.75')).toBe('86');
    expect(roundGeometry('y', '-0.2')).toBe('0');
    expect(roundGeometry('d', 'M9,158.53125L85.75,1e-7')).toBe('M9,158.5L86,0');
    expect(roundGeometry('transform', 'translate(48,57.999999999999986) rotate(-90)')).toBe(
      'translate(48,58) rotate(-90)',
    );
    expect(roundGeometry('height', '0.02')).toBe('0.1');
    expect(roundGeometry('width', '12.345')).toBe('12.3');
    expect(roundGeometry('height', '309.13', 'svg')).toBeUndefined();
  });

  it('leaves lengths with units and non-geometry attributes as written', () => {
    expect(roundGeometry('y', '0.32em')).toBeUndefined();
    expect(roundGeometry('width', '100%')).toBeUndefined();
    expect(roundGeometry('r', '3.25')).toBeUndefined();
    expect(roundGeometry('aria-label', 'Haringey 41.5%')).toBeUndefined();
  });
});
