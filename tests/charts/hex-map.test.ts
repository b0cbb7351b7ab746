/**
 * The hex map: on the committed data, 153 hexagons, each a link to its council's page named by
 * the council and its grade; a second cue besides colour (letter codes wide, patterns narrow);
 * no text overlapping, clipped or too small; the finding, table and CSV from the same numbers.
 * On the chart fixture: small multiples at each 31 March with a successor shown at its
 * predecessor's grade before it existed.
 */
import { describe, expect, it } from 'vitest';
import { hexMap, hexMapYears } from '../../src/charts/hex-map';
import { nationalCountDates } from '../../src/data/ratings-at';
import { MIN_FONT, VARIANTS } from '../../src/charts/svg';
import { loadDataset } from '../../src/data/load';
import { latestRating } from '../../src/data/ratings-at';
import { gradeCode, gradeWords } from '../../src/data/vocabulary';
import { fixtureDataset } from './fixtures';
import { outside, overlaps, svgTextBoxes } from './text-boxes';

const data = loadDataset();

describe('hex map of the current grades', () => {
  const fig = hexMap(data);
  const current = [...data.authorities.values()].filter((a) => a.current);

  it('has one link per current council, to its page, named by the council and its grade', () => {
    for (const svg of [fig.svgWide, fig.svgNarrow]) {
      const links = [...svg.matchAll(/<a aria-label="([^"]*)" href="([^"]*)"/g)];
      expect(links).toHaveLength(153);
      expect(new Set(links.map((l) => l[2])).size).toBe(153);
      for (const a of current) {
        const grade = latestRating(data, a.slug)?.grade ?? null;
        const name = `${a.name}: ${grade ? gradeWords(grade) : 'grade not yet in our data'}`;
        expect(
          links.some((l) => l[1] === name && l[2] === `/authorities/${a.slug}/`),
          name,
        ).toBe(true);
      }
      // A group of links, named by the finding: not role="img", which would hide the links.
      expect(svg).toMatch(/^<svg[^>]*aria-label="A hex map of England’s 153 councils[^"]*"[^>]*role="group"/);
    }
  });

  it('draws the grade’s letter code in each graded hexagon (wide) and a pattern per grade (narrow)', () => {
    const graded = current.filter((a) => latestRating(data, a.slug)?.grade);
    // The map's codes: plain <text> (the key's are in <tspan>s), in groups hidden from assistive
    // technology (each link is named) that ignore the pointer (a click reaches the link).
    const codes = [...fig.svgWide.matchAll(/<text y="[\d.]+" x="[\d.]+">([A-Z]+)<\/text>/g)];
    expect(fig.svgWide).toMatch(
      /<g [^>]*aria-hidden="true"[^>]*pointer-events="none"|<g [^>]*pointer-events="none"[^>]*aria-hidden="true"/,
    );
    expect(codes).toHaveLength(graded.length);
    expect(new Set(codes.map((c) => c[1]))).toEqual(
      new Set(graded.map((a) => gradeCode(latestRating(data, a.slug)?.grade ?? 'good'))),
    );
    expect(fig.svgNarrow).toContain('<pattern');
    expect(fig.svgNarrow).not.toMatch(/<a [^>]*>[^]*?<text/);
  });

  it('has no overlapping, clipped or too small text in either layout', () => {
    for (const variant of VARIANTS) {
      const t = svgTextBoxes(variant === 'wide' ? fig.svgWide : fig.svgNarrow);
      expect(overlaps(t.boxes, 1)).toEqual([]);
      expect(outside(t, -1)).toEqual([]);
      expect(t.boxes.filter((b) => b.size < MIN_FONT[variant])).toEqual([]);
    }
  });

  it('states the finding from the data, and tabulates every council', () => {
    expect(fig.alt).toMatch(
      /^A hex map of England’s 153 councils by the overall grade of their latest inspection: \d+ outstanding, \d+ good/,
    );
    expect(fig.table.rows).toHaveLength(153);
    expect(fig.csv.split('\n')[0]).toBe('council,region,grade');
  });
});

describe('hex maps at each 31 March', () => {
  it('draws one small map per 31 March from 2014, with every council in the table', () => {
    const fig = hexMapYears(data);
    const dates = nationalCountDates(data);
    expect(dates[0]).toBe('2014-03-31');
    for (const svg of [fig.svgWide, fig.svgNarrow]) {
      for (const d of dates) expect(svg).toContain(`31 March ${d.slice(0, 4)}`);
      const t = svgTextBoxes(svg);
      expect(overlaps(t.boxes, 1)).toEqual([]);
      expect(outside(t, -1)).toEqual([]);
    }
    expect(fig.table.rows).toHaveLength(153);
    expect(fig.table.columns.map((c) => c.label).slice(2)).toEqual(dates.map((d) => d.slice(0, 4)));
  });

  it('shows a council that did not yet exist at the grade of the council it replaced', () => {
    const d = fixtureDataset();
    const fig = hexMapYears(d);
    const row = (slug: string) => fig.table.rows.find((r) => r['council'] === d.authorities.get(slug)?.name);
    const north = row('north-northamptonshire');
    expect(north).toBeDefined();
    // The fixture's Northamptonshire and its successors (tests/charts/fixtures.ts).
    const before = fig.table.columns.slice(2).map((c) => north?.[c.key] ?? null);
    expect(before.some((v) => v !== null)).toBe(true);
  });
});
