/**
 * Reader pages speak plain English: no page (embeds included) shows an importer's note, a data
 * code or an internal word. The deny-list sweeps the text a reader sees and hears (body text,
 * chart text, alt/title/aria-label attributes; code samples excepted), and each entry says what
 * readers should get instead. Data tables must not show a bare suppression symbol either.
 */
import { expect, test } from 'vitest';
import { builtPages, readableBody, readerText, decodeEntities } from './html-text';
import { expectNone } from './report';
import { MISSING_VALUES } from '../../src/data/vocabulary';

const DENY: [pattern: RegExp, why: string][] = [
  [/scrape|scraping/i, 'importer note: say where the figure comes from in words'],
  [/check against the report/i, 'importer note'],
  [/secondary source/i, 'importer note'],
  [/\b\w+\(s\)/, '"figure(s)": write the plural the number needs'],
  [
    /\((?:c|z|x|u|k|low)\)|suppressed \(|\b[czxuk] \(suppressed\)/,
    'raw suppression code: write "too few to publish" etc.',
  ],
  [/\bOGL-UK-3\.0\b/, 'licence code: write "Open Government Licence v3.0"'],
  [/\b(?:ri|adequate)-scale\b|\bungraded\b(?=[,;)])|\bnot-judged\b/, 'grade-scale code'],
  [
    /\b(?:ilacs-standard|ilacs-short|slac-reinspection|sif-reinspection|focused-visit|monitoring-visit|progress-report)\b/,
    'framework code: write the framework’s name',
  ],
  [/\b(?:ofsted|dfe|report|gov|news|press)-[a-z0-9]+-[a-z0-9-]+\b/, 'source id'],
  [/\bundefined\b|\bNaN\b|\[object Object\]|\bnull\b/, 'a program value leaked into the page'],
  [/\b(?:19|20)\d{2}-[01]\d-[0-3]\d\b/, 'ISO date: write it as "11 April 2023"'],
];

/** Cells of HTML tables that hold only a missing-value symbol (every one the vocabulary knows). */
function bareSymbols(html: string): string[] {
  const out: string[] = [];
  for (const m of readableBody(html).matchAll(/<(td|th)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    const text = decodeEntities((m[2] ?? '').replace(/<[^>]+>/g, '')).trim();
    if (text === ':' || (text !== '' && Object.hasOwn(MISSING_VALUES, text))) out.push(text);
  }
  return out;
}

test('no internal notes, codes or program values on any built page', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(100);
  const problems: string[] = [];
  const counts = new Map<string, number>();
  for (const [file, html] of pages) {
    const text = readerText(html);
    for (const [re, why] of DENY) {
      const m = re.exec(text);
      if (!m) continue;
      counts.set(why, (counts.get(why) ?? 0) + 1);
      const at = Math.max(0, m.index - 40);
      problems.push(`${file}: "${m[0]}" (${why}) in "…${text.slice(at, m.index + m[0].length + 40)}…"`);
    }
    const symbols = bareSymbols(html);
    if (symbols.length) {
      counts.set('bare symbol in a table cell', (counts.get('bare symbol in a table cell') ?? 0) + 1);
      problems.push(
        `${file}: ${symbols.length} table cells show only a symbol (${[...new Set(symbols)].join(', ')})`,
      );
    }
  }
  console.log(
    `[reader words] ${pages.length} pages; pages with each problem: ${
      [...counts].map(([k, n]) => `${k}: ${n}`).join('; ') || 'none'
    }`,
  );
  expectNone(problems, 'internal words on reader pages', 80);
});

test('the deny-list catches what it is meant to catch', () => {
  const sample = readerText(
    '<body><p>Taken from the community ofsted-ilacs-scrape-tool snapshot; 2 figure(s); z (suppressed); OGL-UK-3.0</p><code>2023-04-11</code></body>',
  );
  const hits = DENY.filter(([re]) => re.test(sample)).map(([, why]) => why);
  expect(hits).toContain('importer note: say where the figure comes from in words');
  expect(hits).toContain('"figure(s)": write the plural the number needs');
  expect(hits).toContain('raw suppression code: write "too few to publish" etc.');
  expect(hits).toContain('licence code: write "Open Government Licence v3.0"');
  // Code samples are not reader text.
  expect(hits).not.toContain('ISO date: write it as "11 April 2023"');
  expect(bareSymbols('<body><table><tr><td>z</td><td>12</td></tr></table></body>')).toEqual(['z']);
});
