/**
 * docs/deploy.md says what the code does: its nginx config sends, for every kind of path, exactly
 * the headers that the build's `_headers` gives Netlify and Cloudflare Pages (both from
 * src/config/security.ts); its GitHub Pages workflow builds with SITE and BASE; the address
 * rules it states are the ones src/config/urls.ts applies.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, CSP_META, cspHeader, headersFile } from '../../src/config/security';
import { PLACEHOLDER_SITE, siteAddress } from '../../src/config/urls';
import { headersFor, parseHeadersFile } from '../browser/server';

const doc = readFileSync('docs/deploy.md', 'utf8');

function fenced(lang: string): string {
  const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(doc);
  if (!m?.[1]) throw new Error(`docs/deploy.md has no \`\`\`${lang} block`);
  return m[1];
}

interface Location {
  prefix: string;
  headers: Map<string, string>;
}

/** nginx `location <prefix> { ... add_header Name "value" always; ... }` blocks. */
function nginxLocations(conf: string): Location[] {
  const out: Location[] = [];
  for (const m of conf.matchAll(/^\s*location\s+(\S+)\s*\{([^}]*)\}/gm)) {
    const headers = new Map<string, string>();
    for (const h of (m[2] ?? '').matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;\s*$/gm))
      headers.set((h[1] ?? '').toLowerCase(), h[2] ?? '');
    out.push({ prefix: m[1] ?? '', headers });
  }
  return out;
}

/** The headers nginx sends for a path: those of the longest matching prefix location. */
function nginxHeaders(locations: Location[], path: string): Map<string, string> {
  const match = locations
    .filter((l) => path.startsWith(l.prefix))
    .sort((a, b) => b.prefix.length - a.prefix.length)[0];
  return match?.headers ?? new Map<string, string>();
}

const SUB = '/inspected';
const PATHS = [
  '/',
  '/authorities/haringey/',
  '/stories/2/',
  '/404.html',
  '/data/inspections.csv',
  '/charts/trajectory-haringey.csv',
  '/rss.xml',
  '/pagefind/pagefind.js',
  '/embed/trajectory-haringey/',
  '/assets/global.abc123.css',
];

describe('docs/deploy.md', () => {
  const locations = nginxLocations(fenced('nginx'));
  const rules = parseHeadersFile(headersFile());

  it('has an nginx location for the site, its embeds and its assets, under the sub-path', () => {
    expect(locations.map((l) => l.prefix)).toEqual([`${SUB}/`, `${SUB}/embed/`, `${SUB}/assets/`]);
  });

  it.each(PATHS)(
    'nginx sends %s the same headers as _headers does on Netlify and Cloudflare Pages',
    (path) => {
      const nginx = Object.fromEntries(nginxHeaders(locations, SUB + path));
      for (const semantics of ['netlify', 'cloudflare'] as const) {
        const host = Object.fromEntries(
          [...headersFor(rules, path, semantics)].map(([k, v]) => [k.toLowerCase(), v]),
        );
        expect(nginx, `${path} (${semantics})`).toEqual(host);
      }
      expect(nginx['content-security-policy']).toBe(cspHeader(path.startsWith('/embed/') ? 'embed' : 'page'));
    },
  );

  it("gives the pages' meta policy: the header's directives without frame-ancestors", () => {
    expect(CSP_META).not.toMatch(/frame-ancestors|report-uri|sandbox/);
    expect(cspHeader('page')).toBe(`${CSP_META}; frame-ancestors 'self'`);
    expect(cspHeader('embed')).toBe(`${CSP_META}; frame-ancestors *`);
    expect(CSP_META.split('; ').map((d) => d.split(' ')[0])).toEqual(CSP_DIRECTIVES.map(([n]) => n));
    expect(cspHeader()).not.toMatch(/'unsafe-(inline|eval)'/);
  });

  it('builds the GitHub Pages site with SITE and BASE, from dist/, on Node 22', () => {
    const yaml = fenced('yaml');
    expect(yaml).toMatch(/^\s+- run: npm ci$/m);
    expect(yaml).toMatch(
      /^\s+- run: npm run build\n\s+env:\n\s+SITE: https:\/\/\S+\n\s+BASE: \/inspected\/$/m,
    );
    expect(yaml).toMatch(/^\s+path: dist$/m);
    expect(yaml).toMatch(/node-version: 22$/m);
  });

  it('builds on Netlify from dist/ with SITE', () => {
    const toml = fenced('toml');
    expect(toml).toContain('command = "npm run build"');
    expect(toml).toContain('publish = "dist"');
    expect(toml).toMatch(/SITE = "https:\/\/[^"/]+"/);
  });

  it('states the address rules the build applies', () => {
    expect(doc).toContain(PLACEHOLDER_SITE);
    expect(siteAddress(undefined)).toBe(PLACEHOLDER_SITE);
    expect(siteAddress('https://inspected.news')).toBe('https://inspected.news');
    expect(siteAddress('https://inspected.news/')).toBe('https://inspected.news');
    expect(() => siteAddress('https://example.github.io/inspected')).toThrow(/put a sub-path in BASE/);
    expect(() => siteAddress('inspected.news')).toThrow(/is not an address/);
    expect(() => siteAddress('ftp://inspected.news')).toThrow(/expected only the origin/);
  });
});
