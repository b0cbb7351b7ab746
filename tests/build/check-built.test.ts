/**
 * The post-build check (scripts/check-built.ts) on small hand-made builds: each test breaks one
 * thing and expects exactly that problem, named with its file.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuiltSite, cspMetaProblems } from '../../scripts/check-built';
import { CSP_META, headersFile } from '../../src/config/security';
import { isSearchPageFile } from '../../scripts/build-site.mjs';

const META = `<meta http-equiv="Content-Security-Policy" content="${CSP_META}">`;
const page = (body: string, head = META, base = '/') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8">${head}<link rel="stylesheet" href="${base}assets/a.css"></head><body>${body}</body></html>`;

function build(files: Record<string, string>, base = '/'): string {
  const dir = mkdtempSync(join(tmpdir(), 'inspected-built-'));
  const all: Record<string, string> = {
    _headers: headersFile(),
    'sitemap-index.xml': `<sitemapindex><sitemap><loc>https://site.example${base}sitemap-0.xml</loc></sitemap></sitemapindex>`,
    'sitemap-0.xml': `<urlset><url><loc>https://site.example${base}</loc></url></urlset>`,
    'assets/a.css': 'body{background:url(/assets/bg.png)}'.replaceAll('/assets/', `${base}assets/`),
    'assets/bg.png': 'png',
    'index.html': page(
      `<a href="${base}stories/">Stories</a><a href="${base}data/x.csv">CSV</a>`,
      META,
      base,
    ),
    'stories/index.html': page(`<a href="https://site.example${base}">Home</a>`, META, base),
    'data/x.csv': 'a,b\n',
    ...files,
  };
  for (const [f, t] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), t);
  }
  return dir;
}

describe('post-build check', () => {
  it('passes a complete build, counting its pages and references', () => {
    const dir = build({});
    const r = checkBuiltSite(dir, { base: '/' });
    expect(r.problems).toEqual([]);
    expect(r.pages).toBe(2);
    expect(r.references).toBeGreaterThanOrEqual(8);
  });

  it('finds a link to a file that was never built: a chart CSV, an embed, an image', () => {
    const dir = build({
      'stories/s/index.html': page(
        '<a href="/charts/national-grid-london.csv">CSV</a><a href="/embed/national-grid-london/">Embed</a><img src="/og/x.png" alt="">',
      ),
    });
    const { problems } = checkBuiltSite(dir, { base: '/' });
    expect(problems).toEqual([
      `${dir}/stories/s/index.html: href "/charts/national-grid-london.csv": no such file`,
      `${dir}/stories/s/index.html: href "/embed/national-grid-london/": no such page`,
      `${dir}/stories/s/index.html: src "/og/x.png": no such file`,
    ]);
  });

  it('groups a broken link that a layout repeats on every page', () => {
    const dir = build({
      'a/index.html': page('<a href="/nowhere/">x</a>'),
      'b/index.html': page('<a href="/nowhere/">x</a>'),
      'c/index.html': page('<a href="/nowhere/">x</a>'),
    });
    expect(checkBuiltSite(dir, { base: '/' }).problems).toEqual([
      `${dir}/a/index.html: href "/nowhere/": no such page (and in 2 more files)`,
    ]);
  });

  it('checks feeds, sitemaps, CSS and datapackage.json paths too', () => {
    const dir = build({
      'rss.xml': '<rss><channel><item><link>https://site.example/stories/gone/</link></item></channel></rss>',
      'assets/b.css': '.x{background:url(/assets/missing.png)}',
      'data/datapackage.json': JSON.stringify({ resources: [{ path: 'x.csv' }, { path: 'y.csv' }] }),
    });
    expect(checkBuiltSite(dir, { base: '/' }).problems).toEqual([
      `${dir}/assets/b.css: css url() "/assets/missing.png": no such file`,
      `${dir}/data/datapackage.json: json "path" "y.csv": no such file`,
      `${dir}/rss.xml: <link> "https://site.example/stories/gone/": no such page`,
    ]);
  });

  it('refuses a page link without its trailing slash and a javascript: URL', () => {
    const dir = build({
      'x/index.html': page('<a href="/stories">a</a><a href="javascript:alert(1)">b</a>'),
    });
    expect(checkBuiltSite(dir, { base: '/' }).problems).toEqual([
      `${dir}/x/index.html: href "/stories": page link without its trailing slash`,
      `${dir}/x/index.html: href "javascript:alert(1)": javascript: URL`,
    ]);
  });

  it('under a sub-path, a link to the domain root is outside the site', () => {
    const base = '/inspected/';
    const dir = build(
      {
        'x/index.html': page('<a href="/inspected/stories/">ok</a><a href="/stories/">root</a>', META, base),
      },
      base,
    );
    expect(checkBuiltSite(dir, { base }).problems).toEqual([
      `${dir}/x/index.html: href "/stories/": outside the site's base /inspected/`,
    ]);
  });

  it('requires the CSP meta tag on every page, first in <head>, with the one policy', () => {
    const dir = build({
      'none/index.html': page('', ''),
      'late/index.html': `<html><head><link rel="stylesheet" href="/assets/a.css">${META}</head></html>`,
      'other/index.html': page('', `<meta http-equiv="Content-Security-Policy" content="default-src *">`),
    });
    expect(checkBuiltSite(dir, { base: '/' }).problems).toEqual([
      `${dir}/late/index.html: the Content-Security-Policy meta tag comes after content it should govern (put it first in <head>)`,
      `${dir}/none/index.html: no <meta http-equiv="Content-Security-Policy">`,
      `${dir}/other/index.html: Content-Security-Policy meta is "default-src *", expected ${JSON.stringify(CSP_META)}`,
    ]);
    expect(cspMetaProblems(`${META}${META}`)).toEqual(['2 Content-Security-Policy meta tags (expected one)']);
  });

  it('requires _headers as src/config/security.ts writes it', () => {
    const dir = build({ _headers: '/*\n  X-Frame-Options: DENY\n' });
    expect(checkBuiltSite(dir, { base: '/' }).problems).toEqual([
      `${dir}/_headers: differs from headersFile() in src/config/security.ts`,
    ]);
  });

  it('refuses a build that holds a draft story', () => {
    const dir = build({ 'stories/secret-plan/index.html': page('draft') });
    expect(checkBuiltSite(dir, { base: '/', draftSlugs: ['secret-plan'] }).problems).toEqual([
      `${dir}/stories/secret-plan/index.html: draft story "secret-plan" was built`,
    ]);
  });

  it('refuses a page that shows a reader an empty chart slot, a program value or a later date, naming page and text', () => {
    const slot =
      '<inspected-chart data-chart="WyJhZG9wdGlvbiIseyJhdXRob3JpdHkiOiJoYXJpbmdleSJ9XQ"></inspected-chart>';
    const dir = build({
      'inspections/haringey-2014-sif/index.html': page(`<article><p>Adoption</p>${slot}</article>`),
      'authorities/a/index.html': page('<footer>Caseload: NaN</footer>'),
      'authorities/b/index.html': page('<footer>Caseload: NaN</footer>'),
      'authorities/c/index.html': page('<footer>Caseload: NaN</footer>'),
      'authorities/d/index.html': page('<p>Inspected 8 December 2026.</p>'),
    });
    expect(checkBuiltSite(dir, { base: '/', today: '2026-12-07' }).problems).toEqual([
      `${dir}/authorities/a/index.html: "NaN" (a number that did not compute) in the text: "Caseload: NaN" (and on 2 more pages)`,
      `${dir}/authorities/d/index.html: a date after the build day (2026-12-07): "Inspected 8 December 2026."`,
      `${dir}/inspections/haringey-2014-sif/index.html: an unrendered placeholder <inspected-chart>: "${slot.replace('</inspected-chart>', '')}"`,
    ]);
  });

  it('refuses a searchable page in a section Pagefind does not read', () => {
    const dir = build({
      'authorities/haringey/index.html': page('<main data-pagefind-body>Haringey</main>'),
      'glossary/index.html': page('<main data-pagefind-body>Words</main>'),
    });
    expect(checkBuiltSite(dir, { base: '/' }).problems).toEqual([
      `${dir}/glossary/index.html: searchable (data-pagefind-body) but Pagefind does not read its section (SEARCH_SECTIONS in scripts/build-site.mjs)`,
    ]);
    expect(
      [
        'stories/a/index.html',
        'inspections/b/index.html',
        'authorities/index.html',
        'authorities/region/x/index.html',
      ].map(isSearchPageFile),
    ).toEqual([true, true, false, false]);
  });
});
