/**
 * Every data table, stories included, has a caption and row headers: a non-empty <caption>, and
 * a <th> in every body row (the row's header: the council, the date, the year). Scroll boxes
 * are not tab stops in the HTML itself: public/scroll-regions.js makes one focusable only while
 * it scrolls (tested in a browser by reflow.test.ts).
 */
import { expect, test } from 'vitest';
import { builtPages, decodeEntities, readableBody } from './html-text';
import { expectNone } from './report';

export function tableProblems(html: string): string[] {
  const out: string[] = [];
  const body = readableBody(html);
  for (const [i, m] of [...body.matchAll(/<table\b[^>]*>([\s\S]*?)<\/table>/g)].entries()) {
    const t = m[1] ?? '';
    const cap = /<caption\b[^>]*>([\s\S]*?)<\/caption>/.exec(t);
    const capText = decodeEntities((cap?.[1] ?? '').replace(/<[^>]+>/g, '')).trim();
    const name = capText ? `"${capText.slice(0, 50)}"` : `table ${i + 1}`;
    if (!capText) out.push(`${name}: no caption`);
    const rows = [...t.matchAll(/<tbody\b[^>]*>([\s\S]*?)<\/tbody>/g)].flatMap((b) => [
      ...(b[1] ?? '').matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g),
    ]);
    const headless = rows.filter((r) => !/<th\b/.test(r[1] ?? '')).length;
    if (headless) out.push(`${name}: ${headless} of ${rows.length} body rows have no row header`);
  }
  if (
    /class="[^"]*(?:table-wrap|scroll-x)[^"]*"[^>]*tabindex=|tabindex="0"[^>]*class="[^"]*(?:table-wrap|scroll-x)/.test(
      body,
    )
  )
    out.push('a table box is a tab stop in the HTML, whether or not it scrolls');
  return out;
}

test('every table has a caption and row headers, on every page', () => {
  const pages = builtPages();
  let tables = 0;
  const problems: string[] = [];
  for (const [f, html] of pages) {
    tables += (html.match(/<table\b/g) ?? []).length;
    for (const p of tableProblems(html)) problems.push(`${f}: ${p}`);
  }
  console.log(`[tables] ${tables} tables on ${pages.length} pages`);
  expect(tables).toBeGreaterThan(100);
  expectNone(problems, 'tables without captions or row headers');
});

test('the check finds a table without caption or row headers', () => {
  expect(tableProblems('<body><table><tbody><tr><td>1</td></tr></tbody></table></body>')).toEqual([
    'table 1: no caption',
    'table 1: 1 of 1 body rows have no row header',
  ]);
  expect(
    tableProblems(
      '<body><table><caption>C</caption><tbody><tr><th>a</th><td>1</td></tr></tbody></table></body>',
    ),
  ).toEqual([]);
});
