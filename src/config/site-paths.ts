/**
 * The site's page map, for checking internal links before anything is built.
 * Paths are root-relative with a trailing slash, without the base.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import matter from 'gray-matter';

export const STATIC_PAGES = [
  '/',
  '/stories/',
  '/authorities/',
  '/ratings/',
  '/data/',
  '/about/',
  '/search/',
  '/inspections/',
] as const;

export interface SiteIndex {
  authorities: ReadonlySet<string>;
  stories: ReadonlySet<string>;
  /** Inspection page ids (src/data/inspection-ids.ts), when links to them are to be checked. */
  inspections?: ReadonlySet<string>;
}

export function pageExists(path: string, index: SiteIndex): boolean {
  if ((STATIC_PAGES as readonly string[]).includes(path)) return true;
  const m = /^\/(authorities|stories|inspections)\/([a-z0-9-]+)\/$/.exec(path);
  if (!m) return false;
  if (m[1] === 'inspections') return index.inspections?.has(m[2] ?? '') ?? false;
  return m[1] === 'authorities' ? index.authorities.has(m[2] ?? '') : index.stories.has(m[2] ?? '');
}

/** The stories folder: `INSPECTED_STORIES_DIR` (the benchmark's synthetic sites), else `content/stories`. */
export const storiesDir = resolve(process.cwd(), process.env['INSPECTED_STORIES_DIR'] ?? 'content/stories');

/** Editors' write-ups of single inspections: `content/inspections/<inspection page id>.md`. */
export const writeUpsDir = resolve(
  process.cwd(),
  process.env['INSPECTED_WRITEUPS_DIR'] ?? 'content/inspections',
);

function isDraftFile(path: string): boolean {
  try {
    return matter(readFileSync(path, 'utf8')).data['draft'] === true;
  } catch {
    return false; // reported by the frontmatter check
  }
}

/** Slugs of the stories that a build will publish (drafts too when `includeDrafts`). */
export function storySlugs(includeDrafts: boolean, dir = storiesDir): Set<string> {
  const out = new Set<string>();
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.md')) continue;
    if (includeDrafts || !isDraftFile(join(dir, f))) out.add(f.slice(0, -3));
  }
  return out;
}
