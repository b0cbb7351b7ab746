/**
 * Links across the built site (dist/), checked on the files without a browser, for what the
 * post-build check (scripts/check-built.ts, run by every build: every internal link and resource
 * resolves to a built file) does not check: every #fragment names an id on its target page, and
 * every external link is a well-formed https URL. Absolute URLs on the site's own origin
 * (canonical, og:url, og:image, feed and sitemap entries) count as internal.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DIST } from './paths';
import { anchorIds, extractRefs, fragmentLinks } from './refs';
import { siteOrigin, walk } from './site';
import { expectNone } from './report';

const files = walk(DIST);
const htmlFiles = files.filter((f) => f.endsWith('.html'));
const own = siteOrigin(DIST);

function pageUrl(file: string): string {
  return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}

/** The built file a site path is served from, or why there is none. */
function resolvePath(pathname: string): { file: string } | { error: string } {
  const rel = pathname.replace(/^\/+/, '');
  const target = join(DIST, rel);
  if (pathname.endsWith('/')) {
    const index = join(target, 'index.html');
    return existsSync(index) ? { file: index } : { error: 'no such page' };
  }
  if (existsSync(target) && statSync(target).isFile()) return { file: target };
  if (existsSync(join(target, 'index.html'))) return { error: 'page link without its trailing slash' };
  return { error: 'no such file' };
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = anchorIds(readFileSync(file, 'utf8'));
    idCache.set(file, ids);
  }
  return ids;
}

test('every #fragment link points at an id on its target page', () => {
  expect(htmlFiles.length).toBeGreaterThan(10);
  const broken: string[] = [];
  for (const f of htmlFiles) {
    const here = new URL(pageUrl(f), 'http://local');
    for (const link of fragmentLinks(readFileSync(join(DIST, f), 'utf8'))) {
      let u: URL;
      try {
        u = new URL(link, here);
      } catch {
        continue; // reported by the post-build check
      }
      if (u.origin !== 'http://local' && u.origin !== own) continue;
      const frag = decodeURIComponent(u.hash.slice(1));
      if (!frag) continue;
      const r = link.startsWith('#') ? { file: join(DIST, f) } : resolvePath(decodeURIComponent(u.pathname));
      if ('error' in r) continue; // reported by the post-build check
      if (!r.file.endsWith('.html')) continue;
      if (!idsOf(r.file).has(frag))
        broken.push(`${f}: ${JSON.stringify(link)}: no element with id "${frag}" in ${r.file}`);
    }
  }
  expectNone(broken, 'fragment links to missing ids');
});

test('every external link is a well-formed https URL', () => {
  const bad: string[] = [];
  const hosts = new Set<string>();
  for (const f of files.filter((x) => /\.(html|xml)$/.test(x))) {
    const type = f.endsWith('.xml') ? 'xml' : 'html';
    for (const ref of extractRefs(readFileSync(join(DIST, f), 'utf8'), type)) {
      if (!/^[a-z][a-z0-9+.-]*:/i.test(ref.value) && !ref.value.startsWith('//')) continue; // relative: internal
      let u: URL;
      try {
        u = new URL(ref.value);
      } catch {
        bad.push(`${f}: ${ref.kind} ${JSON.stringify(ref.value)} does not parse`);
        continue;
      }
      if (u.origin === own) continue;
      if (u.protocol !== 'https:') bad.push(`${f}: ${ref.kind} ${JSON.stringify(ref.value)} is not https`);
      else if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(u.hostname) || /\s/.test(ref.value)) {
        bad.push(`${f}: ${ref.kind} ${JSON.stringify(ref.value)} is malformed`);
      } else hosts.add(u.hostname);
    }
  }
  console.log(`[links] external hosts: ${[...hosts].sort().join(', ')}`);
  expectNone(bad, 'external links that are not well-formed https URLs');
});
