/**
 * The hex map's links, where a page has one: each hexagon at least MIN_TARGET_PX by
 * MIN_TARGET_PX CSS px, or the same link (same href) in a list on the page whose target is (WCAG
 * 2.2, 2.5.8: an equivalent control), measured with its <details> opened; and a link before the map
 * that skips past it to an element after it.
 */
import type { Page } from 'playwright-core';

const MIN_TARGET_PX = 24;

export async function hexTargetProblems(page: Page, path: string, width: number): Promise<string[]> {
  const found = await page.evaluate((min) => {
    const maps = [...document.querySelectorAll('svg[role="group"]')].filter((svg) =>
      svg.checkVisibility({ visibilityProperty: true }),
    );
    if (!maps.length) return null;
    const problems: string[] = [];
    const closed = [...document.querySelectorAll('details:not([open])')];
    for (const d of closed) d.setAttribute('open', '');
    const big = new Set(
      [...document.querySelectorAll('a[href]')]
        .filter((a) => !a.closest('svg'))
        .filter((a) => {
          const r = a.getBoundingClientRect();
          return r.width >= min && r.height >= min;
        })
        .map((a) => a.getAttribute('href')),
    );
    for (const d of closed) d.removeAttribute('open');
    let small = 0;
    let missing = 0;
    let example = '';
    for (const svg of maps) {
      for (const a of svg.querySelectorAll('a')) {
        const r = a.getBoundingClientRect();
        if (r.width >= min && r.height >= min) continue;
        small++;
        if (!big.has(a.getAttribute('href'))) {
          missing++;
          example ||= `${a.getAttribute('aria-label') ?? a.getAttribute('href') ?? ''} (${r.width.toFixed(1)} x ${r.height.toFixed(1)} px)`;
        }
      }
      // A skip link before the map, to an element after it.
      const skip = [...document.querySelectorAll('a[href^="#"]')].find((a) => {
        const target = document.getElementById((a.getAttribute('href') ?? '#').slice(1));
        return (
          target !== null &&
          a.compareDocumentPosition(svg) & Node.DOCUMENT_POSITION_FOLLOWING &&
          svg.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING &&
          !svg.contains(target)
        );
      });
      if (!skip) problems.push('no link before the map skips past it');
    }
    if (missing)
      problems.push(
        `${missing} of ${small} hexagon links under ${min} px have no equivalent link of ${min} px on the page, e.g. ${example}`,
      );
    return problems;
  }, MIN_TARGET_PX);
  return (found ?? []).map((p) => `${path} at ${width}px: ${p}`);
}
