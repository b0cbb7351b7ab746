/**
 * Phones and desktops, light and dark: nothing scrolls sideways at 360 px or 1280 px; at 360 px
 * no chart text renders smaller than 12 CSS px; axe's colour-contrast rule passes in dark mode
 * too (the page suite runs axe in light mode). Full-page screenshots are saved for review as
 * test-results/screenshots/<page>-<width>-<scheme>.png.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './axe';
import { COUNCIL, connect, origin, storyPath } from './site';
import { expectNone } from './report';

const SHOTS = 'test-results/screenshots';
const MIN_CHART_TEXT_PX = 12;

let browser: Browser;
beforeAll(async () => {
  browser = await connect();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser.close();
});

const PAGES: [name: string, path: () => string][] = [
  ['home', () => '/'],
  ['story', () => storyPath()],
  ['council', () => COUNCIL],
  ['ratings', () => '/ratings/'],
  ['authorities', () => '/authorities/'],
];

/** Elements wider than the viewport (or reaching past its right edge), for the failure message. */
async function overflowers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= w + 0.5) continue;
      // Report the outermost offender only.
      const parent = el.parentElement?.getBoundingClientRect();
      if (parent && parent.right > w + 0.5) continue;
      const id = el.id ? `#${el.id}` : '';
      const cls =
        typeof el.className === 'string' && el.className
          ? `.${el.className.trim().split(/\s+/).join('.')}`
          : '';
      out.push(`<${el.tagName.toLowerCase()}${id}${cls}> right edge ${Math.round(r.right)}px`);
      if (out.length >= 10) break;
    }
    return out;
  });
}

/** Visible SVG text in visible charts rendered below the minimum size: one line each. */
async function smallChartText(page: Page, min: number): Promise<string[]> {
  return page.evaluate((minPx) => {
    // Grouped by figure and size: one line per chart, with a few of its texts.
    const small = new Map<string, { n: number; eg: string[] }>();
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return (
        r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true, opacityProperty: true })
      );
    };
    for (const fig of document.querySelectorAll('figure.chart')) {
      for (const svg of fig.querySelectorAll('svg')) {
        if (!shown(svg)) continue;
        for (const t of svg.querySelectorAll('text')) {
          if (!(t.textContent ?? '').trim() || !shown(t)) continue;
          const ctm = t.getScreenCTM();
          if (!ctm) continue;
          const size = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.c, ctm.d);
          if (size < minPx - 0.01) {
            const key = `${fig.id || '(figure)'} at ${size.toFixed(1)}px`;
            const g = small.get(key) ?? { n: 0, eg: [] };
            g.n++;
            if (g.eg.length < 4) g.eg.push((t.textContent ?? '').trim().slice(0, 20));
            small.set(key, g);
          }
        }
      }
    }
    return [...small].map(
      ([k, g]) =>
        `${k}: ${g.n} text${g.n === 1 ? '' : 's'}, e.g. ${g.eg.map((e) => JSON.stringify(e)).join(', ')}`,
    );
  }, min);
}

for (const width of [360, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    describe(`${width}px, ${scheme}`, () => {
      for (const [name, path] of PAGES) {
        test(`${name}: no horizontal overflow${width === 360 ? ', chart text >= 12px' : ''}${width === 1280 && scheme === 'dark' ? ', dark-mode contrast' : ''}`, async () => {
          const p = path();
          const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
          const page = await context.newPage();
          try {
            await page.goto(origin() + p);
            await page.screenshot({ path: `${SHOTS}/${name}-${width}-${scheme}.png`, fullPage: true });
            const m = await page.evaluate(() => ({
              sw: document.documentElement.scrollWidth,
              iw: innerWidth,
            }));
            const wide = m.sw > m.iw ? await overflowers(page) : [];
            if (m.sw > m.iw) {
              expectNone(
                wide.length ? wide : ['(no single element found)'],
                `${p} at ${width}px ${scheme}: scrolls sideways (scrollWidth ${m.sw} > innerWidth ${m.iw}); too wide`,
              );
            }
            if (width === 360) {
              const charts = await page.locator('figure.chart').count();
              const small = await smallChartText(page, MIN_CHART_TEXT_PX);
              expectNone(
                small,
                `${p} at 360px ${scheme} (${charts} charts): chart text below ${MIN_CHART_TEXT_PX}px`,
              );
            }
            if (width === 1280 && scheme === 'dark') {
              expectNone(
                await axeViolations(page, `${p} (dark)`, ['color-contrast', 'link-in-text-block']),
                `${p}: dark-mode contrast`,
              );
            }
          } finally {
            await context.close();
          }
        });
      }
    });
  }
}
