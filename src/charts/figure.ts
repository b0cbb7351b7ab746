/**
 * The figure every chart returns, its CSV, and its HTML. A figure carries everything a reader
 * needs to trust it: the finding in words (alt), notes, sources, and exactly the plotted numbers
 * as a table and CSV. Nothing here uses inline styles: pages run under a CSP without
 * 'unsafe-inline' for styles, so layout comes from classes in src/styles/charts.css.
 */
import type { Dataset, Measured, Source } from '../data/types';
import { formatCsv } from '../data/csv';

export type Cell = string | number | null;

export interface TableColumn {
  key: string;
  label: string;
}

export interface ChartTable {
  columns: TableColumn[];
  rows: Record<string, Cell>[];
}

export interface ChartFigure {
  /** Deterministic from type and options, e.g. `care-leavers-haringey-19-21`. */
  id: string;
  type: string;
  title: string;
  subtitle: string;
  /** ~680px wide layout. */
  svgWide: string;
  /** ~340px layout for phones; may be identical to `svgWide` for charts that are fine narrow. */
  svgNarrow: string;
  /** The text alternative: the finding, generated from the data. */
  alt: string;
  notes: string[];
  sources: Source[];
  /** Exactly the plotted numbers. */
  table: ChartTable;
  /** The same numbers as `table`; suppressed values as their symbol, never 0. */
  csv: string;
}

/** The value of a measured cell for tables and CSV: the number, or the suppression symbol. */
export function measuredCell(m: Measured): Cell {
  return 'value' in m ? m.value : m.symbol;
}

export function measuredValue(m: Measured): number | null {
  return 'value' in m ? m.value : null;
}

/**
 * RFC 4180 CSV of a table: a header of column keys, then one line per row, `\n` endings; text
 * cells made safe for spreadsheets by the one CSV writer of downloads (src/data/csv.ts).
 */
export function tableToCsv(table: ChartTable): string {
  return formatCsv([
    table.columns.map((c) => c.key),
    ...table.rows.map((row) => table.columns.map((c) => row[c.key] ?? null)),
  ]);
}

/** The sources behind the given source ids, in first-seen order, skipping unknown ids. */
export function collectSources(data: Dataset, ids: Iterable<string>): Source[] {
  const seen = new Set<string>();
  const out: Source[] = [];
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const s = data.sources.get(id);
    if (s) out.push(s);
  }
  return out;
}

export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface FigureHtmlContext {
  /** The site's base path, e.g. `/` or `/inspected/`. */
  base: string;
  csvHref: string;
  embedHref: string;
}

function cellHtml(v: Cell): string {
  return v === null ? '' : escapeHtml(String(v));
}

function tableHtml(fig: ChartFigure): string {
  const { columns, rows } = fig.table;
  const head = columns.map((c) => `<th scope="col">${escapeHtml(c.label)}</th>`).join('');
  const body = rows
    .map((row) => {
      const cells = columns.map((c, i) =>
        i === 0
          ? `<th scope="row">${cellHtml(row[c.key] ?? null)}</th>`
          : `<td>${cellHtml(row[c.key] ?? null)}</td>`,
      );
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  return (
    `<div class="chart-table-wrap"><table class="chart-table"><caption>${escapeHtml(fig.title)}: the plotted figures</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`
  );
}

/**
 * The figure as HTML. Structure: a `<figure>` named by its title (aria-labelledby, so the long
 * figcaption is not read as the figure's name); title and subtitle as `<p>` so figures never
 * break a page's heading order (the title's `<p>` is hidden from assistive technology, which
 * announces it once, as the figure's name); the SVG (wide and narrow variants, switched by a
 * container query in charts.css; each is role="img" named (aria-label) by the finding, with no
 * <title> or <desc> to repeat it; the hidden variant is display:none, so never announced); a
 * figcaption with
 * the notes, source links, the data table, the CSV link and the embed snippet. All text is
 * escaped; there are no style attributes.
 */
export function renderFigureHtml(fig: ChartFigure, ctx: FigureHtmlContext): string {
  const id = `chart-${fig.id}`;
  const graphic =
    fig.svgWide === fig.svgNarrow
      ? `<div class="chart-graphic chart-graphic-single">${fig.svgWide}</div>`
      : `<div class="chart-graphic"><div class="chart-wide">${fig.svgWide}</div><div class="chart-narrow">${fig.svgNarrow}</div></div>`;
  const notes = fig.notes.length
    ? `<ul class="chart-notes">${fig.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`
    : '';
  const sources = fig.sources.length
    ? `<p class="chart-sources">${fig.sources.length > 1 ? 'Sources' : 'Source'}: ${fig.sources
        .map(
          (s) =>
            `<a href="${escapeHtml(s.url)}">${escapeHtml(s.publisher)}, ${escapeHtml(s.title)}</a> (${escapeHtml(s.date)}, ${escapeHtml(s.licence)})`,
        )
        .join('; ')}</p>`
    : '';
  const iframe = `<iframe src="${escapeHtml(ctx.embedHref)}" title="${escapeHtml(fig.title)}" width="100%" height="480" loading="lazy"></iframe>`;
  return (
    `<figure class="chart" id="${escapeHtml(id)}" aria-labelledby="${escapeHtml(id)}-title">` +
    `<p class="chart-title" id="${escapeHtml(id)}-title" aria-hidden="true">${escapeHtml(fig.title)}</p>` +
    (fig.subtitle ? `<p class="chart-subtitle">${escapeHtml(fig.subtitle)}</p>` : '') +
    graphic +
    `<figcaption class="chart-caption">` +
    notes +
    sources +
    `<details class="chart-data"><summary>Data table</summary>${tableHtml(fig)}</details>` +
    `<p class="chart-download"><a href="${escapeHtml(ctx.csvHref)}" download="${escapeHtml(fig.id)}.csv">Download the data (CSV)</a></p>` +
    `<details class="chart-embed"><summary>Embed this chart</summary><pre class="chart-embed-code"><code>${escapeHtml(iframe)}</code></pre></details>` +
    `</figcaption></figure>`
  );
}

/** What a chart computes; `makeFigure` turns it into the figure every chart returns. */
export interface FigureParts {
  id: string;
  type: string;
  title: string;
  subtitle: string;
  /** Draws one layout: `wide` (~680px) or `narrow` (~340px). */
  svg: (variant: 'wide' | 'narrow') => string;
  alt: string;
  notes: string[];
  /** Source ids of every plotted row. */
  sourceIds: Iterable<string>;
  table: ChartTable;
}

/** The figure from its parts: both layouts drawn, sources resolved, the CSV made from the table. */
export function makeFigure(data: Dataset, p: FigureParts): ChartFigure {
  return {
    id: p.id,
    type: p.type,
    title: p.title,
    subtitle: p.subtitle,
    svgWide: p.svg('wide'),
    svgNarrow: p.svg('narrow'),
    alt: p.alt,
    notes: p.notes,
    sources: collectSources(data, p.sourceIds),
    table: p.table,
    csv: tableToCsv(p.table),
  };
}
