/**
 * The changelog of the data (`data/CHANGES.md`, written by `npm run refresh`) as HTML for the
 * /data/ page. The file is data, so it is treated as untrusted: Markdown only, raw HTML dropped,
 * the result sanitised. Its own title is left out (the page gives the section its heading) and
 * its headings move down one level to sit under that section's `h2`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Heading, Root } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** Drop the document's `#` title and move every other heading down a level (## -> h3, ### -> h4). */
function remarkUnderSection() {
  return (tree: Root) => {
    tree.children = tree.children.filter((n) => !(n.type === 'heading' && n.depth === 1));
    visit(tree, 'heading', (h: Heading) => {
      h.depth = Math.min(6, h.depth + 1) as Heading['depth'];
    });
  };
}

function changelogHtml(markdown: string): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkUnderSection)
      .use(remarkRehype)
      .use(rehypeSanitize)
      .use(rehypeStringify)
      .processSync(markdown),
  );
}

/** The changelog of a data folder as HTML, or null when it has none yet. */
export function readChangelog(dataDir: string): string | null {
  const p = join(dataDir, 'CHANGES.md');
  return existsSync(p) ? changelogHtml(readFileSync(p, 'utf8')) : null;
}
