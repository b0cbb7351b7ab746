/**
 * The editor's building blocks besides charts: pull quotes, fact boxes and inline grade badges.
 *
 *   :::pullquote{cite="Ofsted inspectors, 2014"}      :::factbox{title="At a glance"}
 *   "A short quote"                                   - a fact
 *   :::                                               :::
 *
 *   Rated :grade[requires-improvement] in 2014.
 *
 * Any other directive is an error (charts are handled by remark-chart, which runs first).
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { addProblem } from './problems';
import { BADGE_GRADES, badgeLabel, type BadgeGrade } from '../data/vocabulary';

const KNOWN = { container: ['pullquote', 'factbox'], leaf: ['chart'], text: ['grade'] };

function attributesExcept(
  node: ContainerDirective | LeafDirective | TextDirective,
  allowed: string[],
): string[] {
  return Object.keys(node.attributes ?? {}).filter((k) => !allowed.includes(k));
}

function textOf(node: TextDirective): string {
  return node.children
    .map((c) => ('value' in c ? c.value : ''))
    .join('')
    .trim();
}

export function remarkStoryBlocks() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'containerDirective') {
        if (!KNOWN.container.includes(node.name)) {
          addProblem(
            file,
            node,
            `unknown block ":::${node.name}"; allowed: :::pullquote{cite="..."}, :::factbox{title="..."}`,
          );
          return;
        }
        const attr = node.name === 'pullquote' ? 'cite' : 'title';
        for (const extra of attributesExcept(node, [attr]))
          addProblem(file, node, `unknown option "${extra}" for :::${node.name}; allowed: ${attr}`);
        const value = node.attributes?.[attr]?.trim();
        if (!value) {
          addProblem(file, node, `:::${node.name} needs ${attr}="..."`);
          return;
        }
        if (node.name === 'pullquote') {
          const caption: Paragraph = {
            type: 'paragraph',
            data: { hName: 'figcaption' },
            children: [{ type: 'text', value }],
          };
          node.data = { hName: 'figure', hProperties: { className: ['pullquote'] } };
          node.children = [{ type: 'blockquote', children: node.children as never }, caption] as never;
        } else {
          const heading: Paragraph = {
            type: 'paragraph',
            data: { hProperties: { className: ['factbox-title'] } },
            children: [{ type: 'strong', children: [{ type: 'text', value }] }],
          };
          node.data = { hName: 'aside', hProperties: { className: ['factbox'], ariaLabel: value } };
          node.children = [heading, ...node.children] as never;
        }
      } else if (node.type === 'leafDirective') {
        if (!KNOWN.leaf.includes(node.name))
          addProblem(file, node, `unknown directive "::${node.name}"; allowed: ::chart{type="..."}`);
      } else if (node.type === 'textDirective') {
        if (node.name !== 'grade') {
          // A bare ":word" in prose (e.g. a time or a ratio) is text, not a directive.
          if (
            node.children.length === 0 &&
            Object.keys(node.attributes ?? {}).length === 0 &&
            parent &&
            index !== undefined
          ) {
            parent.children.splice(index, 1, {
              type: 'text',
              value: `:${node.name}`,
            } as RootContent as never);
            return;
          }
          addProblem(file, node, `unknown inline directive ":${node.name}"; allowed: :grade[...]`);
          return;
        }
        const g = textOf(node);
        if (!(BADGE_GRADES as readonly string[]).includes(g)) {
          addProblem(file, node, `unknown grade "${g}" in :grade[...]; allowed: ${BADGE_GRADES.join(', ')}`);
          return;
        }
        node.data = { hName: 'span', hProperties: { className: ['badge', `badge--${g}`] } };
        node.children = [{ type: 'text', value: badgeLabel(g as BadgeGrade) }];
      }
    });
  };
}
