/**
 * "Compare with any council" (src/components/CompareAny.astro, public/compare-any.js), with the
 * site's CSP, on the whole site at the domain root:
 * - with JavaScript, choosing two councils that are not each other's neighbours (keyboard only)
 *   shows them side by side with the compare table's headings and exactly the data's cells, links
 *   to their pages under the base, and announces the result; axe finds nothing to fault, and
 *   nothing goes wrong on the way;
 * - without JavaScript, the labelled form takes the reader to /compare/, whose table holds both
 *   councils' figures, and a council's compare page still links its neighbours' comparisons;
 * - at 320 px the pair fits the screen with no value cut (checks/compare-pair-uncut.ts), with a
 *   second council as long-named as any;
 * - with JavaScript, the table of every council sorts by each column, both ways, with councils
 *   that have no figure last either way, aria-sort on the sorted heading and the order in the caption.
 * and under the sub-path, on the tiny fixture site built there (two councils: Havering, whose
 * compare page it has, and Haringey), the pair is shown with its links and address under the base.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connect, origin, recordingContext } from './site';
import { SUB_BASE } from './paths';
import { expectNone } from './report';
import { axeViolations } from './axe';
import { comparePairUncut } from './checks/compare-pair-uncut';
import { loadDataset } from '../../src/data/load';
import { compareHeadings, compareRow, figureCells, inspectedCell } from '../../src/data/compare';
import { allRanks } from '../../src/data/ranks';
import { gradeBadge } from '../../src/data/vocabulary';

const data = loadDataset();
const measures = allRanks(data);
const current = [...data.authorities.values()]
  .filter((a) => a.current)
  .sort((x, y) => x.name.localeCompare(y.name));
const neighboursOf = (slug: string) =>
  new Set(
    data.neighbours2025
      .filter((n) => n.authority === slug || n.neighbour === slug)
      .flatMap((n) => [n.authority, n.neighbour]),
  );

/** A current council that is neither `slug` nor one of its neighbours (either way round), from the end of A to Z. */
function notNeighbour(slug: string) {
  const near = neighboursOf(slug);
  const a = [...current].reverse().find((c) => c.slug !== slug && !near.has(c.slug));
  if (!a) throw new Error(`every council neighbours ${slug}`);
  return a;
}

/** What the side-by-side table must show for a council: its column, top to bottom. */
function expectedColumn(slug: string): string[] {
  const a = data.authorities.get(slug);
  if (!a) throw new Error(slug);
  const row = compareRow(data, a);
  return [gradeBadge(row.grade, 'ri-scale').label, inspectedCell(row), ...figureCells(row, measures)];
}

async function sideBySide(page: Page) {
  return page.evaluate(() => {
    const t = document.querySelector('#compare-any-result table');
    if (!t) return null;
    const cells = (r: Element) => [...r.children].map((c) => (c.textContent ?? '').trim());
    return {
      heading: document.querySelector('#compare-any-result h3')?.textContent ?? '',
      head: [...t.querySelectorAll('thead th')].map((th) => ({
        text: (th.textContent ?? '').trim(),
        href: th.querySelector('a')?.getAttribute('href') ?? null,
      })),
      rows: [...t.querySelectorAll('tbody tr')].map(cells),
    };
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

const own = data.authorities.get('haringey');
if (!own) throw new Error('no Haringey');
const other = notNeighbour(own.slug);
const first = current.find(
  (c) => c.slug !== other.slug && !neighboursOf(other.slug).has(c.slug) && c.slug !== own.slug,
);
if (!first) throw new Error('no first council');

for (const base of ['/']) {
  for (const [where, path, a, b] of [
    ['a council’s compare page', `compare/${own.slug}/`, own, other],
    ['/compare/', 'compare/', first, other],
  ] as const) {
    test(`with JavaScript under ${base}, ${where}: ${a.name} beside ${b.name} (not neighbours) shows the data's cells`, async () => {
      expect(neighboursOf(a.slug).has(b.slug)).toBe(false);
      const { context, rec, watch } = await recordingContext(browser);
      const page = await context.newPage();
      watch(page);
      try {
        await page.goto(`${origin()}${base}${path}`);
        if (path === 'compare/') {
          const sa = page.getByLabel('First council', { exact: true });
          await sa.focus();
          await sa.selectOption(a.slug);
        }
        const sb = page.getByLabel(path === 'compare/' ? 'Second council' : `Compare ${a.name} with`, {
          exact: true,
        });
        await sb.focus();
        await sb.selectOption(b.slug);
        await page.keyboard.press('Tab');
        await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Compare');
        await page.keyboard.press('Enter');
        const status = page.getByRole('status').filter({ hasText: 'Showing' });
        await status.waitFor({ timeout: 20_000 });
        expect(await status.textContent()).toBe(`Showing ${a.name} beside ${b.name}.`);
        const shown = await sideBySide(page);
        expect(shown).not.toBeNull();
        expect(shown?.heading).toBe(`${a.name} and ${b.name}`);
        expect(shown?.head).toEqual([
          { text: 'Measure', href: null },
          { text: a.name, href: `${base}authorities/${a.slug}/` },
          { text: b.name, href: `${base}authorities/${b.slug}/` },
        ]);
        const ca = expectedColumn(a.slug);
        const cb = expectedColumn(b.slug);
        expect(shown?.rows).toEqual(compareHeadings(measures).map((h, i) => [h, ca[i], cb[i]]));
        expectNone(await axeViolations(page, `${base}${path} with a pair shown`), 'axe violations');
        // The page stays where it was, with the pair in its address to share or reload.
        expect(new URL(page.url()).pathname).toBe(`${base}${path}`);
        expect(new URL(page.url()).searchParams.get('b')).toBe(b.slug);
        await page.reload();
        await page.getByRole('status').filter({ hasText: 'Showing' }).waitFor({ timeout: 20_000 });
        expect((await sideBySide(page))?.rows).toEqual(shown?.rows);
        expectNone(rec.problems(), `problems comparing under ${base}${path}`);
      } finally {
        await context.close();
      }
    });
  }

  test(`without JavaScript under ${base}: the form leads to every council's figures; neighbours' comparisons are links`, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      const res = await page.goto(`${origin()}${base}compare/${own.slug}/`);
      expect(res?.status()).toBe(200);
      const pairs = await page
        .locator('.compare-pairs a')
        .evaluateAll((as) => as.map((x) => x.getAttribute('href')));
      expect(pairs.length).toBe(10);
      expect(pairs.every((h) => h?.startsWith(base))).toBe(true);
      await page.getByLabel(`Compare ${own.name} with`, { exact: true }).selectOption(other.slug);
      await Promise.all([
        page.waitForURL((u) => u.pathname === `${base}compare/`),
        page.getByRole('button', { name: 'Compare', exact: true }).click(),
      ]);
      const url = new URL(page.url());
      expect(url.searchParams.get('a')).toBe(own.slug);
      expect(url.searchParams.get('b')).toBe(other.slug);
      expect(url.hash).toBe('#every-council');
      const rows = await page
        .locator('#every-council ~ .table-wrap tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim())));
      for (const c of [own, other]) {
        const row = rows.find((r) => r[0] === c.name);
        expect(row, `${c.name} in the table of every council`).toEqual([c.name, ...expectedColumn(c.slug)]);
      }
      expect(await page.locator('#compare-any-result').textContent()).toBe('');
    } finally {
      await context.close();
    }
  });
}

test('at 320 px, the two councils side by side fit the screen with no value cut', async () => {
  // The longest council name beside Haringey: the widest labels a stacked card can get.
  const long = [...current].sort((x, y) => y.name.length - x.name.length)[0];
  if (!long) throw new Error('no councils');
  const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
  const page = await context.newPage();
  try {
    const problems: string[] = [];
    for (const [a, b] of [
      [own, other],
      [own, long],
    ] as const) {
      const url = `${origin()}/compare/${a.slug}/?a=${a.slug}&b=${b.slug}`;
      await page.goto(url);
      await page.getByRole('status').filter({ hasText: 'Showing' }).waitFor({ timeout: 20_000 });
      problems.push(...(await comparePairUncut(page, url, 320)));
    }
    expectNone(problems, 'cut values in the side-by-side comparison at 320 px');
  } finally {
    await context.close();
  }
});

test(`with JavaScript under ${SUB_BASE} (the tiny site): the pair is shown, its links and address under the base`, async () => {
  const { context, rec, watch } = await recordingContext(browser);
  const page = await context.newPage();
  watch(page);
  try {
    const path = `${SUB_BASE}compare/havering/`;
    await page.goto(`${origin()}${path}`);
    await page.getByLabel('Compare Havering with', { exact: true }).selectOption('haringey');
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const status = page.getByRole('status').filter({ hasText: 'Showing' });
    await status.waitFor({ timeout: 20_000 });
    expect(await status.textContent()).toBe('Showing Havering beside Haringey.');
    const shown = await sideBySide(page);
    expect(shown?.head).toEqual([
      { text: 'Measure', href: null },
      { text: 'Havering', href: `${SUB_BASE}authorities/havering/` },
      { text: 'Haringey', href: `${SUB_BASE}authorities/haringey/` },
    ]);
    expect(shown?.rows.length).toBeGreaterThan(0);
    expect(new URL(page.url()).pathname).toBe(path);
    expect(new URL(page.url()).searchParams.get('b')).toBe('haringey');
    expectNone(rec.problems(), `problems comparing under ${path}`);
  } finally {
    await context.close();
  }
});

test('with JavaScript, every column of the table of every council sorts both ways, councils without a figure last', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin()}/compare/`);
    const table = page.locator('table.sortable');
    const heads = await table.locator('thead th').count();
    expect(heads).toBe(compareHeadings(measures).length + 1);
    const problems: string[] = [];
    for (let col = 0; col < heads; col++) {
      const th = table.locator('thead th').nth(col);
      for (const press of [1, 2]) {
        // A first press sorts up (the names column starts A to Z, so it goes Z to A); a second reverses.
        const sort = (await th.getAttribute('aria-sort')) === 'ascending' ? 'descending' : 'ascending';
        await th.getByRole('button').click();
        const state = await table.evaluate((t, c) => {
          const rows = [...t.querySelectorAll('tbody tr')];
          return {
            keys: rows.map((r) => r.children[c]?.getAttribute('data-sort') ?? null),
            sorted: [...t.querySelectorAll('thead th')].map((h) => h.getAttribute('aria-sort')),
            caption: t.querySelector('caption')?.textContent ?? '',
          };
        }, col);
        const label = `column ${col + 1} after press ${press}`;
        if (state.keys.length !== current.length) problems.push(`${label}: ${state.keys.length} rows`);
        if (state.keys.some((k) => k === null)) problems.push(`${label}: a cell has no data-sort`);
        const keys = state.keys.map((k) => k ?? '');
        const firstEmpty = keys.indexOf('');
        if (firstEmpty >= 0 && keys.slice(firstEmpty).some((k) => k !== ''))
          problems.push(`${label}: a council without a figure sorts before one with a figure`);
        const filled = keys.filter((k) => k !== '');
        const numeric = col > 0 && filled.every((k) => /^-?[\d.]+$/.test(k));
        const order = (x: string, y: string) =>
          (numeric ? Number(x) - Number(y) : x.localeCompare(y, 'en-GB')) * (sort === 'ascending' ? 1 : -1);
        for (let k = 1; k < filled.length; k++)
          if (order(filled[k - 1] ?? '', filled[k] ?? '') > 0) {
            problems.push(`${label}: "${filled[k - 1]}" before "${filled[k]}" in ${sort} order`);
            break;
          }
        if (state.sorted[col] !== sort || state.sorted.filter(Boolean).length !== 1)
          problems.push(`${label}: aria-sort ${JSON.stringify(state.sorted)}`);
        if (col > 0 && !state.caption.includes('sorted by'))
          problems.push(`${label}: caption "${state.caption}"`);
      }
    }
    expectNone(problems, 'sorting the table of every council');
  } finally {
    await page.close();
  }
});
