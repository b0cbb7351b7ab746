/**
 * One rendering per chart per build: pages, embeds, CSV downloads and the Markdown directive all
 * ask here, so a chart that appears on a council page, in a story and as an embed is drawn once.
 */
import { renderFigureHtml, type ChartFigure } from './figure';
import { chartId, isChartType, renderChart, type ChartOptions } from './registry';
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
