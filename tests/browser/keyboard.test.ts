/**
 * Keyboard use of a council page: the skip link is the first tab stop and moves focus to main;
 * every tab stop shows a visible focus outline; every data table's <summary> and every CSV
 * download link can be reached with Tab.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { COUNCIL, connect, origin, storyPath } from './site';
import { expectNone } from './report';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await connect();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser.close();
});

interface Stop {
  key: string | null;
  tag: string;
  text: string;
  outlineWidth: number;
  outlineStyle: string;
  boxShadow: string;
}

/** Press Tab until focus leaves the document or comes back round; one entry per tab stop. */
async function tabStops(page: Page, limit = 3000): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const s = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const cs = getComputedStyle(el);
      return {
        key: el.getAttribute('data-kb'),
        tag: el.tagName.toLowerCase(),
        text: (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60),
        outlineWidth: parseFloat(cs.outlineWidth) || 0,
        outlineStyle: cs.outlineStyle,
        boxShadow: cs.boxShadow,
      };
    });
    if (!s) break;
    if (stops.length && s.key !== null && s.key === stops[0]?.key) break;
    stops.push(s);
  }
  return stops;
}

/** Label the elements we look for, so that tab stops can be matched to them. */
async function label(page: Page): Promise<{ summaries: string[]; csv: string[] }> {
  return page.evaluate(() => {
    let n = 0;
    const all = document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]');
    all.forEach((el) => el.setAttribute('data-kb', `k${n++}`));
    const summaries = [...document.querySelectorAll('main details > summary')].map(
      (e) => e.getAttribute('data-kb') ?? '',
    );
    const csv = [...document.querySelectorAll('main a[href$=".csv"], main a[download]')].map(
      (e) => e.getAttribute('data-kb') ?? '',
    );
    return { summaries, csv };
  });
}

describe('keyboard', () => {
  test('first Tab focuses the skip link; Enter moves focus to main', async () => {
    const page = await context.newPage();
    await page.goto(origin() + COUNCIL);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const el = document.activeElement;
      return {
        cls: el?.className ?? '',
        href: el?.getAttribute('href') ?? '',
        text: el?.textContent?.trim() ?? '',
      };
    });
    expect(
      first.href,
      `first tab stop on ${COUNCIL} should be the skip link, got ${JSON.stringify(first)}`,
    ).toBe('#main');
    const visible = await page.evaluate(() => {
      const r = document.activeElement?.getBoundingClientRect();
      return (
        !!r &&
        r.width > 1 &&
        r.height > 1 &&
        r.bottom > 0 &&
        r.top < innerHeight &&
        r.right > 0 &&
        r.left < innerWidth
      );
    });
    expect(visible, 'the focused skip link is on screen').toBe(true);
    await page.keyboard.press('Enter');
    const after = await page.evaluate(() => ({ id: document.activeElement?.id ?? '', hash: location.hash }));
    expect(after, 'Enter on the skip link moves focus to main').toEqual({ id: 'main', hash: '#main' });
    // The next Tab continues inside main, not back in the header.
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(() => !!document.activeElement?.closest('main'));
    expect(inMain, 'Tab after the skip link lands inside main').toBe(true);
    await page.close();
  });

  for (const which of ['council', 'story'] as const) {
    test(`${which} page: every tab stop has a visible focus indicator; every data table summary and CSV link is reachable`, async () => {
      const path = which === 'council' ? COUNCIL : storyPath();
      const page = await context.newPage();
      await page.goto(origin() + path);
      const { summaries, csv } = await label(page);
      expect(summaries.length, `${path} has data tables in <details>`).toBeGreaterThan(0);
      expect(csv.length, `${path} has CSV download links`).toBeGreaterThan(0);
      const stops = await tabStops(page);
      console.log(
        `[keyboard] ${path}: ${stops.length} tab stops, ${summaries.length} summaries, ${csv.length} CSV links`,
      );
      const reached = new Set(stops.map((s) => s.key));
      const missing = [...summaries, ...csv].filter((k) => !reached.has(k));
      const describeKey = async (k: string) =>
        page.evaluate(
          (key) => document.querySelector(`[data-kb="${key}"]`)?.outerHTML.slice(0, 120) ?? key,
          k,
        );
      expectNone(await Promise.all(missing.map(describeKey)), `${path}: not reachable with Tab`);
      const invisible = stops
        .filter(
          (s) =>
            !((s.outlineWidth > 0 && s.outlineStyle !== 'none') || (s.boxShadow && s.boxShadow !== 'none')),
        )
        .map((s) => `<${s.tag}> "${s.text}" outline ${s.outlineWidth}px ${s.outlineStyle}`);
      expectNone(invisible, `${path}: focused elements without a visible focus indicator`);
      await page.close();
    });
  }
});
