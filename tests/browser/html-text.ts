/**
 * Reading built HTML without a browser: the text a reader sees (and a screen reader hears), the
 * page title, and the pages to sweep (every HTML file, embeds included).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './paths';
import { htmlFiles } from './site';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(
        e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
      );
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** The `<body>` of a page with scripts, styles, code samples and comments removed. */
export function readableBody(html: string): string {
  const start = html.search(/<body\b/i);
  return (start >= 0 ? html.slice(start) : html)
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template|code|pre)\b[\s\S]*?<\/\1>/gi, ' ');
}

/**
 * What a reader sees and hears: body text, SVG text, titles and descriptions, and the text of
 * `alt`, `title`, `aria-label` and `aria-description` attributes, with tags removed and
 * entities decoded. Code samples (`<code>`, `<pre>`, the embed snippet) are left out: they are
 * for developers.
 */
export function readerText(html: string): string {
  const body = readableBody(html);
  const attrs = [...body.matchAll(/\s(?:alt|title|aria-label|aria-description)="([^"]*)"/g)].map(
    (m) => m[1] ?? '',
  );
  const text = body.replace(/<[^>]+>/g, ' ');
  return decodeEntities(`${text} ${attrs.join(' ')}`).replace(/\s+/g, ' ');
}

export function pageTitle(html: string): string {
  const m = /<title>([\s\S]*?)<\/title>/i.exec(html);
  return m ? decodeEntities(m[1] ?? '').trim() : '';
}

/** Every built page as [file, html], reader pages and embeds alike (not the 404 copy in subfolders). */
export function builtPages(dir = DIST): [file: string, html: string][] {
  return htmlFiles(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
}
