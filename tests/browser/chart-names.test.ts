/**
 * What a screen reader gets from a chart, read from Chromium's accessibility tree: each visible
 * chart's title once (the figure's name) and its finding once (the SVG's name), never again as
 * a description or as text; and chart text that grows with the reader's text size (Chromium's
 * default font size doubled through the DevTools protocol, as the browser's setting does).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { COUNCIL, connect, embedSample, origin, storyPath } from './site';
import { expectNone } from './report';

interface AXNode {
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  description?: { value: string };
}

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
});
afterAll(async () => {
  await browser.close();
});

/** How often each visible chart's title and finding are exposed (names, descriptions, text). */
async function announcements(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  const exposed = nodes
    // The page's own title (RootWebArea) may repeat a chart's title on an embed page.
    .filter((n) => !n.ignored && !['InlineTextBox', 'RootWebArea'].includes(n.role?.value ?? ''))
    .flatMap((n) => [n.name?.value ?? '', n.description?.value ?? ''])
    .filter(Boolean);
  const charts = await page.$$eval('figure.chart', (figs) =>
    figs.map((f) => {
      const svg = [...f.querySelectorAll('svg[role="img"]')].find((s) => s.checkVisibility());
      return {
        id: f.id,
        title: f.querySelector('.chart-title')?.textContent ?? '',
        finding: svg?.getAttribute('aria-label') ?? '',
      };
    }),
  );
  const problems: string[] = [];
  for (const c of charts) {
    const titles = exposed.filter((v) => v.includes(c.title)).length;
    const findings = exposed.filter((v) => v.includes(c.finding)).length;
    if (!c.title || titles !== 1) problems.push(`#${c.id}: title exposed ${titles} times`);
    if (!c.finding || findings !== 1) problems.push(`#${c.id}: finding exposed ${findings} times`);
  }
  if (!charts.length) problems.push('no charts on the page');
  return problems;
}

describe('charts in the accessibility tree', () => {
  for (const [name, path] of [
    ['council', () => COUNCIL],
    ['story', () => storyPath()],
    ['embed', () => embedSample(1)[0] ?? '/'],
  ] as const) {
    test(`${name}: each chart's title and finding announced once`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(origin() + path());
        expectNone(await announcements(page), `${path()}: chart names`);
      } finally {
        await context.close();
      }
    });
  }
});

describe('chart text grows with the reader’s text size', () => {
  /** The rendered size of the first visible chart's axis or label text, in CSS px. */
  async function chartTextPx(page: Page): Promise<number> {
    return page.evaluate(() => {
      const svg = [...document.querySelectorAll('figure.chart svg.chart-svg')].find((s) =>
        s.checkVisibility(),
      );
      const t = svg?.querySelector('text');
      const ctm = t?.getScreenCTM();
      if (!t || !ctm) return 0;
      return parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.c, ctm.d);
    });
  }

  for (const width of [1280, 360]) {
    test(`at ${width}px, doubling the default font size enlarges chart text, which stays >= 12px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      try {
        const page = await context.newPage();
        await page.goto(origin() + COUNCIL);
        const before = await chartTextPx(page);
        const cdp = await context.newCDPSession(page);
        await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
        await page.reload();
        const after = await chartTextPx(page);
        expect(before).toBeGreaterThanOrEqual(12);
        if (width === 1280) expect(after).toBeGreaterThanOrEqual(before * 1.5);
        else expect(after).toBeGreaterThanOrEqual(before);
      } finally {
        await context.close();
      }
    });
  }
});
