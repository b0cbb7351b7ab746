/**
 * An embed page (/embed/<id>/) as another site shows it, at a phone's width: at most
 * MAX_EMBED_PX tall at 320 px, its sources and their date in view (not in a closed <details>),
 * and no "Embed this chart" of its own. Other pages pass untouched.
 */
import type { Page } from 'playwright-core';

/** The tallest an embed may be at 320 px (issue 25). */
const MAX_EMBED_PX = 1000;

export async function embedPageProblems(page: Page, path: string, width: number): Promise<string[]> {
  if (!path.includes('/embed/')) return [];
  const m = await page.evaluate(() => {
    // No named functions in here: a bundler's name helpers do not exist in the page.
    const line = document.querySelector('.chart-source-line');
    return {
      height: document.documentElement.scrollHeight,
      source:
        line !== null &&
        line.checkVisibility({ visibilityProperty: true }) &&
        line.closest('details:not([open])') === null,
      sourceText: line?.textContent ?? '',
      embedSnippet: [...document.querySelectorAll('summary, a')].some((e) =>
        /embed this chart|to embed on another site/i.test(e.textContent ?? ''),
      ),
    };
  });
  const problems: string[] = [];
  if (width <= 320 && m.height > MAX_EMBED_PX)
    problems.push(`${path}: ${m.height}px tall at ${width}px (at most ${MAX_EMBED_PX})`);
  if (!m.source) problems.push(`${path}: no source line in view`);
  else if (!/\d{4}/.test(m.sourceText))
    problems.push(`${path}: the source line gives no date: "${m.sourceText}"`);
  if (m.embedSnippet) problems.push(`${path}: offers to embed itself`);
  return problems;
}
