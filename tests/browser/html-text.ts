/**
 * Reading built HTML without a browser: the text a reader sees (and a screen reader hears), the
 * page title, and the pages to sweep (every HTML file, embeds included).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './paths';
import { htmlFiles } from './site';
import { decodeEntities } from '../../scripts/lib/reader-defects';

// One reading of a page's text for the build's own check (scripts/lib/reader-defects.ts) and here.
export { decodeEntities, readableBody, readerText } from '../../scripts/lib/reader-defects';

export function pageTitle(html: string): string {
  const m = /<title>([\s\S]*?)<\/title>/i.exec(html);
  return m ? decodeEntities(m[1] ?? '').trim() : '';
}

/** Every built page as [file, html], reader pages and embeds alike (not the 404 copy in subfolders). */
export function builtPages(dir = DIST): [file: string, html: string][] {
  return htmlFiles(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
}
