/**
 * The hex map of England: one hexagon per current council (data/hexes.csv, from Open
 * Innovations' layout), coloured by grade, with a second cue besides colour, and thick lines
 * around the nine regions.
 *
 * - `hexMap`: the councils' grades now (their latest SIF or ILACS inspection). Each hexagon is a
 *   link to the council's page, named by the council and its grade; the grade's letter code
 *   (vocabulary's `gradeCode`) is drawn in it, in both layouts (the narrow layout's hexagons are
 *   drawn a little taller than regular so that the codes stay 13 px and apart).
 * - `hexMapYears`: small multiples, the map on each 31 March from 2014, counted by the rule in
 *   src/data/ratings-at.ts as Ofsted's official lists are. The second cue is a pattern per grade
 *   (small maps have no room for letters); the table has every grade in words. A hexagon of a
 *   council that did not yet exist shows the grade of the council it replaced, where they agree.
 *
 * Both are drawn as plain SVG (no Plot marks are needed), with measured text (labels.ts).
 */
import type { Authority, Dataset } from '../data/types';
import { latestRating, ratingAt31March, existsOn, nationalCountDates } from '../data/ratings-at';
import {
  GRADE_ORDER,
  REGIONS,
  gradeCode,
  gradeColor,
  gradeLabel,
  gradeTextColor,
  gradeWords,
  type OverallGrade,
} from '../data/vocabulary';
import { href } from '../config/urls';
import { GRADE_NOT_IN_DATA, capitalised } from '../data/reader-words';
import { type ChartFigure, type ChartTable, makeFigure } from './figure';
import { chartTable } from './chart-table';
import { drawnFigure } from './drawn-figure';
import { EDGE, labelGroup, labelHeight, type Label } from './labels';
import { WIDE, finishSvg, fontOf, svgElement, widthOf, type Variant } from './svg';
import { fontMetrics, lineBoxHeight, textWidth, wrapText } from './text';

/** A hexagon's grade: one of the four, or none in our data. */
type Cell = OverallGrade | null;

interface Placed {
  authority: Authority;
  q: number;
  r: number;
}

/** The current councils with their hexagons, in name order. */
function placed(data: Dataset): Placed[] {
  return data.hexes
    .flatMap((h) => {
      const a = data.authorities.get(h.authority);
      return a ? [{ authority: a, q: h.q, r: h.r }] : [];
    })
    .sort((x, y) => x.authority.name.localeCompare(y.authority.name));
}

/** Geometry of one map: hexagon half-width `a`, centre-to-tip `s`, and its size. */
export interface Geometry {
  a: number;
  s: number;
  width: number;
  height: number;
  rMax: number;
  centre(q: number, r: number): [number, number];
}

/**
 * The odd-r offset layout the hexagons are drawn in: pointy-topped, row 0 at the bottom, odd rows
 * shifted half a hexagon right (data/README.md, hexes.csv). Exported for tests.
 */
export function geometry(
  cells: readonly { q: number; r: number }[],
  width: number,
  stretch: number,
): Geometry {
  const qMax = Math.max(0, ...cells.map((c) => c.q));
  const rMax = Math.max(0, ...cells.map((c) => c.r));
  const a = width / (2 * (qMax + 1) + 1);
  const s = (stretch * 2 * a) / Math.sqrt(3);
  const height = rMax * 1.5 * s + 2 * s;
  return {
    a,
    s,
    width,
    height,
    rMax,
    centre: (q, r) => [a * (2 * q + 1 + (r % 2 === 1 ? 1 : 0)), s + (rMax - r) * 1.5 * s],
  };
}

const round = (v: number) => Math.round(v * 10) / 10;
/** Whole pixels for the many hexagon coordinates: half a pixel either way does not show. */
const whole = (v: number) => Math.round(v);

/** A hexagon's outline as a path, inset by `inset` (0 to 1) for the gap between hexagons. */
function hexPath(cx: number, cy: number, a: number, s: number, inset = 0.86): string {
  const x = whole(a * inset);
  const h = whole((s * inset) / 2);
  return `M${whole(cx)} ${whole(cy) - 2 * h}l${x} ${h}v${2 * h}l${-x} ${h}l${-x} ${-h}v${-2 * h}z`;
}

/** The neighbour across each edge of (q, r) in an odd-r grid, with the edge's corners (offsets). */
function edges(
  q: number,
  r: number,
  a: number,
  s: number,
): { q: number; r: number; from: [number, number]; to: [number, number] }[] {
  const odd = r % 2 === 1;
  const up = r + 1;
  const down = r - 1;
  const top: [number, number] = [0, -s];
  const ur: [number, number] = [a, -s / 2];
  const lr: [number, number] = [a, s / 2];
  const bottom: [number, number] = [0, s];
  const ll: [number, number] = [-a, s / 2];
  const ul: [number, number] = [-a, -s / 2];
  return [
    { q: q + 1, r, from: ur, to: lr },
    { q: q - 1, r, from: ll, to: ul },
    { q: odd ? q + 1 : q, r: up, from: top, to: ur },
    { q: odd ? q : q - 1, r: up, from: ul, to: top },
    { q: odd ? q + 1 : q, r: down, from: lr, to: bottom },
    { q: odd ? q : q - 1, r: down, from: bottom, to: ll },
  ];
}

/** A hexagon for the outline: where it is and its region. */
type RegionCell = Pick<Placed, 'q' | 'r'> & { authority: { region: string } };

/**
 * One path tracing every edge between two regions, and between a region and the sea; never an
 * edge between two hexagons of the same region. Exported for tests.
 */
export function regionOutline(cells: readonly RegionCell[], g: Geometry, ox = 0, oy = 0): string {
  const region = new Map(cells.map((c) => [`${c.q},${c.r}`, c.authority.region]));
  const parts: string[] = [];
  for (const c of cells) {
    const [cx, cy] = g.centre(c.q, c.r);
    for (const e of edges(c.q, c.r, g.a, g.s)) {
      const other = region.get(`${e.q},${e.r}`);
      if (other === c.authority.region) continue;
      // An edge between two regions is drawn once, from the hexagon that comes first.
      if (other !== undefined && `${c.q},${c.r}` > `${e.q},${e.r}`) continue;
      const [x1, y1] = [whole(ox + cx + e.from[0]), whole(oy + cy + e.from[1])];
      const [x2, y2] = [whole(ox + cx + e.to[0]), whole(oy + cy + e.to[1])];
      parts.push(`M${x1} ${y1}${x1 === x2 ? `V${y2}` : `L${x2} ${y2}`}`);
    }
  }
  return parts.join('');
}

const NO_GRADE_WORDS = 'no grade in our data';

/** A link's accessible name, under a name finishSvg keeps (see hexMap). */
const LINK_NAME = 'data-link-name';

/** A hexagon's grade in words on the map of latest grades: grey is the reader words' one phrase. */
function cellWords(g: Cell): string {
  return g ? gradeWords(g) : GRADE_NOT_IN_DATA;
}

function fillOf(g: Cell): string {
  return g ? gradeColor(g) : 'var(--chart-grid)';
}

// ---- Key ---------------------------------------------------------------------------------------

interface KeyItem {
  grade: Cell;
  label: string;
}

const KEY_ITEMS: KeyItem[] = [
  ...GRADE_ORDER.map((g) => ({ grade: g, label: gradeLabel(g) })),
  { grade: null, label: capitalised(GRADE_NOT_IN_DATA) },
];

/**
 * The key: a swatch per grade (with its code, or its pattern) and the grade's name, wrapped to the
 * width; then what the thick lines are. Returns the elements and the height used.
 */
function key(
  variant: Variant,
  top: number,
  swatch: (g: Cell, x: number, y: number, size: number) => Element[],
): { els: Element[]; labels: Label[]; height: number } {
  const width = widthOf(variant);
  const size = fontOf(variant);
  const box = Math.ceil(lineBoxHeight(size)) + 4;
  const els: Element[] = [];
  const labels: Label[] = [];
  let x = EDGE;
  let y = top;
  for (const item of KEY_ITEMS) {
    const w = box + 4 + textWidth(item.label, size) + 12;
    if (x > EDGE && x + w > width - EDGE) {
      x = EDGE;
      y += box + 6;
    }
    els.push(...swatch(item.grade, x, y, box));
    labels.push({
      lines: [item.label],
      x: x + box + 4,
      y: y + box / 2,
      anchor: 'start',
      valign: 'middle',
      size,
    });
    x += w;
  }
  y += box + 6;
  const lines = wrapText('Thick lines mark the nine regions of England.', width - 2 * EDGE, size);
  labels.push({ lines, x: EDGE, y, anchor: 'start', valign: 'top', size });
  y += labelHeight(lines.length, size) + 8;
  return { els, labels, height: y - top };
}

// ---- The map now -------------------------------------------------------------------------------

function hexMapCells(data: Dataset): { placed: Placed; grade: Cell; date: string | null }[] {
  return placed(data).map((p) => {
    const r = latestRating(data, p.authority.slug);
    return { placed: p, grade: r?.grade ?? null, date: r?.inspection.published ?? null };
  });
}

/** "45 of 153 councils are good (29%)..." */
function countsText(cells: readonly { grade: Cell }[]): string {
  const n = (g: Cell) => cells.filter((c) => c.grade === g).length;
  const parts = GRADE_ORDER.map((g) => `${n(g)} ${gradeWords(g)}`);
  const none = n(null);
  return parts.join(', ') + (none ? ` and ${none} with the latest ${GRADE_NOT_IN_DATA}` : '');
}

/** The region with the largest share of good or outstanding councils, and the smallest. */
function regionExtremes(cells: readonly { placed: Placed; grade: Cell }[]): string {
  const share = REGIONS.map((region) => {
    const inRegion = cells.filter((c) => c.placed.authority.region === region);
    const good = inRegion.filter((c) => c.grade === 'good' || c.grade === 'outstanding').length;
    return { region, good, n: inRegion.length, share: inRegion.length ? good / inRegion.length : 0 };
  }).filter((x) => x.n > 0);
  if (share.length < 2) return '';
  const sorted = [...share].sort((x, y) => y.share - x.share || x.region.localeCompare(y.region));
  const best = sorted[0];
  const worst = sorted[sorted.length - 1];
  if (!best || !worst || best.share === worst.share) return '';
  return ` ${best.region} has the largest share rated good or outstanding (${best.good} of ${best.n}); ${worst.region} the smallest (${worst.good} of ${worst.n}).`;
}

export function hexMap(data: Dataset): ChartFigure {
  const id = 'hex-map';
  const cells = hexMapCells(data);
  const title = 'Every council’s latest grade, on a map of England';
  const subtitle = `Each hexagon is one of England’s ${cells.length} councils, placed roughly where it is, coloured and marked by its grade as in the key. Select a hexagon for the council’s page.`;
  const alt =
    `A hex map of England’s ${cells.length} councils by the overall grade of their latest inspection: ${countsText(cells)}.` +
    regionExtremes(cells);
  const notes = [
    'Grades are each council’s latest single inspection framework (SIF) or ILACS overall grade. Where the grade of a council’s latest inspection is not yet in our data, its hexagon is grey: an older grade is never shown instead.',
    `On narrow screens patterns stand in for the letters: ${GRADE_ORDER.map((g) => `${gradeWords(g)} ${PATTERN_WORDS[g]}`).join(', ')}.`,
    'Layout: Open Innovations’ hex map of the UK’s upper-tier local authorities (MIT licence, © 2017 onwards Open Innovations), with Cumberland, Westmorland and Furness, North Northamptonshire and West Northamptonshire placed by Inspected (data/hexes.csv says what changed).',
  ];
  const table = chartTable(
    { council: 'Council', region: 'Region', grade: 'Latest grade' },
    cells.map((c) => ({
      council: c.placed.authority.name,
      region: c.placed.authority.region,
      grade: c.grade ? gradeLabel(c.grade) : capitalised(GRADE_NOT_IN_DATA),
    })),
  );
  const sourceIds = cells.flatMap((c) => {
    const r = latestRating(data, c.placed.authority.slug);
    return r ? [r.inspection.overallSource ?? r.inspection.source] : [];
  });
  const svg = (variant: Variant) => {
    const out = finishSvg(renderNow(variant, cells), { id, variant, title, desc: alt });
    // The hexagons are links: the map is a named group of them, not a single image.
    return out.replace('role="img"', 'role="group"').split(`${LINK_NAME}=`).join('aria-label=');
  };
  return makeFigure(data, { id, type: 'hex-map', title, subtitle, svg, alt, notes, sourceIds, table });
}

function renderNow(variant: Variant, cells: ReturnType<typeof hexMapCells>): Element {
  const width = widthOf(variant);
  // On a phone the hexagons have no room for letters: patterns tell the grades apart there.
  const narrow = variant === 'narrow';
  const codeSize = 12;
  const prefix = 'p-';
  const fill = (g: Cell) => (narrow && g ? `url(#${prefix}${g})` : fillOf(g));
  const swatch = (g: Cell, x: number, y: number, box: number): Element[] => [
    svgElement('rect', { x, y, width: box, height: box, fill: fill(g) }),
  ];
  const k = key(variant, EDGE, swatch);
  // Codes in the key's swatches, as in the hexagons (wide layout).
  const keyCodes: Label[] = [];
  if (!narrow)
    k.els.forEach((el, i) => {
      const g = KEY_ITEMS[i]?.grade;
      if (!g) return;
      const x = Number(el.getAttribute('x'));
      const y = Number(el.getAttribute('y'));
      const box = Number(el.getAttribute('width'));
      keyCodes.push({
        lines: [gradeCode(g)],
        x: x + box / 2,
        y: y + box / 2,
        anchor: 'middle',
        valign: 'middle',
        size: codeSize,
        weight: 'bold',
        attrs: { fill: gradeTextColor(g) },
      });
    });
  const top = EDGE + k.height;
  // The map is drawn in the wide layout's coordinates in both layouts (the narrow one scales it
  // down in a nested SVG): the same markup twice, which compression all but removes.
  const g = geometry(
    cells.map((c) => c.placed),
    WIDE,
    1,
  );
  const scale = width / WIDE;
  const height = Math.ceil(top + g.height * scale + EDGE);
  const root = svgElement('svg', { width, height, viewBox: `0 0 ${width} ${height}`, fill: 'currentColor' });
  if (narrow) root.appendChild(patterns(prefix, 1, patterns('q-', 1 / scale)));
  for (const el of k.els) root.appendChild(el);
  root.appendChild(labelGroup(k.labels, { fill: 'currentColor' }));
  if (keyCodes.length) root.appendChild(labelGroup(keyCodes));
  const map = narrow
    ? svgElement('svg', {
        x: 0,
        y: round(top),
        width,
        height: round(g.height * scale),
        viewBox: `0 0 ${WIDE} ${round(g.height)}`,
      })
    : svgElement('g', { transform: `translate(0 ${round(top)})` });
  const mapFill = (c: Cell) => (narrow && c ? `url(#q-${c})` : fillOf(c));
  // Per grade, a group of links (each just a hexagon) carrying the fill; the codes follow in
  // groups of their own that ignore the pointer, so a click on a code follows the link below it.
  // The smallest markup that names and marks each hexagon.
  const ascent = fontMetrics('bold').ascent * codeSize;
  const half = lineBoxHeight(codeSize, 'bold') / 2;
  const codes: Element[] = [];
  for (const grade of [...GRADE_ORDER, null] as Cell[]) {
    const group = svgElement('g', { fill: mapFill(grade) });
    const texts = svgElement('g', {
      fill: grade ? gradeTextColor(grade) : 'currentColor',
      'font-size': codeSize,
      'font-weight': 'bold',
      'text-anchor': 'middle',
      'pointer-events': 'none',
      'aria-hidden': 'true',
    });
    for (const c of cells) {
      if (c.grade !== grade) continue;
      const [cx, cy] = g.centre(c.placed.q, c.placed.r);
      const a = c.placed.authority;
      const link = svgElement('a', {
        href: href(`/authorities/${a.slug}/`),
        // finishSvg drops aria-label below the root (Plot's are meaningless); renamed after it.
        [LINK_NAME]: `${a.name}: ${cellWords(c.grade)}`,
      });
      link.appendChild(svgElement('path', { d: hexPath(cx, cy, g.a, g.s) }));
      group.appendChild(link);
      if (grade && !narrow) {
        const text = svgElement('text', { x: whole(cx), y: whole(cy - half + ascent) });
        text.textContent = gradeCode(grade);
        texts.appendChild(text);
      }
    }
    if (group.childNodes.length) map.appendChild(group);
    if (texts.childNodes.length) codes.push(texts);
  }
  map.appendChild(
    svgElement('path', {
      d: regionOutline(
        cells.map((c) => c.placed),
        g,
      ),
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': narrow ? round(2 / scale) : 2.5,
      'stroke-linecap': 'round',
      'pointer-events': 'none',
    }),
  );
  for (const t of codes) map.appendChild(t);
  root.appendChild(map);
  return root;
}

// ---- Small multiples, each 31 March ------------------------------------------------------------

/** The 31 Marches the small multiples show: from the current frameworks' first (2014). */
/**
 * A current council's grade on 31 March of a year: its own, or, before it existed, the grade of
 * the council(s) it replaced where they all had the same one (else none).
 */
function gradeOn(data: Dataset, a: Authority, date: string): { grade: Cell; from: Authority | null } {
  if (existsOn(data, a, date) || !a.predecessors.length) {
    return { grade: ratingAt31March(data, a.slug, date)?.grade ?? null, from: null };
  }
  const before = a.predecessors
    .map((p) => data.authorities.get(p))
    .filter((p): p is Authority => p !== undefined && existsOn(data, p, date));
  const grades = new Set(before.map((p) => ratingAt31March(data, p.slug, date)?.grade ?? null));
  const only = [...grades][0] ?? null;
  return grades.size === 1 && before[0]
    ? { grade: only, from: before.length === 1 ? before[0] : null }
    : { grade: null, from: null };
}

const PATTERN_WORDS: Record<OverallGrade, string> = {
  outstanding: 'plain',
  good: 'dotted',
  'requires-improvement': 'striped',
  inadequate: 'cross-hatched',
};

/** A pattern per grade, the second cue in the small maps. */
function patterns(prefix: string, scale = 1, defs: Element = svgElement('defs')): Element {
  const make = (g: OverallGrade, marks: (p: Element) => void) => {
    const p = svgElement('pattern', {
      id: `${prefix}${g}`,
      width: 4,
      height: 4,
      patternUnits: 'userSpaceOnUse',
      ...(scale === 1 ? {} : { patternTransform: `scale(${round(scale * 100) / 100})` }),
    });
    p.appendChild(svgElement('rect', { width: 4, height: 4, fill: gradeColor(g) }));
    marks(p);
    defs.appendChild(p);
  };
  const ink = (g: OverallGrade) => gradeTextColor(g);
  make('outstanding', () => undefined);
  make('good', (p) => p.appendChild(svgElement('circle', { cx: 2, cy: 2, r: 0.9, fill: ink('good') })));
  make('requires-improvement', (p) =>
    p.appendChild(
      svgElement('path', { d: 'M0 4L4 0', stroke: ink('requires-improvement'), 'stroke-width': 1 }),
    ),
  );
  make('inadequate', (p) =>
    p.appendChild(
      svgElement('path', { d: 'M0 4L4 0M0 0L4 4', stroke: ink('inadequate'), 'stroke-width': 0.9 }),
    ),
  );
  return defs;
}

export function hexMapYears(data: Dataset): ChartFigure {
  const id = 'hex-map-years';
  const cells = placed(data);
  const dates = nationalCountDates(data);
  const grid = dates.map((date) => ({
    date,
    grades: cells.map((p) => gradeOn(data, p.authority, date)),
  }));
  const count = (i: number, g: Cell) => grid[i]?.grades.filter((x) => x.grade === g).length ?? 0;
  const first = grid[0];
  const last = grid[grid.length - 1];
  const goodOrBetter = (i: number) => count(i, 'good') + count(i, 'outstanding');
  const title = 'How the map of grades changed, 31 March each year';
  const subtitle =
    'Each of England’s councils by the overall grade of its latest inspection begun by 31 March, as Ofsted counts in its official lists; patterns tell the grades apart.';
  const alt =
    first && last && first !== last
      ? `Small hex maps of England’s councils on each 31 March from ${first.date.slice(0, 4)} to ${last.date.slice(0, 4)}. On 31 March ${first.date.slice(0, 4)}, ${goodOrBetter(0)} councils were good or outstanding and ${count(0, null)} had no grade under the single inspection framework yet; on 31 March ${last.date.slice(0, 4)}, ${goodOrBetter(grid.length - 1)} were good or outstanding and ${count(grid.length - 1, 'inadequate')} inadequate.`
      : 'Hex maps of England’s councils by grade on each 31 March.';
  const notes = [
    'Each council is shown at the overall grade of its latest single inspection framework (SIF) or ILACS inspection begun by 31 March and published by the deadline of Ofsted’s official list for that year, as in the chart of grades at each 31 March.',
    'Before a council existed, its hexagon shows the grade of the council it replaced (Northamptonshire for North and West Northamptonshire; Cumbria for Cumberland and Westmorland and Furness), or no grade where the councils it replaced had different ones.',
    `Patterns: ${GRADE_ORDER.map((g) => `${gradeWords(g)} ${PATTERN_WORDS[g]}`).join(', ')}; grey, ${NO_GRADE_WORDS}.`,
  ];
  const table: ChartTable = {
    columns: [
      { key: 'council', label: 'Council' },
      { key: 'region', label: 'Region' },
      ...grid.map((x) => ({ key: x.date, label: x.date.slice(0, 4) })),
    ],
    rows: cells.map((p, i) => {
      const row: Record<string, string | number | null> = {
        council: p.authority.name,
        region: p.authority.region,
      };
      for (const x of grid) {
        const c = x.grades[i];
        row[x.date] = c?.grade ? gradeCode(c.grade) : null;
      }
      return row;
    }),
  };
  notes.push(
    `In the table: ${GRADE_ORDER.map((g) => `${gradeCode(g)} ${gradeWords(g)}`).join(', ')}; empty, ${NO_GRADE_WORDS}.`,
  );
  const sourceIds = grid.flatMap((x) =>
    cells.flatMap((p) => {
      const r = ratingAt31March(data, p.authority.slug, x.date);
      return r ? [r.inspection.overallSource ?? r.inspection.source] : [];
    }),
  );
  return drawnFigure(data, {
    id,
    type: 'hex-map-years',
    title,
    subtitle,
    draw: (variant) => renderYears(variant, cells, grid),
    alt,
    notes,
    sourceIds,
    table,
  });
}

function renderYears(
  variant: Variant,
  cells: readonly Placed[],
  grid: readonly { date: string; grades: { grade: Cell }[] }[],
): Element {
  const width = widthOf(variant);
  const size = fontOf(variant);
  const perRow = variant === 'wide' ? 3 : 2;
  const gap = 8;
  const mapW = (width - 2 * EDGE - (perRow - 1) * gap) / perRow;
  const prefix = `p${variant[0] ?? ''}-`;
  const fill = (g: Cell) => (g ? `url(#${prefix}${g})` : 'var(--chart-grid)');
  const swatch = (g: Cell, x: number, y: number, box: number) => [
    svgElement('rect', { x, y, width: box, height: box, fill: fill(g) }),
  ];
  const k = key(variant, EDGE, swatch);
  const g = geometry(cells, mapW, 1);
  const yearH = Math.ceil(lineBoxHeight(size, 'bold')) + 4;
  const rows = Math.ceil(grid.length / perRow);
  const top = EDGE + k.height;
  const height = Math.ceil(top + rows * (yearH + g.height + gap));
  const root = svgElement('svg', { width, height, viewBox: `0 0 ${width} ${height}`, fill: 'currentColor' });
  root.appendChild(patterns(prefix));
  for (const el of k.els) root.appendChild(el);
  const labels: Label[] = [...k.labels];
  // The same hexagon positions in every map, so the outline is computed once.
  const outline = regionOutline(cells, g);
  grid.forEach((x, i) => {
    const ox = EDGE + (i % perRow) * (mapW + gap);
    const oy = top + Math.floor(i / perRow) * (yearH + g.height + gap);
    labels.push({
      lines: [`31 March ${x.date.slice(0, 4)}`],
      x: ox,
      y: oy,
      anchor: 'start',
      valign: 'top',
      size,
      weight: 'bold',
    });
    const map = svgElement('g', { transform: `translate(${round(ox)} ${round(oy + yearH)})` });
    // One path per grade: a small map of 153 hexagons in five elements.
    for (const grade of [...GRADE_ORDER, null] as Cell[]) {
      const d = cells
        .flatMap((c, j) => {
          if ((x.grades[j]?.grade ?? null) !== grade) return [];
          const [cx, cy] = g.centre(c.q, c.r);
          return [hexPath(cx, cy, g.a, g.s, 0.92)];
        })
        .join('');
      if (d) map.appendChild(svgElement('path', { d, fill: fill(grade) }));
    }
    map.appendChild(
      svgElement('path', { d: outline, fill: 'none', stroke: 'currentColor', 'stroke-width': 1 }),
    );
    root.appendChild(map);
  });
  root.appendChild(labelGroup(labels, { fill: 'currentColor' }));
  return root;
}
