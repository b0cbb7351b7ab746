/**
 * `::chart{type="care-leavers" authority="haringey"}` in Markdown becomes the chart's figure HTML.
 * Use after remark-directive. Every problem in a file (unknown type, council, option, missing
 * required option) is collected and the file fails once, with one line per problem:
 *
 *   content/stories/x.md:12:1: unknown chart option "age" for type "trajectory"; allowed: authority
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { renderFigureHtml } from '../charts/figure';
import { ChartOptionError, chartProblems, renderChart } from '../charts/registry';
import type { Dataset } from '../lib/data/types';

export interface RemarkChartOptions {
  /** The dataset, or a function returning it (called once, only if the file has a chart). */
  data: Dataset | (() => Dataset);
  /** Site base path ending in `/`, e.g. `/` or `/inspected/`. */
  base: string;
}

export class ChartDirectiveError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ChartDirectiveError';
    this.problems = problems;
  }
}

function displayPath(path: string | undefined): string {
  if (!path) return '<markdown>';
  const cwd = `${process.cwd()}/`;
  return path.startsWith(cwd) ? path.slice(cwd.length) : path;
}

export function remarkChart(options: RemarkChartOptions) {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  let dataset: Dataset | undefined;
  const data = () => (dataset ??= typeof options.data === 'function' ? options.data() : options.data);
  return (tree: Root, file: VFile) => {
    const problems: string[] = [];
    const where = (node: { position?: { start: { line: number; column: number } } | undefined }) =>
      `${displayPath(file.path)}:${node.position?.start.line ?? 1}:${node.position?.start.column ?? 1}`;
    visit(tree, (node, index, parent) => {
      if (
        (node.type !== 'leafDirective' &&
          node.type !== 'textDirective' &&
          node.type !== 'containerDirective') ||
        node.name !== 'chart'
      )
        return;
      if (node.type !== 'leafDirective') {
        problems.push(`${where(node)}: a chart must be on its own line as ::chart{type="..."} (two colons)`);
        return;
      }
      const attrs: Record<string, string | undefined> = {};
      for (const [k, v] of Object.entries(node.attributes ?? {})) attrs[k] = v ?? '';
      const { type, ...rest } = attrs;
      const found = chartProblems(data(), type, rest);
      if (found.length) {
        for (const p of found) problems.push(`${where(node)}: ${p}`);
        return;
      }
      try {
        const fig = renderChart(data(), type ?? '', rest);
        const html = renderFigureHtml(fig, {
          base,
          csvHref: `${base}charts/${fig.id}.csv`,
          embedHref: `${base}embed/${fig.id}/`,
        });
        if (parent && index !== undefined) parent.children.splice(index, 1, { type: 'html', value: html });
      } catch (e) {
        if (e instanceof ChartOptionError) for (const p of e.problems) problems.push(`${where(node)}: ${p}`);
        else
          problems.push(
            `${where(node)}: chart "${type ?? ''}" failed to render: ${e instanceof Error ? e.message : String(e)}`,
          );
      }
    });
    if (problems.length) throw new ChartDirectiveError(problems);
  };
}

export default remarkChart;
