/**
 * The built site's files, read without a browser: sitemap URLs, HTML files, representative
 * pages (the story with the most charts, Haringey's council page) and a sample of embeds.
 * Shared by the browser tests and scripts/audit-lighthouse.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listBuilt } from '../../scripts/check-built';
import { DIST } from './paths';

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1] ?? '').filter(Boolean);
}

/** The public origin the build was made for (SITE), read from its sitemap. */
export function siteOrigin(dir = DIST): string {
  const first = locs(readFileSync(join(dir, 'sitemap-index.xml'), 'utf8'))[0];
  if (!first) throw new Error(`${dir}/sitemap-index.xml lists no sitemap`);
  return new URL(first).origin;
}

/** Site paths (with the build's base) of every URL in the build's sitemap, in sitemap order. */
export function sitemapPaths(dir = DIST): string[] {
  const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
  const out: string[] = [];
  for (const sm of locs(index)) {
    const file = join(dir, new URL(sm).pathname.split('/').pop() ?? '');
    for (const u of locs(readFileSync(file, 'utf8'))) out.push(new URL(u).pathname);
  }
  return out;
}

/** Every file under `dir`, as paths relative to it with `/` separators, sorted (the post-build check's own list). */
export const walk = listBuilt;

export function htmlFiles(dir = DIST): string[] {
  return walk(dir).filter((f) => f.endsWith('.html'));
}

/** Sub-folders of `dist/<section>/` that hold a page. */
function pagesIn(section: string, dir = DIST): string[] {
  const d = join(dir, section);
  if (!existsSync(d)) return [];
  return readdirSync(d)
    .filter((e) => existsSync(join(d, e, 'index.html')))
    .sort();
}

function countCharts(file: string): number {
  return (readFileSync(file, 'utf8').match(/<figure\b[^>]*class="chart\b/g) ?? []).length;
}

/** The story with the most charts (ties: first by name), so chart checks have something to check. */
export function storyPath(dir = DIST): string {
  const slugs = pagesIn('stories', dir);
  if (!slugs.length) throw new Error(`no story pages in ${dir}/stories/`);
  let best = slugs[0] ?? '';
  let most = -1;
  for (const s of slugs) {
    const n = countCharts(join(dir, 'stories', s, 'index.html'));
    if (n > most) [best, most] = [s, n];
  }
  return `/stories/${best}/`;
}

export const COUNCIL = '/authorities/haringey/';

/** An evenly spread, deterministic sample of the embed pages (they are not in the sitemap). */
export function embedSample(n = 8, dir = DIST): string[] {
  const ids = pagesIn('embed', dir);
  if (ids.length <= n) return ids.map((id) => `/embed/${id}/`);
  if (n === 1) return [`/embed/${ids[0] ?? ''}/`];
  const out = new Set<string>();
  for (let i = 0; i < n; i++) out.add(`/embed/${ids[Math.round((i * (ids.length - 1)) / (n - 1))] ?? ''}/`);
  return [...out];
}

/** Every embed page (they are not in the sitemap), sorted. */
export function embedPaths(dir = DIST): string[] {
  return pagesIn('embed', dir).map((id) => `/embed/${id}/`);
}
