/**
 * Every chart the site publishes, for every council in the committed data, in every layout: no
 * two texts overlap and none reaches outside the SVG's viewBox, measured with the same font
 * metrics the charts are laid out with (no browser; tests/browser/sweep.test.ts checks the
 * drawn pages); no line, rule, bar edge or mark crosses a text (line-geometry.ts: every stroke of
 * the SVG against every text's box). Also: no text is drawn smaller than the layout's minimum size, and no two marks of
 * a council's strip of ungraded visits cover each other.
 */
import { describe, expect, it } from 'vitest';
import { CHART_TYPE_NAMES, allChartSpecs } from '../../src/charts/registry';
import { chartFigure } from '../../src/charts/cache';
import { MIN_FONT, VARIANTS, type Variant } from '../../src/charts/svg';
import { loadDataset } from '../../src/data/load';
import { outside, overlaps, svgTextBoxes, type TextBox } from './text-boxes';
import { crossings, svgGeometry } from './line-geometry';

const data = loadDataset();
const specs = allChartSpecs(data);

const show = (b: TextBox) =>
  `${JSON.stringify(b.text)} [${b.left.toFixed(1)}..${b.right.toFixed(1)} x ${b.top.toFixed(1)}..${b.bottom.toFixed(1)}]`;

function svgOf(id: string, variant: Variant): string {
  const spec = specs.find((s) => s.id === id);
  if (!spec) throw new Error(`no chart ${id}`);
  const fig = chartFigure(data, spec.type, spec.options);
  return variant === 'wide' ? fig.svgWide : fig.svgNarrow;
}

describe('chart text layout, every published chart', () => {
  it('publishes charts for every council', () => {
    const councils = new Set(specs.map((s) => s.options['authority']).filter(Boolean));
    expect(councils.size).toBe(data.authorities.size);
  });

  // One test per chart type and layout; rendering every council's charts takes a while on a
  // busy machine, hence the generous timeout (not a speed assertion).
  for (const type of CHART_TYPE_NAMES)
    for (const variant of VARIANTS) {
      it(
        `${type}, ${variant}: no overlapping text, none crossed by a line or mark, none at or past the edges, none under ${MIN_FONT[variant]}px`,
        { timeout: 180_000 },
        () => {
          const problems: string[] = [];
          const ofType = specs.filter((s) => s.type === type);
          expect(ofType.length, `published ${type} charts`).toBeGreaterThan(0);
          for (const spec of ofType) {
            const svg = svgOf(spec.id, variant);
            const t = svgTextBoxes(svg);
            expect(t.boxes.length, `${spec.id} has text`).toBeGreaterThan(0);
            for (const [a, b] of overlaps(t.boxes, 1))
              problems.push(`${spec.id}: ${show(a)} overlaps ${show(b)}`);
            // 1 px in from each side: a glyph's box is wider than its ink.
            for (const c of crossings(t.boxes, svgGeometry(svg), 1))
              problems.push(`${spec.id}: ${show(c.text)} crossed by ${c.by}`);
            // At least 1px inside the edges: browsers draw some glyphs a pixel outside their advance box.
            for (const b of outside(t, -1))
              problems.push(`${spec.id}: ${show(b)} within 1px of or outside 0 0 ${t.width} ${t.height}`);
            for (const b of t.boxes.filter((b) => b.size < MIN_FONT[variant]))
              problems.push(`${spec.id}: ${show(b)} at ${b.size}px`);
          }
          expect(problems.slice(0, 40), `${problems.length} problems`).toEqual([]);
        },
      );
    }
});

/** The strip's triangles (Plot's upward triangle symbol, centred on its translate) and their size. */
function stripTriangles(svg: string): { x: number; y: number; w: number; h: number }[] {
  const re = /d="M0,-([\d.]+)L([\d.]+),([\d.]+)L-[\d.]+,[\d.]+Z" transform="translate\(([\d.]+),([\d.]+)\)"/g;
  return [...svg.matchAll(re)].map((m) => {
    const [top, half, base, x, y] = m.slice(1).map(Number) as [number, number, number, number, number];
    // With its 1.5 px stroke.
    return { x, y, w: 2 * half + 1.5, h: top + base + 1.5 };
  });
}

describe('the strip of ungraded visits, every published trajectory', () => {
  for (const variant of VARIANTS)
    it(`${variant}: no two visits' triangles overlap`, { timeout: 180_000 }, () => {
      const problems: string[] = [];
      const trajectories = specs.filter((s) => s.type === 'trajectory');
      let drawn = 0;
      for (const spec of trajectories) {
        const ts = stripTriangles(svgOf(spec.id, variant));
        drawn += ts.length;
        ts.forEach((a, i) =>
          ts.slice(i + 1).forEach((b) => {
            if (Math.abs(a.x - b.x) < (a.w + b.w) / 2 && Math.abs(a.y - b.y) < (a.h + b.h) / 2)
              problems.push(`${spec.id}: triangles at ${a.x},${a.y} and ${b.x},${b.y} overlap`);
          }),
        );
      }
      expect(drawn, 'triangles found').toBeGreaterThan(100);
      expect(problems.slice(0, 40), `${problems.length} problems`).toEqual([]);
    });
});
