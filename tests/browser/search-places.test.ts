/**
 * Councils first: on the built site's search page (Pagefind's index and the place index
 * /search/places.json, in Chromium, served with the site's CSP), a query for a council's name, one
 * of the districts or boroughs it runs children's services for, another name for it, or any of
 * these with one typo, lists that council's page first, above stories. A query that names no
 * council leaves Pagefind's order alone. District queries are checked against data/places.csv, so
 * the list below cannot drift from the data.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadDataset } from '../../src/data/load';
import { placesOf } from '../../src/data/places';
import { connect, origin, recordingContext, type Recorder } from './site';
import { expectNone } from './report';

type Kind = 'name' | 'alias' | 'district' | 'typo';
/** Query, the council whose page must come first, and what the query is. */
const QUERIES: [query: string, council: string, kind: Kind][] = [
  ['Haringey', 'haringey', 'name'],
  ['Havering', 'havering', 'name'],
  ['Essex', 'essex', 'name'],
  ['Kent', 'kent', 'name'],
  ['Manchester', 'manchester', 'name'],
  ['Birmingham', 'birmingham', 'name'],
  ['Cornwall', 'cornwall', 'name'],
  ['City of London', 'city-of-london', 'name'],
  ['North Yorkshire', 'north-yorkshire', 'name'],
  ['Telford and Wrekin', 'telford-and-wrekin', 'name'],
  ['Hammersmith & Fulham', 'hammersmith-and-fulham', 'name'],
  ['stoke on trent', 'stoke-on-trent', 'name'],
  ['Essex County Council', 'essex', 'name'],
  ['County Durham', 'durham', 'name'],
  ['Bristol', 'bristol', 'name'],
  ['Bristol, City of', 'bristol', 'name'],
  ['Durham', 'durham', 'name'],
  ['Hull', 'kingston-upon-hull', 'alias'],
  ['Southend', 'southend-on-sea', 'alias'],
  ['Kingston', 'kingston-upon-thames', 'alias'],
  ['Richmond', 'richmond-upon-thames', 'alias'],
  ['Saint Helens', 'st-helens', 'alias'],
  ['St. Helens', 'st-helens', 'name'],
  ['Windsor', 'windsor-and-maidenhead', 'alias'],
  ['Newcastle', 'newcastle-upon-tyne', 'alias'],
  ['Bournemouth', 'bournemouth-christchurch-and-poole', 'alias'],
  ['Harlow', 'essex', 'district'],
  ['Harlow council', 'essex', 'district'],
  ['Dover', 'kent', 'district'],
  ['Tunbridge Wells', 'kent', 'district'],
  ['Cambridge', 'cambridgeshire', 'district'],
  ['Oxford', 'oxfordshire', 'district'],
  ['Norwich', 'norfolk', 'district'],
  ["King's Lynn and West Norfolk", 'norfolk', 'district'],
  ['Exeter', 'devon', 'district'],
  ['Lincoln', 'lincolnshire', 'district'],
  ['Ipswich', 'suffolk', 'district'],
  ['Guildford', 'surrey', 'district'],
  ['Preston', 'lancashire', 'district'],
  ['Watford', 'hertfordshire', 'district'],
  ['Newcastle-under-Lyme', 'staffordshire', 'district'],
  ['Hart', 'hampshire', 'district'],
  ['Haringy', 'haringey', 'typo'],
  ['Manchestr', 'manchester', 'typo'],
  ['Sheffeild', 'sheffield', 'typo'],
  ['Birmingam', 'birmingham', 'typo'],
  ['Norfok', 'norfolk', 'typo'],
  ['Harlw', 'essex', 'typo'],
  ['Lancashre', 'lancashire', 'typo'],
];

/** Queries that name no council: the first result is Pagefind's, not a council put first. */
const NOT_PLACES = ['adoption', 'care leavers', 'outstanding'];

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

test('the query list covers names, aliases, two-tier districts and typos, and agrees with the data', () => {
  expect(QUERIES.length).toBeGreaterThanOrEqual(40);
  for (const kind of ['name', 'alias', 'district', 'typo'] as const)
    expect(QUERIES.filter((q) => q[2] === kind).length, kind).toBeGreaterThanOrEqual(6);
  const data = loadDataset();
  for (const [query, council, kind] of QUERIES) {
    expect(data.authorities.get(council)?.current, council).toBe(true);
    if (kind === 'district')
      expect(
        placesOf(data, council).some((p) => p.name === query.replace(/ council$/, '')),
        `${query} is an area of ${council} in places.csv`,
      ).toBe(true);
    if (kind === 'alias')
      expect(data.placeAliases.find((a) => a.alias === query)?.authority, query).toBe(council);
  }
});

test(`${QUERIES.length} queries each list their council's page first`, async () => {
  const wrong: string[] = [];
  for (const [query, council] of QUERIES) {
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
