import { describe, expect, it } from 'vitest';
import { renderFigureHtml, tableToCsv, type ChartFigure } from '../../src/charts/figure';
import { ChartOptionError, allChartSpecs, chartTypes, renderChart } from '../../src/charts/registry';
import { trajectoryAlt } from '../../src/charts/trajectory';
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
    expect(rutland.notes).toContain('Rutland, 2023: suppressed (c) — confidential; shown as a gap.');
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
  it('has no style attributes or style elements anywhere', () => {
    for (const spec of allChartSpecs(data)) {
      const f = renderChart(data, spec.type, spec.options);
      const h = renderFigureHtml(f, ctx);
      expect(h).not.toMatch(/\sstyle=/);
      expect(h).not.toMatch(/<style/);
      expect(f.id).toBe(spec.id);
    }
  });
  it('has role=img SVGs labelled by title and desc holding the finding', () => {
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toContain(
      `<desc id="national-grid-wide-desc">${fig.alt.replace(/'/g, '&#39;')}</desc>`.replace('&#39;', "'"),
    );
    expect(html).toContain('aria-labelledby="national-grid-wide-title national-grid-wide-desc"');
  });
  it('has the table, CSV link and embed snippet', () => {
    expect(html).toContain('<details class="chart-data"><summary>Data table</summary>');
    expect(html).toMatch(/<table class="chart-table"><caption>/);
    expect(html).toContain('<th scope="col">Council</th>');
    expect(html).toContain('<th scope="row">');
    expect(html).toContain('<a href="/charts/x.csv" download="national-grid.csv">');
    expect(html).toContain('&lt;iframe src=&quot;/embed/x/&quot;');
    expect(html).toMatch(
      /^<figure class="chart" id="chart-national-grid" aria-labelledby="chart-national-grid-title">/,
    );
    expect(html).toMatch(/<\/figcaption><\/figure>$/);
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
  it('narrow variants are 340 wide with text >= 12px', () => {
    for (const spec of allChartSpecs(data)) {
      const f = renderChart(data, spec.type, spec.options);
      expect(f.svgNarrow).toMatch(/^<svg[^>]*viewBox="0 0 340 /);
      for (const m of f.svgNarrow.matchAll(/font-size="(\d+(?:\.\d+)?)"/g))
        expect(Number(m[1])).toBeGreaterThanOrEqual(12);
      for (const m of f.svgWide.matchAll(/font-size="(\d+(?:\.\d+)?)"/g))
        expect(Number(m[1])).toBeGreaterThanOrEqual(12);
    }
  });
});

describe('registry', () => {
  it('lists options for every type', () => {
    expect(Object.keys(chartTypes)).toEqual([
      'trajectory',
      'national-grid',
      'grade-distribution',
      'transitions',
      'care-leavers',
      'adoption',
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
      'unknown chart type "pie"; allowed: trajectory, national-grid, grade-distribution, transitions, care-leavers, adoption, neighbours',
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
