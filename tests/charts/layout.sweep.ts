/**
 * Every chart the site publishes, for every council in the committed data, in every layout: no
 * two texts overlap and none reaches outside the SVG's viewBox, measured with the same font
 * metrics the charts are laid out with (no browser; tests/browser/sweep.test.ts checks the
 * drawn pages). Also: no text is drawn smaller than the layout's minimum size.
 */
import { describe, expect, it } from 'vitest';
import { CHART_TYPE_NAMES, allChartSpecs } from '../../src/charts/registry';
import { chartFigure } from '../../src/charts/cache';
import { MIN_FONT, VARIANTS, type Variant } from '../../src/charts/svg';
import { loadDataset } from '../../src/data/load';
import { outside, overlaps, svgTextBoxes, type TextBox } from './text-boxes';

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
        `${type}, ${variant}: no overlapping text, none at or past the edges, none under ${MIN_FONT[variant]}px`,
        { timeout: 180_000 },
        () => {
          const problems: string[] = [];
          const ofType = specs.filter((s) => s.type === type);
          expect(ofType.length, `published ${type} charts`).toBeGreaterThan(0);
          for (const spec of ofType) {
            const t = svgTextBoxes(svgOf(spec.id, variant));
            expect(t.boxes.length, `${spec.id} has text`).toBeGreaterThan(0);
            for (const [a, b] of overlaps(t.boxes, 1))
              problems.push(`${spec.id}: ${show(a)} overlaps ${show(b)}`);
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
