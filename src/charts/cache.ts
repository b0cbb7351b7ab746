/**
 * One rendering per chart per build: pages, embeds, CSV downloads and the Markdown directive all
 * ask here, so a chart that appears on a council page, in a story and as an embed is drawn once.
 * Also the list of charts the site publishes a CSV and an embed page for, stories' charts included.
 */
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { renderFigureHtml, type ChartFigure } from './figure';
import {
  allChartSpecs,
  chartId,
  chartProblems,
  isChartType,
  renderChart,
  type ChartOptions,
  type ChartSpec,
} from './registry';
import type { Dataset } from '../data/types';
import { basePath } from '../config/urls';

/** Shared on globalThis: the build loads this module more than once (see loadDataset). */
const store = globalThis as { __inspectedCharts?: WeakMap<Dataset, Map<string, ChartFigure>> };
const cache = (store.__inspectedCharts ??= new WeakMap<Dataset, Map<string, ChartFigure>>());

function clean(options: Record<string, string | undefined>): ChartOptions {
  const out: ChartOptions = {};
  for (const [k, v] of Object.entries(options)) if (v !== undefined && v !== '') out[k] = v;
  return out;
}

/** The figure for a chart request (validated; throws ChartOptionError on bad options). */
export function chartFigure(
  data: Dataset,
  type: string,
  options: Record<string, string | undefined> = {},
): ChartFigure {
  let byId = cache.get(data);
  if (!byId) cache.set(data, (byId = new Map<string, ChartFigure>()));
  const o = clean(options);
  const key = isChartType(type) ? chartId(type, o) : `${type}?${JSON.stringify(o)}`;
  const hit = byId.get(key);
  if (hit) return hit;
  const fig = renderChart(data, type, o);
  byId.set(key, fig);
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
): string {
  const fig = chartFigure(data, type, options);
  return renderFigureHtml(fig, figureLinks(fig, base));
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
  const code = Buffer.from(JSON.stringify([type, clean(options)])).toString('base64url');
  return `<inspected-chart data-chart="${code}"></inspected-chart>`;
}

/** Every chart slot in `html` replaced by its figure (from the per-build cache). */
export function fillChartSlots(html: string, data: Dataset, base: string): string {
  return html.replace(SLOT, (_m, code: string) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(Buffer.from(code, 'base64url').toString('utf8'));
    } catch {
      parsed = null;
    }
    if (!Array.isArray(parsed) || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'object')
      throw new Error(`a chart slot that does not name a chart: ${code}`);
    const fig = chartFigure(data, parsed[0], parsed[1] as Record<string, string>);
    return renderFigureHtml(fig, figureLinks(fig, base));
  });
}

const storySpecsMemo = new WeakMap<Dataset, Map<string, ChartSpec[]>>();

/**
 * The valid chart requests in one story's Markdown: each `::chart{...}` directive on its own line
 * (what src/markdown/remark-chart.ts draws). Invalid ones are left out here: `npm run check` and
 * the build refuse them with file:line.
 */
export function chartSpecsInMarkdown(data: Dataset, markdown: string): ChartSpec[] {
  let memo = storySpecsMemo.get(data);
  if (!memo) storySpecsMemo.set(data, (memo = new Map<string, ChartSpec[]>()));
  const hit = memo.get(markdown);
  if (hit) return hit;
  const out: ChartSpec[] = [];
  if (markdown.includes('::chart')) {
    const tree = unified().use(remarkParse).use(remarkDirective).parse(markdown);
    visit(tree, 'leafDirective', (node) => {
      if (node.name !== 'chart') return;
      const attrs: Record<string, string | undefined> = {};
      for (const [k, v] of Object.entries(node.attributes ?? {})) attrs[k] = v ?? '';
      const { type, ...rest } = attrs;
      if (!type || !isChartType(type) || chartProblems(data, type, rest).length) return;
      const options = clean(rest);
      out.push({ type, options, id: chartId(type, options) });
    });
  }
  memo.set(markdown, out);
  return out;
}

/**
 * Every chart that gets a CSV download (/charts/<id>.csv) and an embed page (/embed/<id>/): the
 * site's own charts (allChartSpecs) and every chart a published story draws, once each.
 */
export function publishedChartSpecs(data: Dataset, storyBodies: Iterable<string>): ChartSpec[] {
  const byId = new Map<string, ChartSpec>();
  for (const s of allChartSpecs(data)) byId.set(s.id, s);
  for (const body of storyBodies)
    for (const s of chartSpecsInMarkdown(data, body)) if (!byId.has(s.id)) byId.set(s.id, s);
  return [...byId.values()];
}
