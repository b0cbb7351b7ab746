/**
 * Facts live in time: every built page that states a council's current or latest grade, or the
 * national picture now, also says how far our inspection data goes, in the one wording
 * (src/data/reader-words.ts, reachWords) with the date computed from the data. Read from the
 * built files; no browser.
 */
import { expect, test } from 'vitest';
import { builtPages, readerText } from './html-text';
import { expectNone } from './report';
import { loadDataset } from '../../src/data/load';
import { coverage } from '../../src/data/coverage';
import { reachWords } from '../../src/data/reader-words';

/** What counts as stating a current fact: a current or latest grade, a "currently rated", "now". */
const CURRENT =
  /\b(?:current|latest)(?: overall)? grades?\b|\bcurrently (?:rated|outstanding|good|inadequate|requires)|\bpicture now\b/i;
/** A latest grade as of a date the sentence gives ("… latest overall grade on 8 March 2013", "… out by …") is not a current fact. */
const DATED = /\blatest\b[^.]{0,200}?\b(?:on|out by) \d{1,2} [A-Z][a-z]+ \d{4}/g;

test('every page that states a current or latest grade says how far our data goes', () => {
  const reach = reachWords(coverage(loadDataset()).inspectionsTo);
  expect(reach).toMatch(/^Our inspection data runs to reports published by \d{1,2} \w+ \d{4}\.$/);
  const pages = builtPages();
  const problems: string[] = [];
  let stating = 0;
  for (const [file, html] of pages) {
    const text = readerText(html).replace(DATED, '');
    const m = CURRENT.exec(text);
    if (!m) continue;
    stating++;
    if (!text.includes(reach)) {
      const at = Math.max(0, m.index - 40);
      problems.push(`${file}: "${text.slice(at, m.index + m[0].length + 40)}" without "${reach}"`);
    }
  }
  console.log(`[data reach] ${stating} of ${pages.length} pages state a current or latest grade`);
  expect(stating).toBeGreaterThan(150);
  expectNone(problems, 'current facts without the reach of our data', 60);
});
