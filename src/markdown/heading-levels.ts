/**
 * Heading levels in stories and write-ups. The page's title is its one h1, so a body's sections
 * start at `##` and go down one level at a time: `##` then `###`, never `##` then `####` (a
 * screen reader's list of headings would show a gap). A `#` heading or a skipped level is a
 * problem at its line. On a write-up's page the body sits under the write-up's own h2 title, so
 * its headings are moved down one level there (shiftHeadings), keeping the same shape.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { addProblem } from './problems';

export function remarkHeadingLevels() {
  return (tree: Root, file: VFile) => {
    let previous = 1;
    visit(tree, 'heading', (node) => {
      const hashes = '#'.repeat(node.depth);
      if (node.depth === 1)
        addProblem(
          file,
          node,
          'a "#" heading: the title is the page\'s only top-level heading; start sections with "##"',
        );
      else if (node.depth > previous + 1)
        addProblem(
          file,
          node,
          `a "${hashes}" heading after ${previous === 1 ? 'the title' : `a "${'#'.repeat(previous)}" heading`} skips a level; use "${'#'.repeat(previous + 1)}"`,
        );
      previous = node.depth;
    });
  };
}

/** `html` with every heading h1-h5 moved down `by` levels (at most to h6). */
export function shiftHeadings(html: string, by: number): string {
  if (by <= 0) return html;
  return html.replace(
    /<(\/?)h([1-6])\b/g,
    (_m, close: string, n: string) => `<${close}h${Math.min(6, Number(n) + by)}`,
  );
}
