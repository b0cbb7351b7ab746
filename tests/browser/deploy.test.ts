/**
 * The two builds the browser tests use, as they would be deployed (docs/deploy.md): dist/ at the
 * domain root without SITE (a local preview: placeholder address), dist-sub/ (the tiny fixture
 * site) under /inspected/ with SITE set (as for GitHub Pages). Every page of the sub-path build
 * carries the Content-Security-Policy meta tag and every internal link resolves under its base
 * (the post-build check, which dist/ passed when it was built), and the server gives each path the
 * headers of its build's `_headers`, as Netlify and Cloudflare Pages would.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkBuiltSite } from '../../scripts/check-built';
import { CACHE_HEADERS, CSP_META, cspHeader } from '../../src/config/security';
import { PLACEHOLDER_SITE } from '../../src/config/urls';
import { DIST, DIST_SUB, SUB_BASE, SUB_SITE } from './paths';
import { expectNone } from './report';
import { embedSample, origin, siteOrigin } from './site';

// dist/ passed the same check when it was built (npm run build runs it before publishing); the
// sub-path build is checked here with the base it was built for.
test(`${DIST_SUB}: every page carries the CSP meta tag and every internal link resolves under ${SUB_BASE}`, () => {
  const r = checkBuiltSite(DIST_SUB, { base: SUB_BASE });
  console.log(`[deploy] ${DIST_SUB}/: ${r.pages} pages, ${r.references} internal references`);
  expect(r.pages).toBeGreaterThan(10);
  expectNone(r.problems, `${DIST_SUB}/ post-build check`);
});

test('dist/ was built without SITE (placeholder), dist-sub/ with it', () => {
  expect(siteOrigin(DIST)).toBe(PLACEHOLDER_SITE);
  expect(siteOrigin(DIST_SUB)).toBe(SUB_SITE);
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(
    readFileSync(join(DIST_SUB, 'about', 'index.html'), 'utf8'),
  )?.[1];
  expect(canonical).toBe(`${SUB_SITE}${SUB_BASE}about/`);
});

test('the sub-path build is served with the headers of its _headers, per kind of path', async () => {
  const embed = embedSample(1, DIST_SUB)[0] ?? '/embed/missing/';
  const css = readdirSync(join(DIST_SUB, 'assets')).find((f) => f.endsWith('.css')) ?? 'missing.css';
  const cases: [string, string, string][] = [
    [`${SUB_BASE}`, cspHeader('page'), CACHE_HEADERS.revalidate],
    [`${SUB_BASE}stories/`, cspHeader('page'), CACHE_HEADERS.revalidate],
    [`${SUB_BASE}data/inspections.csv`, cspHeader('page'), CACHE_HEADERS.revalidate],
    [`${SUB_BASE}${embed.slice(1)}`, cspHeader('embed'), CACHE_HEADERS.revalidate],
    [`${SUB_BASE}assets/${css}`, cspHeader('page'), CACHE_HEADERS.immutable],
  ];
  for (const [path, csp, cache] of cases) {
    const res = await fetch(origin() + path);
    expect(res.status, path).toBe(200);
    expect(res.headers.get('content-security-policy'), path).toBe(csp);
    expect(res.headers.get('cache-control'), path).toBe(cache);
    expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
    const body = await res.text();
    if (path.endsWith('/'))
      expect(body, path).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP_META}">`);
  }
});
