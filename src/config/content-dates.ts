/**
 * When each story's and write-up's page last changed, for the sitemap's `lastmod`
 * (astro.config.mjs): the page's path and its `updated` date, else its `published` date, read
 * from the published files' frontmatter by the one safe reader. Drafts are left out, as the build
 * leaves them out. Invalid files are the check's and the loader's to refuse; here they are skipped.
 */
import { readFrontmatter } from './frontmatter';
import { readStoryFile, storiesDir, storyEntries, writeUpsDir } from './site-paths';

function dateText(v: unknown): string | null {
  if (v instanceof Date && !isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  return null;
}

/** Site path (e.g. `/inspections/haringey-2014-sif/`) to yyyy-mm-dd of its last change. */
export function contentLastmod(
  folders: readonly { dir: string; path: string; what: 'story' | 'write-up' }[] = [
    { dir: storiesDir, path: '/stories/', what: 'story' },
    { dir: writeUpsDir, path: '/inspections/', what: 'write-up' },
  ],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of folders)
    for (const e of storyEntries(f.dir)) {
      if (!e.isFile) continue;
      const r = readStoryFile(e.name, f.dir, f.what);
      if (r.kind !== 'ok') continue;
      const fm = readFrontmatter(r.text);
      if (!('data' in fm) || fm.data['draft'] === true) continue;
      const published = dateText(fm.data['published']);
      const updated = dateText(fm.data['updated']);
      const last = updated && published && updated > published ? updated : published;
      if (last) out.set(`${f.path}${e.name.slice(0, -'.md'.length)}/`, last);
    }
  return out;
}
