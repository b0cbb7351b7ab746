/**
 * The reader-visible defects check (scripts/lib/reader-defects.ts) on small pages: each test puts
 * one defect where a reader would meet it and expects exactly that problem, and puts the same
 * words where no reader meets them (scripts, attributes, code samples) and expects none.
 */
import { describe, expect, it } from 'vitest';
import { defectProblems, futureDates, readerDefects, readerText } from '../../scripts/lib/reader-defects';
import { chartSlot } from '../../src/charts/cache';
import { fixtureDataset } from '../charts/fixtures';

const TODAY = '2026-12-07';
const page = (body: string) =>
  `<!DOCTYPE html><html><head><title>undefined NaN</title><script>var x = undefined;</script></head><body>${body}</body></html>`;
const kinds = (html: string) => readerDefects(html, TODAY).map((d) => `${d.kind}: ${d.text}`);

describe('reader text', () => {
  it('is body text, SVG text and spoken attributes; not scripts, styles, code, comments or other attributes', () => {
    const text = readerText(
      page(
        '<p>Rated <b>good</b> &amp; &#8216;improving&#x2019;</p><img src="a.png" alt="A chart"><svg><text>2019</text></svg>' +
          '<style>.undefined{}</style><script>NaN</script><code>::chart{type="x"}</code><!-- undefined -->' +
          '<div data-x="undefined" aria-label="Skip">x</div>',
      ),
    );
    expect(text.trim()).toBe('Rated good & ‘improving’ 2019 x A chart Skip');
  });
});

describe('reader-visible defects', () => {
  it('passes a clean page, though its head, scripts and attributes hold the same words', () => {
    expect(
      kinds(
        page(
          '<p data-v="NaN" class="undefined">Rated good on 14 October 2025; figures for the year ending 31 March 2026.</p><pre>[object Object]</pre>',
        ),
      ),
    ).toEqual([]);
  });

  it('finds an unrendered chart slot: the placeholder a write-up left on /inspections/haringey-2014-sif/', () => {
    // The slot exactly as the story pipeline writes it (src/charts/cache.ts), not filled in.
    const slot = chartSlot(fixtureDataset(), 'trajectory', { authority: 'haringey' });
    const defects = readerDefects(page(`<article><h2>Care leavers</h2>${slot}</article>`), TODAY);
    expect(defects.map((d) => d.kind)).toEqual(['an unrendered placeholder <inspected-chart>']);
    expect(defects[0]?.text).toBe(slot.replace('</inspected-chart>', ''));
  });

  it('finds a Markdown directive left as text', () => {
    expect(kinds(page('<p>::chart{type="trajectory" authority="haringey"}</p>'))).toEqual([
      'a Markdown directive left as text: ::chart{type="trajectory" authority="haringey"}',
    ]);
    expect(kinds(page('<p>It was :stat[rate]{authority="haringey"} in 2024.</p>'))).toEqual([
      'a Markdown directive left as text: It was :stat[rate]{authority="haringey"} in 2024.',
    ]);
    expect(kinds(page('<p>Rated :grade[good] in 2023.</p>'))).toEqual([
      'a Markdown directive left as text: Rated :grade[good] in 2023.',
    ]);
    expect(kinds(page('<p>:::factbox</p>'))).toEqual(['a Markdown directive left as text: :::factbox']);
    // A colon in a sentence or a time is not a directive, nor is a directive shown as code.
    expect(kinds(page('<p>Note: rated good at 10:30 on 5 May 2024.</p>'))).toEqual([]);
    expect(kinds(page('<p>At 10:30 the grade[1] was :)</p>'))).toEqual([]);
    expect(kinds(page('<p>Write <code>::chart{type="x"}</code> or</p><pre>:::factbox\n:::</pre>'))).toEqual(
      [],
    );
  });

  it.each([
    ['undefined', 'Rated undefined in 2024', '"undefined" (a missing program value) in the text'],
    ['NaN', '<td>NaN%</td>', '"NaN" (a number that did not compute) in the text'],
    [
      '[object Object]',
      '<figcaption>[object Object]</figcaption>',
      '"[object Object]" (an object printed as text) in the text',
    ],
    [
      'Invalid Date',
      '<p>Inspected Invalid Date</p>',
      '"Invalid Date" (a date that did not parse) in the text',
    ],
    ['in SVG text', '<svg><text x="1">NaN</text></svg>', '"NaN" (a number that did not compute) in the text'],
    [
      'in alt text',
      '<img src="a.png" alt="undefined rated good">',
      '"undefined" (a missing program value) in the text',
    ],
  ])('finds a program value in words: %s', (_name, body, kind) => {
    expect(readerDefects(page(body), TODAY).map((d) => d.kind)).toEqual([kind]);
  });

  it('does not read parts of words as program values', () => {
    expect(kinds(page('<p>An undefinedness, NaNs and Nantwich.</p>'))).toEqual([]);
  });
});

describe('dates after the build day', () => {
  it.each([
    ['a whole date', 'Inspected 8 December 2026.'],
    ['a month', 'Report due January 2027.'],
    ['a short month', 'Jan 2027'],
    ['an ISO date', 'Updated 2027-01-02.'],
  ])('finds %s later than the build day, with its context', (_name, text) => {
    expect(futureDates(text, TODAY)).toEqual([{ kind: `a date after the build day (${TODAY})`, text }]);
  });

  it('finds each later date among earlier ones', () => {
    const text = `Rated good 7 December 2026, then 9 December 2026 and ${'x'.repeat(50)} 1 March 2027.`;
    expect(futureDates(text, TODAY).map((d) => d.text)).toEqual([
      'Rated good 7 December 2026, then 9 December 2026 and xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…',
      '…xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx 1 March 2027.',
    ]);
  });

  it('allows the build day, its month, earlier dates and years alone', () => {
    expect(futureDates('On 7 December 2026, December 2026, 1 May 2009, 2026-12-07; by 2030.', TODAY)).toEqual(
      [],
    );
  });

  it('allows a later period that the sentence says is not yet published', () => {
    expect(
      futureDates(
        'The year of the inspection (ending 31 March 2027) is not yet published; these are the latest figures.',
        TODAY,
      ),
    ).toEqual([]);
    expect(futureDates('Figures for the year ending 31 March 2027: 12 children.', TODAY)).toHaveLength(1);
  });
});

describe('problems for the post-build report', () => {
  const d = (text: string) => ({ kind: '"NaN" (a number that did not compute) in the text', text });

  it('names the page and the text, and groups the same defect on many pages', () => {
    expect(
      defectProblems([
        ['dist/a/index.html', [d('NaN%'), d('x NaN')]],
        ['dist/b/index.html', [d('NaN%')]],
        ['dist/c/index.html', [d('NaN%')]],
      ]),
    ).toEqual([
      'dist/a/index.html: "NaN" (a number that did not compute) in the text: "NaN%" (and on 2 more pages)',
      'dist/a/index.html: "NaN" (a number that did not compute) in the text: "x NaN"',
    ]);
  });

  it('lists every defect up to the cap, then says how many more there are', () => {
    const many = Array.from({ length: 7 }, (_, i) => d(`NaN ${i}`));
    const lines = defectProblems([['dist/a/index.html', many]], 5);
    expect(lines).toHaveLength(6);
    expect(lines[4]).toContain('"NaN 4"');
    expect(lines[5]).toBe('… and 2 more reader-visible defects not listed');
  });
});
