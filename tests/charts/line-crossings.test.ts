/**
 * Lines and labels: the sweep's geometry model (line-geometry.ts) finds a stroke or mark through
 * a text and passes a code on its disc; rules stop short of labels (rule-gaps.ts); the trajectory
 * joins only comparable grades with nothing graded between (lineRuns).
 */
import { describe, expect, it } from 'vitest';
import { gapRules } from '../../src/charts/rule-gaps';
import { lineRuns, trajectory } from '../../src/charts/trajectory';
import { svgElement } from '../../src/charts/svg';
import { loadDataset } from '../../src/data/load';
import type { Framework } from '../../src/data/vocabulary';
import { crossings, svgGeometry } from './line-geometry';
import { svgTextBoxes } from './text-boxes';

const svg = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" font-size="13">${body}</svg>`;
const found = (s: string) => crossings(svgTextBoxes(s).boxes, svgGeometry(s), 1).map((c) => c.text.text);

describe('the sweep finds a line or mark through text', () => {
  it('a rule, a path, a bar edge and a dot through a label; none clear of it', () => {
    const text = '<text x="50" y="50" text-anchor="start">label</text>';
    expect(found(svg(`${text}<line x1="60" x2="60" y1="0" y2="100"/>`))).toEqual(['label']);
    expect(found(svg(`${text}<g transform="translate(10,0)"><path d="M0,45h150"/></g>`))).toEqual(['label']);
    expect(found(svg(`${text}<rect x="70" y="30" width="50" height="50"/>`))).toEqual(['label']);
    expect(found(svg(`${text}<circle cx="52" cy="46" r="4"/>`))).toEqual(['label']);
    expect(found(svg(`${text}<path d="M0,0L5,5" transform="translate(60,44)"/>`))).toEqual(['label']);
    // A dot drawn as a round-capped stroke of no length (svg.ts's dotPath) is as wide as its cap.
    const dot = (cap: string) => `${text}<path d="M52,32h0" stroke-width="20"${cap}/>`;
    expect(found(svg(dot(' stroke-linecap="round"')))).toEqual(['label']);
    expect(found(svg(dot('')))).toEqual([]);
    expect(found(svg(`${text}<line x1="60" x2="60" y1="0" y2="30"/><path d="M0,80H200"/>`))).toEqual([]);
  });
  it('a code wholly inside its disc is the disc’s label', () => {
    const code = '<text x="100" y="55" text-anchor="middle">G</text>';
    expect(found(svg(`<circle cx="100" cy="50" r="12"/>${code}`))).toEqual([]);
    expect(found(svg(`<circle cx="104" cy="40" r="6"/>${code}`))).toEqual(['G']);
  });
  it('throws on a path it cannot read rather than passing it', () => {
    expect(() => svgGeometry(svg('<path d="M0,0Q5,5,10,10"/>'))).toThrow(/path command/);
    expect(() => svgGeometry(svg('<g transform="rotate(45)"><line/></g>'))).toThrow(/transform/);
  });
});

describe('rules stop short of labels', () => {
  it('cuts a rule into the pieces outside each box, gap included', () => {
    const root = svgElement('svg');
    const g = svgElement('g', { transform: 'translate(10,0)' });
    g.appendChild(svgElement('line', { x1: 0, x2: 0, y1: 0, y2: 100, stroke: 'red' }));
    root.appendChild(g);
    gapRules(root, [{ left: 0, right: 20, top: 40, bottom: 50 }], 2);
    const pieces = [...root.querySelectorAll('line')].map((l) => [
      l.getAttribute('y1'),
      l.getAttribute('y2'),
    ]);
    expect(pieces).toEqual([
      ['0', '38'],
      ['52', '100'],
    ]);
    expect(root.querySelector('line')?.getAttribute('stroke')).toBe('red');
  });
  it('leaves a rule clear of every box alone', () => {
    const root = svgElement('svg');
    root.appendChild(svgElement('line', { x1: 0, x2: 100, y1: 5, y2: 5 }));
    gapRules(root, [{ left: 0, right: 20, top: 40, bottom: 50 }]);
    expect(root.querySelectorAll('line').length).toBe(1);
  });
});

describe('the trajectory line joins comparable grades only', () => {
  const p = (date: string, framework: Framework, kind: 'overall' | 'slac' = 'overall') => ({
    date,
    framework,
    kind,
  });
  it('breaks at a change of scale and at a judgement between', () => {
    const runs = lineRuns([
      p('2008-12-01', 'jar'),
      p('2011-02-25', 'slac', 'slac'),
      p('2014-07-18', 'sif'),
      p('2018-12-14', 'ilacs-standard'),
      p('2023-04-11', 'ilacs-standard'),
    ]);
    expect(runs.map((r) => r.map((q) => q.date.slice(0, 4)))).toEqual([['2008'], ['2014', '2018', '2023']]);
    expect(lineRuns([p('2008-01-01', 'jar'), p('2010-01-01', 'jar')])).toHaveLength(1);
    expect(
      lineRuns([p('2014-01-01', 'sif'), p('2012-06-01', 'slac', 'slac'), p('2016-01-01', 'sif')]),
    ).toHaveLength(1);
  });
  it('Haringey: the 2008 inadequate stands alone; no line runs through 2011', () => {
    const fig = trajectory(loadDataset(), { authority: 'haringey' });
    // The step line: the one path without a transform that starts with M and has L segments.
    const lines = [...fig.svgWide.matchAll(/<path d="(M[\d.]+,[\d.]+(?:L[\d.]+,[\d.]+)+)"\s*\/>/g)].map(
      (m) => m[1] ?? '',
    );
    expect(lines).toHaveLength(1);
    const xs = (lines[0] ?? '')
      .split(/[ML]/)
      .filter(Boolean)
      .map((pt) => Number(pt.split(',')[0]));
    // The inadequate square of 2008 (Plot's square symbol, drawn with h/v) and the SLAC symbols of 2011.
    const square = /d="M-[\d.]+,-[\d.]+h[^"]*" transform="translate\(([\d.]+),/.exec(fig.svgWide);
    expect(square).not.toBeNull();
    const x2008 = Number(square?.[1]);
    // 2011 sits about 3 years right of 2008: the line starts past it.
    expect(Math.min(...xs)).toBeGreaterThan(x2008 + 60);
    expect(fig.notes.join(' ')).toMatch(/joins two grades only/);
  });
});
