/**
 * `:stat{authority="havering" measure="agency-rate" year="2025"}` in a sentence becomes the figure
 * from the data (`41.7%`), linked to its source with what it measures in the link's title:
 *
 *   <a class="stat" href="<source url>" title="Havering, 2025: agency social workers ... Source: ...">41.7%</a>
 *
 * Counts of councils: `:stat{measure="councils-at-grade" grade="inadequate" date="2025-03-31"}`.
 * Use after remark-directive and before remark-story-blocks. Every problem in a file is collected
 * (src/markdown/problems.ts) and reported together, e.g.
 *
 *   content/stories/x.md:12:5: unknown measure "agency" in :stat (did you mean "agency-rate"?); allowed: ...
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Dataset } from '../data/types';
import { formatDate } from '../data/format';
import { escapeHtml } from '../charts/figure';
import { addProblem } from './problems';
import { resolveStat, statProblems } from './stats';

export interface RemarkStatOptions {
  /** The dataset, or a function returning it (called once, only if the file has a :stat). */
  data: Dataset | (() => Dataset);
}

export function remarkStat(options: RemarkStatOptions) {
  let dataset: Dataset | undefined;
  const data = () => (dataset ??= typeof options.data === 'function' ? options.data() : options.data);
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (
        (node.type !== 'textDirective' &&
          node.type !== 'leafDirective' &&
          node.type !== 'containerDirective') ||
        node.name !== 'stat'
      )
        return;
      const drop = () => {
        if (parent && index !== undefined)
          parent.children.splice(index, 1, { type: 'text', value: '' } as never);
      };
      if (node.type !== 'textDirective') {
        addProblem(file, node, 'a stat goes inside a sentence as :stat{measure="..." ...} (one colon)');
        drop();
        return;
      }
      const attrs: Record<string, string> = {};
      for (const [k, v] of Object.entries(node.attributes ?? {})) attrs[k] = v ?? '';
      const problems = statProblems(data(), attrs);
      if (problems.length) {
        for (const p of problems) addProblem(file, node, p);
        drop();
        return;
      }
      const s = resolveStat(data(), attrs);
      const src = s.source;
      const title = src
        ? `${s.about}. Source: ${src.publisher}, ${src.title} (${formatDate(src.date)})`
        : s.about;
      const html = src
        ? `<a class="stat" href="${escapeHtml(src.url)}" title="${escapeHtml(title)}">${escapeHtml(s.text)}</a>`
        : `<span class="stat" title="${escapeHtml(title)}">${escapeHtml(s.text)}</span>`;
      if (parent && index !== undefined)
        parent.children.splice(index, 1, { type: 'html', value: html } as never);
    });
  };
}
