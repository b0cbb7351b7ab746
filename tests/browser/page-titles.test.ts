/**
 * Every page has a title of its own, written out in full, and a heading: every sitemap URL has
 * a unique, uncut <title> (no "…"), and so has every embed page (two councils are both called
 * "Dorset": the former one says so). Every page, embeds included, has exactly one <h1>, and a
 * title that fits search results (src/config/page-title.ts, as html-validate counts it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DIST } from './paths';
import { builtPages, pageTitle } from './html-text';
import { sitemapPaths } from './site';
import { expectNone } from './report';
import { MAX_TITLE_CHARS, titleFits, titleLength } from '../../src/config/page-title';

/** The built file of a site path (the build's base is stripped by matching the tail). */
function fileOf(path: string): string {
  const rel = path.replace(/^\/+/, '');
  for (let i = 0; i <= rel.split('/').length; i++) {
    const tail = rel.split('/').slice(i).join('/');
    const f = join(DIST, tail, 'index.html');
    if (existsSync(f)) return f;
  }
  throw new Error(`no built file for ${path}`);
}

function duplicates(titles: [where: string, title: string][]): string[] {
  const by = new Map<string, string[]>();
  for (const [where, t] of titles) by.set(t, [...(by.get(t) ?? []), where]);
  return [...by]
    .filter(([, ws]) => ws.length > 1)
    .map(([t, ws]) => `"${t}" on ${ws.length} pages: ${ws.join(', ')}`);
}

test('sitemap pages: unique, uncut titles', () => {
  const paths = sitemapPaths();
  expect(paths.length).toBeGreaterThan(100);
  const titles = paths.map((p): [string, string] => [p, pageTitle(readFileSync(fileOf(p), 'utf8'))]);
  const problems = [
    ...titles.filter(([, t]) => !t).map(([p]) => `${p}: no <title>`),
    ...titles.filter(([, t]) => /…|\.\.\.$/.test(t)).map(([p, t]) => `${p}: title cut short: "${t}"`),
    ...duplicates(titles),
  ];
  expectNone(problems, `titles of ${paths.length} sitemap pages`);
});

test(`every built page's title is at most ${MAX_TITLE_CHARS} characters as written`, () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(100);
  const problems = pages
    .map(([f, html]) => [f, pageTitle(html)] as const)
    .filter(([, t]) => !titleFits(t))
    .map(([f, t]) => `${f}: ${titleLength(t)} characters: "${t}"`);
  expectNone(problems, `titles of ${pages.length} built pages`);
});

test('embed pages: unique, uncut titles', () => {
  const embeds = builtPages().filter(([f]) => f.startsWith('embed/'));
  expect(embeds.length).toBeGreaterThan(100);
  const titles = embeds.map(([f, html]): [string, string] => [f, pageTitle(html)]);
  expectNone(
    [...titles.filter(([, t]) => !t || /…/.test(t)).map(([f, t]) => `${f}: "${t}"`), ...duplicates(titles)],
    `titles of ${embeds.length} embed pages`,
  );
});

test('every page, embeds included, has exactly one h1', () => {
  const pages = builtPages();
  const problems = pages
    .map(([f, html]) => [f, (html.match(/<h1\b/g) ?? []).length] as const)
    .filter(([, n]) => n !== 1)
    .map(([f, n]) => `${f}: ${n} h1 elements`);
  expectNone(problems, `headings of ${pages.length} pages`);
});
