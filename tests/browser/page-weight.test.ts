/**
 * Every page, embeds included, weighs 30 KB or less in total transfer (gzip): its HTML (with
 * the inline SVG charts), every stylesheet it links and every SVG it loads (icon, images).
 * Fonts are excepted (the site uses system fonts). Prints the heaviest pages, so a page that
 * grows shows before it fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { DIST } from './paths';
import { builtPages } from './html-text';
import { expectNone } from './report';

const BUDGET = 30 * 1024;

const gz = new Map<string, number>();
function gzipBytes(file: string): number {
  let n = gz.get(file);
  if (n === undefined) gz.set(file, (n = gzipSync(readFileSync(file), { level: 6 }).length));
  return n;
}

/** Files the page makes the browser fetch that count towards the budget (CSS and SVG). */
export function assetsOf(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<link\b[^>]*\bhref="([^"]+\.(?:css|svg))"[^>]*>/g)) out.add(m[1] ?? '');
  for (const m of html.matchAll(/<img\b[^>]*\bsrc="([^"]+\.svg)"/g)) out.add(m[1] ?? '');
  return [...out].filter((u) => !/^[a-z]+:/i.test(u));
}

/** A site path of the build (possibly under a base path) as a file in DIST. */
function fileOf(url: string): string {
  const parts = url.replace(/^\/+/, '').split('/');
  for (let i = 0; i < parts.length; i++) {
    const f = join(DIST, ...parts.slice(i));
    if (existsSync(f)) return f;
  }
  throw new Error(`page links ${url}, which is not in ${DIST}/`);
}

test('every page weighs 30 KB or less (gzip: HTML, CSS, SVG)', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(100);
  const weights = pages.map(([f, html]) => {
    const assets = assetsOf(html).map(fileOf);
    const bytes = gzipSync(html, { level: 6 }).length + assets.reduce((s, a) => s + gzipBytes(a), 0);
    return { f, bytes };
  });
  weights.sort((a, b) => b.bytes - a.bytes);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `[page weight] heaviest of ${weights.length} pages:\n${weights
      .slice(0, 10)
      .map((w) => `  ${kb(w.bytes)}  ${w.f}`)
      .join('\n')}`,
  );
  expectNone(
    weights.filter((w) => w.bytes > BUDGET).map((w) => `${w.f}: ${kb(w.bytes)}`),
    `pages over ${kb(BUDGET)}`,
  );
});

test('the weight counts linked stylesheets and SVG images', () => {
  expect(
    assetsOf(
      '<link rel="stylesheet" href="/assets/a.css"><link rel="icon" href="/favicon.svg"><img src="/x.svg" alt="">',
    ),
  ).toEqual(['/assets/a.css', '/favicon.svg', '/x.svg']);
});
