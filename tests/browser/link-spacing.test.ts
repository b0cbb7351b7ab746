/**
 * Words never run into links: no letter or digit directly against a link's edge ("theOpen
 * Government Licence", "2026).See", "councilsand"). Checked on the built HTML of every page,
 * where a build step that drops a space would show.
 */
import { expect, test } from 'vitest';
import { builtPages, decodeEntities, readableBody } from './html-text';
import { expectNone } from './report';

export function gluedLinks(html: string): string[] {
  const body = readableBody(html);
  const out: string[] = [];
  const show = (i: number) =>
    decodeEntities(body.slice(Math.max(0, i - 40), i + 60).replace(/<[^>]+>/g, '|'));
  // A word character, or a closing bracket or full stop, right before a link opens.
  for (const m of body.matchAll(/[\p{L}\p{N}.)](?=<a\s)/gu)) out.push(`before a link: …${show(m.index)}…`);
  // A letter or digit right after a link closes (punctuation such as "," or "’s" is fine).
  for (const m of body.matchAll(/<\/a>(?=[\p{L}\p{N}])/gu)) out.push(`after a link: …${show(m.index)}…`);
  return out;
}

test('no word runs into a link on any page', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(100);
  const problems = pages.flatMap(([f, html]) => gluedLinks(html).map((p) => `${f}: ${p}`));
  expectNone(problems, 'words glued to links', 40);
});

test('the check finds glued words', () => {
  expect(gluedLinks('<body><p>under the<a href="/x">Open</a>.</p></body>')).toHaveLength(1);
  expect(gluedLinks('<body><p>(2026).<a href="/x">See</a></p></body>')).toHaveLength(1);
  expect(gluedLinks('<body><p><a href="/x">councils</a>and</p></body>')).toHaveLength(1);
  expect(gluedLinks('<body><p>see <a href="/x">this</a>, and <a href="/y">that</a>’s</p></body>')).toEqual(
    [],
  );
});
