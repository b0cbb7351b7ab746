/**
 * bench-results/build-time.svg: build time against content size, drawn with Observable Plot on
 * linkedom's document (as the site's charts are), saved as a plain standalone SVG file.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export interface BuildPoint {
  /** Content scale: 1 = the real site. */
  scale: number;
  pages: number;
  seconds: number;
  astroSeconds: number | null;
  /** User + system CPU seconds of the build's process tree. */
  cpuSeconds: number | null;
}

export function buildTimeSvg(
  points: readonly BuildPoint[],
  budgetSeconds: number,
  growthMax: number,
): string {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const base = points.find((p) => p.scale === 1);
  const maxScale = Math.max(1, ...points.map((p) => p.scale));
  const linear = base
    ? [
        { scale: 1, seconds: base.seconds, line: 'linear from 1x' },
        { scale: maxScale, seconds: base.seconds * maxScale, line: 'linear from 1x' },
        { scale: 1, seconds: base.seconds * growthMax, line: `budget (${growthMax} × linear)` },
        {
          scale: maxScale,
          seconds: base.seconds * maxScale * growthMax,
          line: `budget (${growthMax} × linear)`,
        },
      ]
    : [];
  const phases = points.flatMap((p) =>
    p.astroSeconds === null
      ? []
      : [
          { scale: p.scale, seconds: p.astroSeconds, phase: 'astro build' },
          { scale: p.scale, seconds: p.seconds - p.astroSeconds, phase: 'pagefind' },
        ],
  );
  const cpu = points.flatMap((p) =>
    p.cpuSeconds === null ? [] : [{ scale: p.scale, seconds: p.cpuSeconds }],
  );
  const svg = Plot.plot({
    document,
    width: 680,
    height: 400,
    marginLeft: 56,
    marginRight: 110,
    style: { fontFamily: 'sans-serif', fontSize: '12px', background: 'white' },
    marginTop: 56,
    x: { label: 'content (× the real site)', domain: [0, maxScale + 0.5], grid: true },
    y: { label: null, grid: true, zero: true },
    marks: [
      Plot.text(['Build seconds against content size: wall (blue), CPU, and the astro and pagefind phases'], {
        frameAnchor: 'top-left',
        dy: -50,
        fontWeight: 'bold',
        fontSize: 13,
      }),
      Plot.ruleY([budgetSeconds], { stroke: '#b3261e', strokeDasharray: '2,3' }),
      Plot.text([{ y: budgetSeconds }], {
        x: maxScale + 0.5,
        y: 'y',
        text: () => `${budgetSeconds} s (1x budget)`,
        textAnchor: 'start',
        dx: 4,
        fill: '#b3261e',
      }),
      Plot.line(linear, { x: 'scale', y: 'seconds', z: 'line', stroke: '#767676', strokeDasharray: '5,4' }),
      Plot.text(
        linear.filter((d) => d.scale === maxScale),
        { x: 'scale', y: 'seconds', text: 'line', textAnchor: 'start', dx: 6, fill: '#555' },
      ),
      Plot.line(
        phases.filter((d) => d.phase === 'pagefind'),
        { x: 'scale', y: 'seconds', stroke: '#1b7837', strokeWidth: 1.5 },
      ),
      Plot.line(
        phases.filter((d) => d.phase === 'astro build'),
        { x: 'scale', y: 'seconds', stroke: '#762a83', strokeWidth: 1.5 },
      ),
      Plot.text(
        phases.filter((d) => d.scale === maxScale),
        { x: 'scale', y: 'seconds', text: 'phase', textAnchor: 'start', dx: 6 },
      ),
      Plot.line(cpu, { x: 'scale', y: 'seconds', stroke: '#b35806', strokeWidth: 2, strokeDasharray: '6,3' }),
      Plot.dot(cpu, { x: 'scale', y: 'seconds', fill: '#b35806', r: 3 }),
      Plot.text(
        cpu.filter((d) => d.scale === maxScale),
        { x: 'scale', y: 'seconds', text: () => 'CPU seconds', textAnchor: 'start', dx: 6, fill: '#b35806' },
      ),
      Plot.line(points, { x: 'scale', y: 'seconds', stroke: '#0b57a4', strokeWidth: 2.5 }),
      Plot.dot(points, { x: 'scale', y: 'seconds', fill: '#0b57a4', r: 4 }),
      Plot.text(points, {
        x: 'scale',
        y: 'seconds',
        text: (d: BuildPoint) => `${d.seconds.toFixed(1)} s, ${d.pages} pages`,
        dy: -12,
        fill: '#0b57a4',
      }),
    ],
  }) as unknown as Element;
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.outerHTML}\n`;
}
