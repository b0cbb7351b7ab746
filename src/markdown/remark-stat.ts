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
 *
 * A count of councils the site computes, typed by hand instead ("19 had a lower grade"), is a
 * problem too (src/markdown/typed-counts.ts), outside quotations, block quotes and pull quotes.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Dataset } from '../data/types';
import { formatDate } from '../data/format';
import { escapeHtml } from '../config/html-escape';
import { addProblem } from './problems';
import { directiveAttributes, isDirectiveNamed, lazyDataset } from './directives';
import { resolveStat, statProblems } from './stats';
import { typedCounts } from './typed-counts';

const EXAMPLE = {
  'councils-transition': ':stat{measure="councils-transition" direction="fell"}',
  'councils-at-grade': ':stat{measure="councils-at-grade" grade="inadequate" date="2025-03-31"}',
} as const;

/** Counts of councils typed by hand in the text (a :stat is HTML by now, so never matches). */
function reportTypedCounts(tree: Root, file: VFile): void {
  visit(tree, (node, _index, parent) => {
    if (node.type === 'blockquote') return 'skip';
    if (node.type === 'containerDirective' && node.name === 'pullquote') return 'skip';
    if (node.type !== 'text' || parent?.type === 'link') return undefined;
    const start = node.position?.start;
    for (const t of typedCounts(node.value)) {
      const before = node.value.slice(0, t.index);
      const lines = before.split('\n');
      const line = (start?.line ?? 1) + lines.length - 1;
      const column = lines.length > 1 ? (lines.at(-1)?.length ?? 0) + 1 : (start?.column ?? 1) + t.index;
      addProblem(
        file,
        { type: 'text', position: { start: { line, column }, end: { line, column } } },
        `a count of councils typed by hand ("${t.words}"): the site computes it, so write it as ${EXAMPLE[t.measure]} or similar (docs/editing.md, section 4a)`,
      );
    }
    return undefined;
  });
}

export interface RemarkStatOptions {
  /** The dataset, or a function returning it (called once, only if the file has a :stat). */
  data: Dataset | (() => Dataset);
}

export function remarkStat(options: RemarkStatOptions) {
  const data = lazyDataset(options.data);
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (!isDirectiveNamed(node, 'stat')) return;
      const drop = () => {
        if (parent && index !== undefined)
          parent.children.splice(index, 1, { type: 'text', value: '' } as never);
      };
      if (node.type !== 'textDirective') {
        addProblem(file, node, 'a stat goes inside a sentence as :stat{measure="..." ...} (one colon)');
        drop();
        return;
      }
      const { attrs, problems: reserved } = directiveAttributes(node, String(file.value));
      const problems = [...reserved, ...statProblems(data(), attrs)];
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
    reportTypedCounts(tree, file);
  };
}
