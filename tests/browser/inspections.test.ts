/**
 * The inspection pages, lists and feeds in the built site (dist/), read without a browser:
 * every inspection and visit in the data has its page, reachable from its council's page and by
 * paging through /inspections/; the feeds are well-formed XML that a feed reader parses, with
 * items linking built pages; council pages announce their feed; list pages stay small.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseFeed } from '@rowanmanning/feed-parser';
import matter from 'gray-matter';
import { SaxesParser } from 'saxes';
import { expect, test } from 'vitest';
import { loadDataset } from '../../src/data/load';
import {
  councilInspections,
  inspectionByPageId,
  inspectionPageIdList,
  pageIdOf,
} from '../../src/data/inspection-pages';
import { DIST } from './paths';
import { expectNone } from './report';
import { siteOrigin } from './site';

const data = loadDataset();
const ids = inspectionPageIdList(data);
const read = (sitePath: string) =>
  readFileSync(join(DIST, sitePath, sitePath.endsWith('/') ? 'index.html' : ''), 'utf8');
const hrefs = (html: string) => [...html.matchAll(/href="([^"#]+)(?:#[^"]*)?"/g)].map((m) => m[1] ?? '');

test('every inspection and visit in the data has its own page, and nothing else is under /inspections/<id>/', () => {
  const problems = ids
    .filter((id) => !existsSync(join(DIST, 'inspections', id, 'index.html')))
    .map((id) => `no page for ${id}`);
  expectNone(problems, 'inspection pages');
  const lists = new Set(['year', 'framework', 'grade', 'page']);
  const built = readdirSync(join(DIST, 'inspections'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !lists.has(e.name))
    .map((e) => e.name);
  expect(built.length).toBe(data.inspections.length);
  expect(new Set(built)).toEqual(new Set(ids));
});

test('every inspection page is linked from its council’s page', () => {
  const problems: string[] = [];
  for (const slug of data.authorities.keys()) {
    const links = new Set(hrefs(read(`/authorities/${slug}/`)));
    for (const i of councilInspections(data, slug)) {
      const path = `/inspections/${pageIdOf(data, i)}/`;
      if (!links.has(path)) problems.push(`${slug}: no link to ${path}`);
    }
  }
  expectNone(problems, 'council pages link their inspections');
});

test('every inspection page is reachable from /inspections/ by following its pages', () => {
  const seen = new Set<string>(['/inspections/']);
  const queue = ['/inspections/'];
  const found = new Set<string>();
  while (queue.length) {
    const page = queue.shift() ?? '';
    for (const h of hrefs(read(page))) {
      if (/^\/inspections\/page\/\d+\/$/.test(h) && !seen.has(h)) {
        seen.add(h);
        queue.push(h);
      }
      const m = /^\/inspections\/([a-z0-9-]+)\/$/.exec(h);
      if (m && ids.includes(m[1] ?? '')) found.add(m[1] ?? '');
    }
  }
  expectNone(
    ids.filter((id) => !found.has(id)).map((id) => `${id} is not listed`),
    'the inspections list',
  );
  // Newest first: the first row of /inspections/ is the newest inspection.
  const first = hrefs(read('/inspections/')).find((h) => ids.some((id) => h === `/inspections/${id}/`));
  expect(first).toBe(`/inspections/${ids[0] ?? ''}/`);
});

function wellFormed(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser();
  parser.on('error', (e) => errors.push(e.message));
  parser.write(xml).close();
  return errors;
}

function checkFeed(file: string, expectedItems: number): string[] {
  const xml = readFileSync(join(DIST, file), 'utf8');
  const problems = wellFormed(xml).map((e) => `${file}: not well-formed XML: ${e}`);
  if (problems.length) return problems;
  const feed = parseFeed(xml);
  const origin = siteOrigin(DIST);
  if (feed.meta.type !== 'rss') problems.push(`${file}: type ${feed.meta.type}`);
  // Every feed names itself and says when it last changed (the newest item's date, not the clock).
  if (feed.self !== `${origin}/${file}`)
    problems.push(`${file}: atom:link rel="self" is ${feed.self ?? 'missing'}`);
  const newest = Math.max(...feed.items.map((i) => i.published?.getTime() ?? 0));
  if (feed.items.length && (feed.updated?.getTime() ?? 0) < newest)
    problems.push(
      `${file}: lastBuildDate ${feed.updated?.toISOString() ?? 'missing'} is older than its newest item`,
    );
  if (!feed.title || !feed.description) problems.push(`${file}: no title or description`);
  if (feed.items.length !== expectedItems)
    problems.push(`${file}: ${feed.items.length} items, expected ${expectedItems}`);
  let last = Infinity;
  for (const item of feed.items) {
    const url = item.url ?? '';
    if (!url.startsWith(origin)) problems.push(`${file}: item link ${url} is not on ${origin}`);
    const path = url.slice(origin.length).replace(/#.*$/, '');
    if (!existsSync(join(DIST, path, 'index.html'))) problems.push(`${file}: item link ${url} has no page`);
    if (!item.title || !item.description) problems.push(`${file}: item ${url} has no title or description`);
    const t = item.published?.getTime();
    if (t === undefined || Number.isNaN(t)) problems.push(`${file}: item ${url} has no date`);
    else if (t > last) problems.push(`${file}: item ${url} is out of date order`);
    else last = t;
  }
  return problems;
}

/** The published write-ups (content/inspections/), by page id, with their dates. */
const writeUpsDir = join(process.cwd(), 'content', 'inspections');
const writeUps = readdirSync(writeUpsDir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => ({ page: f.replace(/\.md$/, ''), fm: matter(readFileSync(join(writeUpsDir, f), 'utf8')).data }))
  .filter((w) => w.fm['draft'] !== true)
  .map((w) => ({ page: w.page, title: String(w.fm['title']), published: w.fm['published'] as Date }));

test('the inspections feed is valid RSS with the newest 50 inspections and write-ups, each linking its page', () => {
  expectNone(
    checkFeed('inspections/rss.xml', Math.min(50, ids.length + writeUps.length)),
    'inspections feed',
  );
  const feed = parseFeed(readFileSync(join(DIST, 'inspections/rss.xml'), 'utf8'));
  const origin = siteOrigin(DIST);
  // Each write-up newer than the 50th item is there by its own title, linking its section.
  const cutoff = feed.items.at(-1)?.published?.getTime() ?? 0;
  for (const w of writeUps.filter((x) => x.published.getTime() > cutoff))
    expect(
      feed.items.some((i) => i.title === w.title && i.url === `${origin}/inspections/${w.page}/#write-up`),
      w.page,
    ).toBe(true);
  expect(feed.items.some((i) => i.url === `${origin}/inspections/${ids[0] ?? ''}/`)).toBe(true);
});

test('every council has a valid feed of its inspections, write-ups and stories, announced on its page', () => {
  const problems: string[] = [];
  // Stories about each council: the published stories' front matter (the feed's other items).
  const storyCount = new Map<string, number>();
  const storiesDir = join(process.cwd(), 'content', 'stories');
  for (const f of readdirSync(storiesDir).filter((x) => x.endsWith('.md'))) {
    const fm = matter(readFileSync(join(storiesDir, f), 'utf8')).data as {
      draft?: boolean;
      authorities?: string[];
    };
    if (fm.draft) continue;
    for (const s of fm.authorities ?? []) storyCount.set(s, (storyCount.get(s) ?? 0) + 1);
  }
  for (const slug of data.authorities.keys()) {
    problems.push(
      ...checkFeed(
        `authorities/${slug}/rss.xml`,
        councilInspections(data, slug).length +
          (storyCount.get(slug) ?? 0) +
          writeUps.filter((w) => inspectionByPageId(data, w.page)?.authority === slug).length,
      ),
    );
    const head = read(`/authorities/${slug}/`).split('</head>')[0] ?? '';
    const announced = [...head.matchAll(/<link\b[^>]*>/g)].some(
      (m) => m[0].includes('rel="alternate"') && m[0].includes(`href="/authorities/${slug}/rss.xml"`),
    );
    if (!announced) problems.push(`${slug}: no <link rel="alternate"> to its feed in <head>`);
  }
  expectNone(problems, 'council feeds');
  expect(storyCount.get('haringey') ?? 0).toBeGreaterThan(0);
});

test('list pages stay under 30 KB gzipped; inspection pages under 60 KB', () => {
  const problems: string[] = [];
  const lists: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(join(DIST, dir), { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      const sub = `${dir}/${e.name}`;
      if (existsSync(join(DIST, sub, 'index.html')) && !ids.includes(e.name)) lists.push(`/${sub}/`);
      if (!ids.includes(e.name)) walk(sub);
    }
  };
  lists.push('/inspections/');
  walk('inspections');
  for (const p of lists) {
    const size = gzipSync(read(p)).length;
    if (size > 30 * 1024) problems.push(`${p}: ${size} bytes gzipped`);
  }
  for (const id of ids) {
    const size = gzipSync(read(`/inspections/${id}/`)).length;
    if (size > 60 * 1024) problems.push(`/inspections/${id}/: ${size} bytes gzipped`);
  }
  expectNone(problems, 'page sizes');
  expect(lists.length).toBeGreaterThan(20);
});
