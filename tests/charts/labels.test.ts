import { describe, expect, it } from 'vitest';
import {
  intersects,
  labelBox,
  labelElement,
  placeLabels,
  spreadVertically,
  type Box,
  type Label,
} from '../../src/charts/labels';
import { fontMetrics, lineBoxHeight, textWidth, wrapText } from '../../src/charts/text';
import { outside, overlaps, svgTextBoxes } from './text-boxes';

describe('font metrics read from DejaVu Sans', () => {
  it('reads units per em, vertical metrics and advance widths from the TTF', () => {
    const f = fontMetrics();
    expect(f.unitsPerEm).toBe(2048);
    expect(f.ascent).toBeCloseTo(1901 / 2048, 6);
    expect(f.descent).toBeCloseTo(483 / 2048, 6);
    expect(f.advance('n'.codePointAt(0) ?? 0)).toBe(1298);
    // Digits are all one width (tabular), and bold is wider than regular.
    expect(new Set([...'0123456789'].map((d) => f.advance(d.codePointAt(0) ?? 0))).size).toBe(1);
    expect(textWidth('Redcar and Cleveland', 13, 'bold')).toBeGreaterThan(
      textWidth('Redcar and Cleveland', 13),
    );
  });
  it('measures text in px at a size', () => {
    expect(textWidth('nn', 16)).toBeCloseTo((2 * 1298 * 16) / 2048, 6);
    expect(lineBoxHeight(13)).toBeCloseTo(((1901 + 483) / 2048) * 13, 6);
  });
  it('wraps at spaces and after hyphens, never wider than asked unless one word is', () => {
    const lines = wrapText('Bournemouth, Christchurch and Poole', 120, 13);
    expect(lines.join(' ')).toBe('Bournemouth, Christchurch and Poole');
    for (const l of lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(120);
    expect(wrapText('Stockton-on-Tees', 60, 13)).toEqual(['Stockton-', 'on-Tees']);
    expect(wrapText('Supercalifragilistic', 20, 13)).toEqual(['Supercalifragilistic']);
  });
});

describe('label placement', () => {
  const at = (x: number, y: number, lines = ['label']): Label => ({
    lines,
    x,
    y,
    anchor: 'start',
    valign: 'top',
    size: 13,
  });
  const bounds: Box = { left: 0, top: 0, right: 200, bottom: 100 };

  it('takes the first candidate clear of obstacles, other labels and the bounds', () => {
    const obstacle = labelBox(at(10, 10));
    const [a, b] = placeLabels(
      [
        [at(10, 10), at(190, 10), at(10, 40)],
        [at(12, 42), at(100, 70)],
      ],
      [obstacle],
      bounds,
    );
    expect(a?.index).toBe(2); // the first overlaps the obstacle, the second leaves the bounds
    expect(b?.index).toBe(1); // the first overlaps label a
  });
  it('gives nothing when no candidate fits', () => {
    expect(placeLabels([[at(250, 10)]], [], bounds)).toEqual([null]);
  });
  it('moves a placed label to make room for one that has nowhere else to go', () => {
    const [a, b] = placeLabels([[at(10, 10), at(10, 60)], [at(12, 12)]], [], bounds);
    expect(a?.index).toBe(1);
    expect(b?.index).toBe(0);
  });
  it('spreads stacked labels apart within the bounds', () => {
    const ys = spreadVertically([50, 51, 52], [15, 30, 15], 0, 100);
    const boxes = ys.map((y, i) => ({ top: y - [15, 30, 15][i]! / 2, bottom: y + [15, 30, 15][i]! / 2 }));
    boxes.sort((p, q) => p.top - q.top);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom);
    expect(boxes[0]!.top).toBeGreaterThanOrEqual(0);
    expect(boxes[2]!.bottom).toBeLessThanOrEqual(100);
  });
  it('draws a label where its box says, as the box reader reads it back', () => {
    const l: Label = {
      lines: ['Requires', 'improvement'],
      x: 90,
      y: 50,
      anchor: 'end',
      valign: 'middle',
      size: 13,
    };
    const svg = `<svg viewBox="0 0 200 100" font-size="13">${labelElement(l).outerHTML}</svg>`;
    const read = svgTextBoxes(svg).boxes;
    const box = labelBox(l);
    expect(read).toHaveLength(2);
    // Positions are written rounded to 0.01.
    expect(Math.min(...read.map((b) => b.left))).toBeCloseTo(box.left, 1);
    expect(Math.max(...read.map((b) => b.right))).toBeCloseTo(box.right, 1);
    expect(read[0]!.top).toBeCloseTo(box.top, 1);
    expect(overlaps(read, 0)).toEqual([]);
    expect(intersects(box, { left: 0, right: 200, top: 0, bottom: 100 })).toBe(true);
  });
});

describe('reading text boxes from an SVG', () => {
  it('follows translate(), em offsets, anchors, inherited sizes and tspans', () => {
    const svg =
      '<svg viewBox="0 0 100 50" font-size="10" text-anchor="middle">' +
      '<g transform="translate(10,5)" font-size="20"><text x="40" y="1em">ab</text></g>' +
      '<text transform="translate(95,40)" text-anchor="end"><tspan x="0" y="-1em">x</tspan><tspan x="0" dy="1em">yy</tspan></text>' +
      '</svg>';
    const t = svgTextBoxes(svg);
    expect(t.width).toBe(100);
    const [ab, x, yy] = t.boxes;
    const w = textWidth('ab', 20);
    expect(ab?.left).toBeCloseTo(50 - w / 2, 6);
    expect(ab?.top).toBeCloseTo(5 + 20 - fontMetrics().ascent * 20, 6);
    expect(x?.right).toBeCloseTo(95, 6);
    expect(yy?.top ?? 0).toBeCloseTo((x?.top ?? 0) + 10, 6);
    // Lines 1em apart overlap by the rest of their box (1.164em): Plot's default, not ours.
    expect(overlaps(t.boxes, 0)).toHaveLength(1);
    expect(overlaps(t.boxes, 2)).toEqual([]);
    expect(outside(t, 0)).toEqual([]);
  });
  it('finds overlaps and text outside the viewBox', () => {
    const t = svgTextBoxes(
      '<svg viewBox="0 0 50 30" font-size="10"><text x="0" y="10">hello</text><text x="5" y="12">world</text><text x="45" y="28">far out</text></svg>',
    );
    expect(overlaps(t.boxes, 1)).toHaveLength(1);
    expect(outside(t, 0).map((b) => b.text)).toEqual(['far out']);
  });
  it('refuses what it cannot place', () => {
    expect(() => svgTextBoxes('<svg viewBox="0 0 9 9"><text transform="rotate(90)">a</text></svg>')).toThrow(
      /transform/,
    );
  });
});
