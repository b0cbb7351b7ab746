/**
 * The figure every chart returns, its CSV, and its HTML. A figure carries everything a reader
 * needs to trust it: the finding in words (alt), notes, sources, and exactly the plotted numbers
 * as a table and CSV. Nothing here uses inline styles: pages run under a CSP without
 * 'unsafe-inline' for styles, so layout comes from classes in src/styles/charts.css.
 */
import { escapeHtml } from '../config/html-escape';
import { headingClasses } from '../config/table-headings';
import type { Dataset, Measured, Source } from '../data/types';
import { formatCsv } from '../data/csv';
import { MISSING_VALUES, missingWording } from '../data/vocabulary';
import { licenceWords, readerText, sourcesSummary } from '../data/reader-words';
import { formatDate } from '../data/format';
import { absolute } from '../config/urls';

export type Cell = string | number | null;

interface TableColumn {
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
 * cells made safe for spreadsheets by the one CSV writer of downloads (src/data/csv.ts), missing
 * values (`-`, `c`, `..`) left as they are so that data tools read them as missing.
 */
export function tableToCsv(table: ChartTable): string {
  return formatCsv(
    [
      table.columns.map((c) => c.key),
      ...table.rows.map((row) => table.columns.map((c) => row[c.key] ?? null)),
    ],
    CHART_MISSING_VALUES,
  );
}

/** The missing values a chart's CSV may hold (the publishers' symbols and ours), written as they are. */
export const CHART_MISSING_VALUES: readonly string[] = Object.keys(MISSING_VALUES);

/** The sources behind the given source ids, in first-seen order, skipping unknown ids. */
function collectSources(data: Dataset, ids: Iterable<string>): Source[] {
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

/** For an attribute in the embed snippet: quotes and ampersands escaped, apostrophes kept. */
function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface FigureHtmlContext {
  /** The site's base path, e.g. `/` or `/inspected/`. */
  base: string;
  csvHref: string;
  embedHref: string;
  /**
   * The embed page's absolute address for the snippet another site pastes. Default: the
   * embed page under the deployed origin (SITE) and base.
   */
  embedUrl?: string;
  /**
   * On the embed page: the sources and the newest source's date in view (another site's reader
   * cannot open our page to find them), the notes folded, and no embed snippet.
   */
  embed?: boolean;
}

/** A table cell as readers read it: a missing-value symbol in words, notes in plain English. */
function cellHtml(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return escapeHtml(String(v));
  return escapeHtml(v !== '' && Object.hasOwn(MISSING_VALUES, v) ? missingWording(v) : readerText(v));
}

function tableHtml(fig: ChartFigure): string {
  const { columns, rows } = fig.table;
  const head = columns
    .map((c) => {
      const cls = headingClasses(c.label);
      return `<th scope="col"${cls ? ` class="${cls}"` : ''}>${escapeHtml(c.label)}</th>`;
    })
    .join('');
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
  // The wrapper scrolls sideways on a phone instead of the page; public/scroll-regions.js makes
  // it a named, focusable region only while it actually scrolls.
  return (
    `<div class="chart-table-wrap scroll-x"><table class="chart-table"><caption>${escapeHtml(fig.title)}: the plotted figures</caption>` +
    `<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`
  );
}

/** Notes shown at once; more go behind "More notes". */
const NOTES_SHOWN = 3;

export function notesHtml(notes: readonly string[]): string {
  if (!notes.length) return '';
  const li = (n: string) => `<li>${escapeHtml(readerText(n))}</li>`;
  const shown = notes.slice(0, NOTES_SHOWN);
  const more = notes.slice(NOTES_SHOWN);
  return (
    `<ul class="chart-notes">${shown.map(li).join('')}</ul>` +
    (more.length
      ? `<details class="chart-more-notes"><summary>More notes (${more.length})</summary><ul class="chart-notes">${more.map(li).join('')}</ul></details>`
      : '')
  );
}

/** "Sources: Ofsted, DfE (3)", opening to the full list with links, dates and licences. */
export function sourcesHtml(sources: readonly Source[]): string {
  if (!sources.length) return '';
  const items = sources
    .map(
      (s) =>
        `<li>${escapeHtml(s.publisher)}, <a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a> (${escapeHtml(formatDate(s.date) || s.date)}; ${escapeHtml(licenceWords(s.licence))})</li>`,
    )
    .join('');
  return (
    `<details class="chart-sources"><summary>${escapeHtml(sourcesSummary(sources.map((s) => s.publisher)))}</summary>` +
    `<ul>${items}</ul></details>`
  );
}

/** "Sources: Ofsted, DfE (3); the newest published 19 November 2026." Visible in an embed. */
function sourcesLine(sources: readonly Source[]): string {
  if (!sources.length) return '';
  const newest = sources.reduce((d, s) => (s.date > d ? s.date : d), '');
  return (
    `<p class="chart-source-line">${escapeHtml(sourcesSummary(sources.map((s) => s.publisher)))}` +
    (newest ? `; the newest published ${escapeHtml(formatDate(newest) || newest)}` : '') +
    '.</p>'
  );
}

/** An embed's caption before its links: the sources in view, then the notes folded. */
export function embedCaptionHtml(fig: Pick<ChartFigure, 'notes' | 'sources'>): string {
  return sourcesLine(fig.sources) + embedNotesHtml(fig.notes);
}

/** An embed's notes, folded: the embed keeps to a phone's screen or two. */
function embedNotesHtml(notes: readonly string[]): string {
  if (!notes.length) return '';
  const li = (n: string) => `<li>${escapeHtml(readerText(n))}</li>`;
  return `<details class="chart-more-notes"><summary>Notes (${notes.length})</summary><ul class="chart-notes">${notes.map(li).join('')}</ul></details>`;
}

/**
 * The figure as HTML. Structure: a `<figure>` named by its title (aria-labelledby, so the long
 * figcaption is not read as the figure's name); title and subtitle as `<p>` so figures never
 * break a page's heading order (the title's `<p>` is hidden from assistive technology, which
 * announces it once, as the figure's name); the SVG (wide and narrow variants, switched by a
 * container query in charts.css; each is role="img" named (aria-label) by the finding, with no
 * <title> or <desc> to repeat it; the hidden variant is display:none, so never announced); a
 * figcaption with the notes (in plain words; past the first few behind "More notes"), the
 * sources in one line that opens to the list, the data table, the CSV link and the embed snippet
 * with the embed page's absolute address. All text is escaped; there are no style attributes.
 */
export function renderFigureHtml(fig: ChartFigure, ctx: FigureHtmlContext): string {
  const id = `chart-${fig.id}`;
  // In an embed, a phone's graphic (the narrow layout) taller than EMBED_GRAPHIC_PX scrolls in a
  // box of its own, so the embed keeps to about a phone screen's height; a line under the box says
  // so. The box is a <section> with a name (a region that takes focus; html-validate prefers it
  // to role="region"). The wide layout, shown where there is room, is never boxed.
  const tall = ctx.embed && svgHeight(fig.svgNarrow) > EMBED_GRAPHIC_PX;
  const narrow = (svg: string) =>
    tall
      ? `<section class="chart-graphic-scroll" tabindex="0" aria-label="The chart, in a box that scrolls">${svg}</section>` +
        `<p class="chart-scroll-hint">The chart scrolls inside its box: scroll it to see all of it.</p>`
      : svg;
  const graphic =
    fig.svgWide === fig.svgNarrow
      ? `<div class="chart-graphic chart-graphic-single">${narrow(fig.svgNarrow)}</div>`
      : `<div class="chart-graphic"><div class="chart-wide">${fig.svgWide}</div><div class="chart-narrow">${narrow(fig.svgNarrow)}</div></div>`;
  const embedUrl = ctx.embedUrl ?? absolute(`/embed/${fig.id}/`, process.env['SITE'], ctx.base);
  // The embed page tells the parent its height (public/embed-height.js); the snippet's script
  // (public/embed-parent.js) sets it. Without scripts the iframe keeps a height that fits.
  const listener = absolute('/embed-parent.js', process.env['SITE'], ctx.base);
  const iframe =
    `<iframe src="${escapeAttr(embedUrl)}" title="${escapeAttr(fig.title)}" width="100%" height="${embedHeight(fig)}" loading="lazy" data-inspected-embed></iframe>\n` +
    `<script src="${escapeAttr(listener)}" async></script>`;
  return (
    `<figure class="chart" id="${escapeHtml(id)}" aria-labelledby="${escapeHtml(id)}-title">` +
    `<p class="chart-title" id="${escapeHtml(id)}-title" aria-hidden="true">${escapeHtml(fig.title)}</p>` +
    (fig.subtitle ? `<p class="chart-subtitle">${escapeHtml(fig.subtitle)}</p>` : '') +
    graphic +
    `<figcaption class="chart-caption">` +
    (ctx.embed ? embedCaptionHtml(fig) : notesHtml(fig.notes)) +
    sourcesHtml(fig.sources) +
    `<details class="chart-data"><summary>Data table</summary>${tableHtml(fig)}</details>` +
    `<p class="chart-download"><a href="${escapeHtml(ctx.csvHref)}" download="${escapeHtml(fig.id)}.csv">Download the data (CSV)</a></p>` +
    (ctx.embed
      ? ''
      : `<details class="chart-embed"><summary>Embed this chart</summary><pre class="chart-embed-code"><code>${escapeHtml(iframe)}</code></pre></details>`) +
    `</figcaption></figure>`
  );
}

/** The tallest narrow graphic an embed shows whole, CSS px (charts.css caps .chart-graphic-scroll at 18rem). */
const EMBED_GRAPHIC_PX = 288;

function svgHeight(svg: string): number {
  const m = /viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(svg);
  return m ? Number(m[1]) : 0;
}

/**
 * A no-script height for the embed's iframe, in CSS px: the wide SVG's height plus the title,
 * subtitle, captions and links around it on the embed page.
 */
function embedHeight(fig: ChartFigure): number {
  const m = /viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(fig.svgWide);
  const svg = m ? Number(m[1]) : 400;
  return Math.ceil(Math.min(svg, 3200) + 260 + 20 * Math.min(fig.notes.length, NOTES_SHOWN));
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
