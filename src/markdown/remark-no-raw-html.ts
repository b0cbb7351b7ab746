/**
 * Stories may not contain raw HTML, and no link may use a script-bearing scheme. Refusing
 * (with a clear message) is safer than sanitising: nothing an editor wrote is silently dropped.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { addProblem } from './problems';

const UNSAFE_SCHEME = /^\s*(javascript|vbscript|data|file):/i;

export function remarkNoRawHtml() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type === 'html') {
        const snippet = node.value.trim().replace(/\s+/g, ' ').slice(0, 40);
        addProblem(
          file,
          node,
          `raw HTML is not allowed in stories (found "${snippet}"); use Markdown or a directive: ::chart, :::pullquote, :::factbox, :grade`,
        );
      } else if (
        (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
        UNSAFE_SCHEME.test(node.url)
      ) {
        addProblem(
          file,
          node,
          `unsafe link "${node.url}"; expected an https:// address or a site path such as /authorities/haringey/`,
        );
      }
    });
  };
}
