/**
 * One rendering per chart per build: pages, embeds, CSV downloads and the Markdown directive all
 * ask here, so a chart that appears on a council page, in a story and as an embed is drawn once;
 * and, with the disk cache on (disk-cache.ts), once for as long as its data and code are the same.
 * Also the list of charts the site publishes a CSV and an embed page for, stories' charts included.
 */
import { renderFigureHtml, type ChartFigure } from './figure';
import {
  allChartSpecs,
  ChartOptionError,
  chartId,
  chartProblems,
  givenOptions,
  isChartType,
  renderChart,
  type ChartOptions,
  type ChartSpec,
} from './registry';
import { cacheKeyFor, chartCacheDir, readCachedFigure, writeCachedFigure } from './disk-cache';
import type { Dataset } from '../data/types';
import { basePath } from '../config/urls';

/** Shared on globalThis: the build loads this module more than once (see loadDataset). */
const store = globalThis as { __inspectedCharts?: WeakMap<Dataset, Map<string, ChartFigure>> };
const cache = (store.__inspectedCharts ??= new WeakMap<Dataset, Map<string, ChartFigure>>());

/** The figure for a chart request (validated; throws ChartOptionError on bad options). */
export function chartFigure(
  data: Dataset,
  type: string,
  options: Record<string, string | undefined> = {},
): ChartFigure {
  let byId = cache.get(data);
  if (!byId) cache.set(data, (byId = new Map<string, ChartFigure>()));
  const o = givenOptions(options, { dropEmpty: true });
  const key = isChartType(type) ? chartId(type, o) : `${type}?${JSON.stringify(o)}`;
  const hit = byId.get(key);
  if (hit) return hit;
  const fig = fromDisk(data, type, o);
  byId.set(key, fig);
  return fig;
}

/**
 * A chart from the disk cache (disk-cache.ts: filled across the cores before the build, kept
 * between builds), else drawn here and stored there. Options are checked either way.
 */
function fromDisk(data: Dataset, type: string, o: ChartOptions): ChartFigure {
  const dir = chartCacheDir();
  const key = dir && isChartType(type) ? cacheKeyFor(data, type, o) : null;
  if (!dir || !key) return renderChart(data, type, o);
  const problems = chartProblems(data, type, o);
  if (problems.length) throw new ChartOptionError(problems);
  const cached = readCachedFigure(dir, key);
  if (cached) return cached;
  const fig = renderChart(data, type, o);
  writeCachedFigure(dir, key, fig);
  return fig;
}

/** Links of a figure's CSV download and embed page under the site's base. */
export function figureLinks(fig: ChartFigure, base: string) {
  const b = basePath(base);
  return { base: b, csvHref: `${b}charts/${fig.id}.csv`, embedHref: `${b}embed/${fig.id}/` };
}

export function chartHtml(
  data: Dataset,
  type: string,
  options: Record<string, string | undefined>,
  base: string,
  /** For the embed page: sources in view, notes folded, no embed snippet (figure.ts). */
  embed = false,
): string {
  const fig = chartFigure(data, type, options);
  return renderFigureHtml(fig, { ...figureLinks(fig, base), embed });
}

// ---------------------------------------------------------------------------------------------
// Chart slots: stories' charts filled in on their page, not carried in the story

const SLOT = /<inspected-chart data-chart="([A-Za-z0-9_-]*)"><\/inspected-chart>/g;

/**
 * The slot for a chart, for a story's Markdown in the site build: the story carries each chart as
 * an empty slot naming it (type and options, base64url JSON, safe through any HTML serialiser),
 * and its page fills the slot in (fillChartSlots). A figure is tens of kilobytes of SVG; carried
 * in every story module it made a 2,000-story build peak above 2 GB (docs/performance.md). The
 * figure is still drawn here, so a chart that fails still fails its story, and its page takes it
 * from the cache.
 */
export function chartSlot(data: Dataset, type: string, options: Record<string, string | undefined>): string {
  chartFigure(data, type, options);
  const given = givenOptions(options, { dropEmpty: true });
  const code = Buffer.from(JSON.stringify([type, given])).toString('base64url');
  return `<inspected-chart data-chart="${code}"></inspected-chart>`;
}

/** Every chart slot in `html` replaced by its figure (from the per-build cache). */
export function fillChartSlots(html: string, data: Dataset, base: string): string {
  return html.replace(SLOT, (_m, code: string) => {
    const slot = decodeSlot(code);
    if (!slot) throw new Error(`a chart slot that does not name a chart: ${code}`);
    const fig = chartFigure(data, slot.type, slot.options);
    return renderFigureHtml(fig, figureLinks(fig, base));
  });
}

/** The chart a slot names: its type and options, or null if it names none. */
function decodeSlot(code: string): { type: string; options: Record<string, string> } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(code, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'object' || !parsed[1])
    return null;
  return { type: parsed[0], options: parsed[1] as Record<string, string> };
}

/**
 * The charts a rendered story draws: the slots in its HTML (its Markdown renders each valid
 * `::chart{...}` as one: src/markdown/remark-chart.ts). A slot that names no valid chart is left
 * out here; the story's page refuses it.
 */
export function chartSpecsInHtml(data: Dataset, html: string): ChartSpec[] {
  const out: ChartSpec[] = [];
  for (const m of html.matchAll(SLOT)) {
    const slot = decodeSlot(m[1] ?? '');
    if (!slot || !isChartType(slot.type) || chartProblems(data, slot.type, slot.options).length) continue;
    const options = givenOptions(slot.options, { dropEmpty: true });
    out.push({ type: slot.type, options, id: chartId(slot.type, options) });
  }
  return out;
}

/**
 * Every chart that gets a CSV download (/charts/<id>.csv) and an embed page (/embed/<id>/): the
 * site's own charts (allChartSpecs) and every chart a published story draws (the slots in its
 * rendered HTML), once each.
 */
export function publishedChartSpecs(data: Dataset, storyHtml: Iterable<string>): ChartSpec[] {
  const byId = new Map<string, ChartSpec>();
  for (const s of allChartSpecs(data)) byId.set(s.id, s);
  for (const html of storyHtml)
    for (const s of chartSpecsInHtml(data, html)) if (!byId.has(s.id)) byId.set(s.id, s);
  return [...byId.values()];
}
