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
import { ChartOptionError, chartProblems } from '../charts/registry';
import { chartHtml, chartSlot } from '../charts/cache';
import type { Dataset } from '../data/types';
import { LIMITS } from '../config/limits';
import { addProblem } from './problems';
import { directiveAttributes, isDirectiveNamed, lazyDataset } from './directives';

const PLACES: Record<string, string> = {
  listItem: 'inside a list item',
  list: 'inside a list',
  blockquote: 'inside a quote',
  containerDirective: 'inside a block (:::)',
  footnoteDefinition: 'inside a footnote',
  tableCell: 'inside a table',
};

export interface RemarkChartOptions {
  /** The dataset, or a function returning it (called once, only if the file has a chart). */
  data: Dataset | (() => Dataset);
  /** Site base path ending in `/`, e.g. `/` or `/inspected/`. */
  base: string;
  /** Emit a slot that the story page fills in (src/charts/cache.ts chartSlot), not the figure. */
  slots?: boolean;
}

/**
 * Problems are added to the file's shared list (src/markdown/problems.ts), so chart errors are
 * reported together with every other problem in the story by remarkFailOnProblems.
 */
export function remarkChart(options: RemarkChartOptions) {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const data = lazyDataset(options.data);
  return (tree: Root, file: VFile) => {
    // A story may hold at most LIMITS.chartsPerStory charts; past that, none is drawn (5,000
    // charts would take gigabytes of memory) and the first one over the limit is reported.
    let count = 0;
    let tooMany = false;
    visit(tree, 'leafDirective', (node) => {
      if (node.name !== 'chart') return;
      count++;
      if (count === LIMITS.chartsPerStory + 1) {
        tooMany = true;
        addProblem(
          file,
          node,
          `more than ${LIMITS.chartsPerStory} charts in one story; split it into two stories or leave some charts out`,
        );
      }
    });
    if (tooMany) return;
    visit(tree, (node, index, parent) => {
      if (!isDirectiveNamed(node, 'chart')) return;
      if (node.type !== 'leafDirective') {
        addProblem(file, node, 'a chart must be on its own line as ::chart{type="..."} (two colons)');
        return;
      }
      if (parent && parent.type !== 'root') {
        addProblem(
          file,
          node,
          `a chart cannot go ${PLACES[parent.type] ?? `inside a ${parent.type}`}; put ::chart{...} on its own line, with a blank line before and after, outside lists, quotes and blocks`,
        );
        return;
      }
      const { attrs, problems: reserved } = directiveAttributes(node, String(file.value));
      const { type, ...rest } = attrs as Record<string, string | undefined>;
      const found = [...reserved, ...chartProblems(data(), type, rest)];
      if (found.length) {
        for (const p of found) addProblem(file, node, p);
        return;
      }
      try {
        const html = options.slots
          ? chartSlot(data(), type ?? '', rest)
          : chartHtml(data(), type ?? '', rest, base);
        if (parent && index !== undefined) parent.children.splice(index, 1, { type: 'html', value: html });
      } catch (e) {
        if (e instanceof ChartOptionError) for (const p of e.problems) addProblem(file, node, p);
        else
          addProblem(
            file,
            node,
            `chart "${type ?? ''}" failed to render: ${e instanceof Error ? e.message : String(e)}`,
          );
      }
    });
  };
}
