/**
 * Councils first, end to end: on the built site's search page (Pagefind's index and the place
 * index /search/places.json, in Chromium, served with the site's CSP), a query for a council's
 * name, another name for it, one of the districts it runs children's services for, and a name
 * with one typo each list that council's page first, above stories; a query that names no council
 * leaves Pagefind's order alone. This is the browser smoke test of public/search.js and
 * public/search-places.js: matchPlaces is checked against every query of the shared list
 * (tests/helpers/place-queries.ts) without a browser, in tests/data/match-places.test.ts.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { NOT_PLACES, PLACE_QUERIES } from '../helpers/place-queries';
import { connect, origin, recordingContext, type Recorder } from './site';
import { expectNone } from './report';

let browser: Browser;
let page: Page;
let rec: Recorder;
let close: () => Promise<void>;
beforeAll(async () => {
  browser = await connect();
  const r = await recordingContext(browser);
  rec = r.rec;
  page = await r.context.newPage();
  r.watch(page);
  close = () => r.context.close();
  await page.goto(`${origin()}/search/`);
});
afterAll(async () => {
  await close();
  await browser.close();
});

/**
 * Type a query, submit it, and return the first result: its path and whether it was put first as
 * a council. Status and results are read in one step, as the page writes them in one task.
 */
async function firstResult(query: string): Promise<{ path: string; council: boolean; shown: string[] }> {
  await page.locator('#q').fill(query);
  await page.locator('#search-form button[type="submit"]').click();
  const handle = await page.waitForFunction(
    (q) => {
      if (!(document.getElementById('search-status')?.textContent ?? '').endsWith(`“${q}”`)) return null;
      const links = [...document.querySelectorAll<HTMLAnchorElement>('#search-results li > a')];
      const first = links[0];
      return {
        path: first ? new URL(first.href).pathname : '',
        council: first?.parentElement?.classList.contains('place-match') ?? false,
        shown: links.slice(0, 4).map((a) => new URL(a.href).pathname),
      };
    },
    query,
    { timeout: 20_000 },
  );
  return (await handle.jsonValue()) as { path: string; council: boolean; shown: string[] };
}

/** One query of each kind, end to end; every query is checked without a browser. */
const SMOKE = (['name', 'alias', 'district', 'typo'] as const).map((kind) => {
  const q = PLACE_QUERIES.find((x) => x[2] === kind);
  if (!q) throw new Error(`no ${kind} query in tests/helpers/place-queries.ts`);
  return q;
});

test(`a name, an alias, a district and a typo each list their council's page first`, async () => {
  const wrong: string[] = [];
  for (const [query, council] of SMOKE) {
    const r = await firstResult(query);
    if (r.path !== `/authorities/${council}/` || !r.council)
      wrong.push(`"${query}": expected /authorities/${council}/ first, got ${JSON.stringify(r.shown)}`);
  }
  expect(wrong).toEqual([]);
  expectNone(rec.problems(), 'problems while searching');
});

test('a query that names no council keeps Pagefind’s own first result', async () => {
  for (const query of NOT_PLACES) {
    const r = await firstResult(query);
    expect(r.path, query).not.toBe('');
    expect(r.council, `${query} put a council first: ${JSON.stringify(r.shown)}`).toBe(false);
  }
});
