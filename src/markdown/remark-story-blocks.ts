/**
 * The editor's building blocks besides charts: pull quotes, fact boxes and inline grade badges.
 *
 *   :::pullquote{cite="Ofsted inspectors, 2014"}      :::factbox{title="At a glance"}
 *   "A short quote"                                   - a fact
 *   :::                                               :::
 *
 *   Rated :grade[requires-improvement] in 2014.
 *
 * Any other directive is an error (charts are handled by remark-chart, which runs first), and
 * so are the mistakes that would otherwise show readers raw syntax or swallow text: a block never
 * closed, a block inside another block, a list or a quote, a stray closing `:::`, and a
 * directive written inside a sentence or that could not be read (left as text).
 */
import type { Paragraph, Root, RootContent, Text } from 'mdast';
import type { Node } from 'unist';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { addProblem } from './problems';
import { closestWord } from '../config/edit-distance';
import { BADGE_GRADES, badgeLabel, type BadgeGrade } from '../data/vocabulary';

/** `did you mean "<closest>"? ` for a near miss among `names`, or ''. */
function didYouMean(word: string, names: readonly string[], prefix = ''): string {
  const hit = closestWord(word, names, 2);
  return hit ? `did you mean "${prefix}${hit}"? ` : '';
}

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

/** A directive-like `::name` or `:::name` left as text: remark-directive could not read it. */
const UNREAD = /(?<![:\w]):{2,}([A-Za-z][\w-]*)/g;
/** A line that is only a fence: `:::`. */
const FENCE = /^\s*:{3,}\s*$/;

/** Directive mistakes that leave text on the page: a chart in a sentence, an unreadable block, a stray `:::`. */
function textProblems(file: VFile, node: Text): void {
  const start = node.position?.start;
  node.value.split('\n').forEach((line, i) => {
    const at = {
      position: {
        start: { line: (start?.line ?? 1) + i, column: i === 0 ? (start?.column ?? 1) : 1 },
        end: { line: (start?.line ?? 1) + i, column: 1 },
      },
    } as Node;
    if (FENCE.test(line)) {
      addProblem(
        file,
        at,
        'a line of ::: closes a block, but no block is open here (or it is one too many); remove it, or open the block above with :::factbox{title="..."} or :::pullquote{cite="..."}',
      );
      return;
    }
    for (const m of line.matchAll(UNREAD)) {
      const name = m[1] ?? '';
      const colons = m[0].length - name.length;
      const where = {
        ...at,
        position: {
          ...at.position,
          start: { ...at.position!.start, column: at.position!.start.column + m.index },
        },
      } as Node;
      if (name === 'chart')
        addProblem(
          file,
          where,
          'a chart written inside a sentence is shown to readers as text; put ::chart{type="..."} on its own line, with a blank line before and after',
        );
      else if (colons >= 3 && KNOWN.container.includes(name))
        addProblem(
          file,
          where,
          `this :::${name} block could not be read; write :::${name}{${name === 'pullquote' ? 'cite' : 'title'}="..."} alone on its line (check the braces and double quotes), and close it with a line of :::`,
        );
      else
        addProblem(
          file,
          where,
          `"${m[0]}" is not a directive this site knows, or could not be read; allowed: ::chart{type="..."}, :::pullquote{cite="..."}, :::factbox{title="..."}, :grade[...] (each block on its own line)`,
        );
    }
  });
}

export function remarkStoryBlocks() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value ?? '').split('\n');
    visit(tree, (node, index, parent) => {
      if (node.type === 'text') {
        textProblems(file, node);
        return;
      }
      if (node.type === 'containerDirective' && KNOWN.container.includes(node.name)) {
        if (parent && parent.type !== 'root') {
          addProblem(
            file,
            node,
            parent.type === 'containerDirective'
              ? `a :::${node.name} block cannot go inside a :::${parent.name} block; close the first block with a line of ::: before opening the next`
              : `a :::${node.name} block must start at the beginning of a line, outside lists and quotes`,
          );
          return;
        }
        // An unclosed block runs to the end of the story: its last line is not a ::: fence.
        const end = node.position?.end.line;
        if (end !== undefined && !FENCE.test(source[end - 1] ?? ''))
          addProblem(
            file,
            node,
            `the :::${node.name} block opened here is never closed, so it swallows the rest of the story; add a line of ::: where the block ends (with as many colons as the opening line)`,
          );
      }
      if (node.type === 'containerDirective') {
        if (!KNOWN.container.includes(node.name)) {
          addProblem(
            file,
            node,
            `unknown block ":::${node.name}"; ${didYouMean(node.name, KNOWN.container, ':::')}allowed: :::pullquote{cite="..."}, :::factbox{title="..."}`,
          );
          return;
        }
        const attr = node.name === 'pullquote' ? 'cite' : 'title';
        for (const extra of attributesExcept(node, [attr]))
          addProblem(
            file,
            node,
            `unknown option "${extra}" for :::${node.name}; ${didYouMean(extra, [attr])}allowed: ${attr}`,
          );
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
          addProblem(
            file,
            node,
            `unknown directive "::${node.name}"; ${didYouMean(node.name, KNOWN.leaf, '::')}allowed: ::chart{type="..."}`,
          );
      } else if (node.type === 'textDirective') {
        if (node.name === 'chart' || node.name === 'stat') return; // reported by remark-chart, remark-stat
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
          addProblem(
            file,
            node,
            `unknown inline directive ":${node.name}"; ${didYouMean(node.name, [...KNOWN.text, 'stat'], ':')}allowed: :grade[...], :stat{...}`,
          );
          return;
        }
        const g = textOf(node);
        if (!(BADGE_GRADES as readonly string[]).includes(g)) {
          addProblem(
            file,
            node,
            `unknown grade "${g}" in :grade[...]; ${didYouMean(g, BADGE_GRADES)}allowed: ${BADGE_GRADES.join(', ')}`,
          );
          return;
        }
        node.data = { hName: 'span', hProperties: { className: ['badge', `badge--${g}`] } };
        node.children = [{ type: 'text', value: badgeLabel(g as BadgeGrade) }];
      }
    });
  };
}
