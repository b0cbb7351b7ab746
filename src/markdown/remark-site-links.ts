/**
 * Links in stories: site paths are checked against the pages that exist and prefixed with the
 * site's base; external links must be well-formed https addresses.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { addProblem } from './problems';

export interface SiteLinkOptions {
  /** The site's base path, ending in `/`. */
  base: string;
  /** Whether a site path such as `/authorities/haringey/` is a page that will be built. */
  pageExists: (path: string) => boolean;
  /** The existing page closest to a path that does not exist, for "did you mean". */
  closestPage?: (path: string) => string | null;
}

function isHttpsUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.hostname.includes('.');
  } catch {
    return false;
  }
}

export function remarkSiteLinks(options: SiteLinkOptions) {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const url = node.url;
      if (url.startsWith('#') || url.startsWith('mailto:')) return;
      if (/^\s*(javascript|vbscript|data|file):/i.test(url)) return; // refused by remark-no-raw-html
      if (url.startsWith('/') && !url.startsWith('//')) {
        const [pathPart = '', hash] = url.split('#', 2);
        const path = pathPart.endsWith('/') || /\.[a-z0-9]+$/i.test(pathPart) ? pathPart : pathPart + '/';
        if (!options.pageExists(path)) {
          const hint = options.closestPage?.(path);
          addProblem(
            file,
            node,
            `link to a page that does not exist: "${url}"; ${hint ? `did you mean "${hint}"? ` : ''}expected a site path such as /authorities/<council>/, /stories/<story>/, /ratings/, /data/`,
          );
          return;
        }
        node.url = options.base + path.slice(1) + (hash !== undefined ? `#${hash}` : '');
        return;
      }
      if (!isHttpsUrl(url))
        addProblem(
          file,
          node,
          `link "${url}" is not a well-formed https:// address or a site path starting with /`,
        );
    });
  };
}
