/**
 * On a page with a comparison table (CompareTable.astro: /compare/ and /compare/<council>/), the
 * councils' names stay in view while the figures scroll sideways: each table's scrolling box is
 * scrolled fully right, and every row must still have its row header (th scope="row"), inside
 * the box and not covered by the cells passing under it (the element at the name's point is the
 * name). The box and the page are scrolled back afterwards. Returns one problem string per name
 * hidden; none on a page without such a table.
 */
import type { Page } from 'playwright-core';

export async function compareNamesVisible(page: Page, url: string, width: number): Promise<string[]> {
  const found = await page.evaluate(() => {
    const out: string[] = [];
    const y0 = window.scrollY;
    for (const table of document.querySelectorAll('table.compare-table:not(.compare-pair)')) {
      const box = table.closest('.scroll-x');
      if (!(box instanceof HTMLElement)) continue;
      const left0 = box.scrollLeft;
      box.scrollLeft = box.scrollWidth;
      const caption = (table.querySelector('caption')?.textContent ?? '').trim().slice(0, 50);
      const rows = [...table.querySelectorAll('tr')];
      for (const tr of rows) {
        const th = tr.querySelector(':scope > th:first-child');
        const words = (th ?? tr).textContent?.trim().replace(/\s+/g, ' ').slice(0, 40) ?? '';
        if (!th || (tr.parentElement?.tagName === 'TBODY' && th.getAttribute('scope') !== 'row')) {
          out.push(`${caption}: the row "${words}" has no row header`);
          continue;
        }
        const b = box.getBoundingClientRect();
        const r = th.getBoundingClientRect();
        if (r.left < b.left - 0.5 || r.right > b.right + 0.5) {
          out.push(
            `${caption}: "${words}" is scrolled out of view (${Math.round(r.left - b.left)} px from the box's left edge)`,
          );
          continue;
        }
        window.scrollTo(0, window.scrollY + r.top - window.innerHeight / 2);
        const s = th.getBoundingClientRect();
        const hit = document.elementFromPoint(s.left + Math.min(s.width / 2, 12), s.top + s.height / 2);
        if (!hit || !th.contains(hit)) out.push(`${caption}: "${words}" is covered by another cell`);
      }
      box.scrollLeft = left0;
    }
    window.scrollTo(0, y0);
    return out;
  });
  return found.map((p) => `${url} at ${width}px: ${p}`);
}
