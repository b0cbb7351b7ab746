/**
 * Hosting under a sub-path: the copy built with BASE=/inspected/ (dist-sub/, served at
 * /inspected/) must never point at the domain root. Every internal href, src, srcset, action,
 * data-pagefind and url() in every HTML and CSS file starts with /inspected/ and answers 200 on
 * the local server; absolute URLs on the site's own origin (canonical, Open Graph) do too. A
 * story, a council page and the home page load in Chromium without a failed request.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { DIST_SUB, SUB_BASE } from './paths';
import { COUNCIL, connect, origin, recordingContext, siteOrigin, storyPath, walk } from './site';
import { extractRefs } from './refs';
import { expectNone } from './report';

/** The page URL (under the base) of an HTML file of the sub-path build. */
function pageUrl(file: string): string {
  return SUB_BASE + file.replace(/(^|\/)index\.html$/, '$1');
}

test('sub-path build: every internal reference starts with /inspected/ and answers 200', async () => {
  const files = walk(DIST_SUB).filter((f) => f.endsWith('.html') || f.endsWith('.css') || f.endsWith('.xml'));
  expect(files.length, `${DIST_SUB}/ has pages`).toBeGreaterThan(10);
  const own = siteOrigin(DIST_SUB);
  const outside: string[] = [];
  // Grouped by reference: a layout's link shows once, with how many files carry it.
  const outsideByRef = new Map<string, { n: number; first: string }>();
  const toCheck = new Map<string, string>(); // path -> first file referring to it
  for (const f of files) {
    const text = readFileSync(join(DIST_SUB, f), 'utf8');
    const here = new URL(pageUrl(f), 'http://local');
    for (const ref of extractRefs(text, f.endsWith('.css') ? 'css' : f.endsWith('.xml') ? 'xml' : 'html')) {
      let u: URL;
      try {
        u = new URL(ref.value, here);
      } catch {
        outside.push(`${f}: unparsable ${ref.kind} ${JSON.stringify(ref.value)}`);
        continue;
      }
      if ((u.origin !== 'http://local' && u.origin !== own) || !/^https?:$/.test(u.protocol)) continue;
      if (!u.pathname.startsWith(SUB_BASE)) {
        const key = `${ref.kind} ${JSON.stringify(ref.value)}`;
        const g = outsideByRef.get(key) ?? { n: 0, first: f };
        g.n++;
        outsideByRef.set(key, g);
        continue;
      }
      // data-pagefind names the search bundle's folder: check its entry file.
      const path = ref.kind === 'data-pagefind' ? `${u.pathname}pagefind.js` : u.pathname;
      if (!toCheck.has(path)) toCheck.set(path, f);
    }
  }
  for (const [key, g] of outsideByRef)
    outside.push(`${key} in ${g.n} file${g.n === 1 ? '' : 's'} (e.g. ${g.first})`);
  expectNone(outside, `references that point outside ${SUB_BASE}`);
  const bad: string[] = [];
  const paths = [...toCheck.keys()];
  for (let i = 0; i < paths.length; i += 16) {
    await Promise.all(
      paths.slice(i, i + 16).map(async (p) => {
        const r = await fetch(origin() + p, { method: 'HEAD', redirect: 'manual' });
        if (r.status !== 200) bad.push(`${p} (from ${toCheck.get(p)}): HTTP ${r.status}`);
      }),
    );
  }
  console.log(`[subpath] ${files.length} files, ${paths.length} distinct internal URLs checked`);
  expectNone(bad, 'internal URLs of the sub-path build that do not answer 200');
});

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

for (const [name, path] of [
  ['home', () => '/'],
  ['story', () => storyPath(DIST_SUB)],
  ['council', () => COUNCIL],
] as const) {
  test(`sub-path build: ${name} page loads in Chromium with every resource`, async () => {
    const url = origin() + SUB_BASE + path().slice(1);
    const { context, rec, watch } = await recordingContext(browser);
    const page = await context.newPage();
    watch(page);
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(200);
    const styled = await page.evaluate(() => [...document.styleSheets].some((s) => s.cssRules.length > 0));
    expect(styled, `${url}: a stylesheet loaded`).toBe(true);
    expectNone(rec.problems(), url);
    await context.close();
  });
}
