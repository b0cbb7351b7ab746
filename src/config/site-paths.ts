/**
 * The site's page map, for checking internal links before anything is built.
 * Paths are root-relative with a trailing slash, without the base.
 */
import { readdirSync, existsSync, type Dirent } from 'node:fs';
import { resolve } from 'node:path';
import { isDraftText } from './frontmatter';
import { closestWord } from './edit-distance';
import { LIMITS } from './limits';
import { readContainedText } from './safe-files';

/** Where the routes are: one file per page, `[...]` in a name for pages made from the data. */
const PAGES_DIR = resolve(process.cwd(), 'src/pages');

/**
 * The site's fixed pages, read from the routes (`src/pages`): every `.astro` file with no
 * `[param]` in its path and no leading `_`, as its address (`about.astro` is `/about/`,
 * `ratings/map/index.astro` is `/ratings/map/`), except the not-found page; and the folder of a
 * paginated list (`stories/[...page].astro`), whose first page is the folder's own address. All
 * are in the sitemap.
 */
export function fixedPages(dir = PAGES_DIR): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of readdirSync(resolve(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isFile() && /^\[\.\.\.[a-z]+\]\.astro$/.test(e.name)) out.push(rel ? `/${rel}/` : '/');
      if (e.name.startsWith('_') || e.name.includes('[')) continue;
      if (e.isDirectory()) walk(path);
      else if (e.isFile() && e.name.endsWith('.astro') && path !== '404.astro')
        out.push('/' + path.replace(/(^|\/)index\.astro$/, '$1').replace(/\.astro$/, '/'));
    }
  };
  walk('');
  return [...new Set(out)].sort();
}

/** The fixed pages of this site (read once). */
export const STATIC_PAGES: readonly string[] = fixedPages();

export interface SiteIndex {
  authorities: ReadonlySet<string>;
  stories: ReadonlySet<string>;
  /** Inspection page ids (src/data/inspection-ids.ts), when links to them are to be checked. */
  inspections?: ReadonlySet<string>;
}

export function pageExists(path: string, index: SiteIndex): boolean {
  if (STATIC_PAGES.includes(path)) return true;
  const m = /^\/(authorities|stories|inspections)\/([a-z0-9-]+)\/$/.exec(path);
  if (!m) return false;
  if (m[1] === 'inspections') return index.inspections?.has(m[2] ?? '') ?? false;
  return m[1] === 'authorities' ? index.authorities.has(m[2] ?? '') : index.stories.has(m[2] ?? '');
}

/** The page an editor most likely meant by a site path that does not exist, e.g. /authorities/wirral/ for /authorities/wiral/. */
export function closestPage(path: string, index: SiteIndex): string | null {
  const m = /^\/(authorities|stories|inspections)\/([^/]*)\/?$/.exec(path);
  if (m) {
    const names =
      m[1] === 'authorities'
        ? index.authorities
        : m[1] === 'stories'
          ? index.stories
          : (index.inspections ?? []);
    const hit = closestWord(m[2] ?? '', names, m[1] === 'inspections' ? 3 : 2);
    return hit ? `/${m[1] ?? ''}/${hit}/` : null;
  }
  return closestWord(path, STATIC_PAGES, 3);
}

/** The stories folder: `INSPECTED_STORIES_DIR` (the benchmark's synthetic sites), else `content/stories`. */
export const storiesDir = resolve(process.cwd(), process.env['INSPECTED_STORIES_DIR'] ?? 'content/stories');

/** Editors' write-ups of single inspections: `content/inspections/<inspection page id>.md`. */
export const writeUpsDir = resolve(
  process.cwd(),
  process.env['INSPECTED_WRITEUPS_DIR'] ?? 'content/inspections',
);

/** The folder of a story's images: `images/` beside the stories. */
export const STORY_IMAGES_FOLDER = 'images';

/**
 * The entries of the stories folder that are stories: names ending `.md`, sorted. Entries that
 * are not ordinary files (folders named x.md, links, pipes) are listed too, so that the check
 * and the loader can refuse them by name; `isFile` says which is which (links are not followed).
 */
export function storyEntries(dir = storiesDir): { name: string; isFile: boolean }[] {
  if (!existsSync(dir)) return [];
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.name.endsWith('.md'))
    .map((e) => ({ name: e.name, isFile: e.isFile() }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Read a story (or, with `what` "write-up", an inspection's write-up) from its folder: an
 * ordinary file, no link, within the size limit.
 */
export function readStoryFile(
  name: string,
  dir = storiesDir,
  what: 'story' | 'write-up' = 'story',
): ReturnType<typeof readContainedText> {
  return readContainedText(dir, name, LIMITS.storyBytes, what);
}

/** Slugs of the stories that a build will publish (drafts too when `includeDrafts`). */
export function storySlugs(includeDrafts: boolean, dir = storiesDir): Set<string> {
  const out = new Set<string>();
  for (const e of storyEntries(dir)) {
    if (!e.isFile) continue; // refused by the check and the loader
    const r = readStoryFile(e.name, dir);
    if (r.kind !== 'ok') continue;
    if (includeDrafts || !isDraftText(r.text)) out.add(e.name.slice(0, -3));
  }
  return out;
}
