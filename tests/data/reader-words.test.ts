import { describe, expect, it } from 'vitest';
import {
  GLOSSARY,
  readerText,
  reportLinkText,
  sourcesSummary,
  suppressionWords,
} from '../../src/data/reader-words';
import { linkTerms } from '../../src/components/term-links';
import { abolitions, parseAbolitions } from '../../src/data/abolitions';
import { loadDataset } from '../../src/data/load';

describe('reader words', () => {
  it('write suppression symbols as readers understand them, never as a number', () => {
    expect(suppressionWords('c')).toBe('too few to publish');
    expect(suppressionWords('z')).toBe('not applicable');
    expect(suppressionWords('?')).toBe('not published');
  });
  it('turn importer notes, codes and ISO dates into plain English', () => {
    expect(
      readerText(
        '2026-02-24 ILACS short inspection: Taken from the community ofsted-ilacs-scrape-tool snapshot (29 June 2026), a secondary source; check against the report',
      ),
    ).toBe(
      '24 February 2026 ILACS short inspection: From a community-maintained list of Ofsted’s reports (compiled by the Data to Insight project), not from Ofsted’s official statistics, which do not cover it yet.',
    );
    expect(readerText('Rutland, 2023: suppressed (c) — confidential; shown as a gap.')).toBe(
      'Rutland, 2023: not published (too few to publish); shown as a gap.',
    );
    expect(readerText('2 figure(s) are missing')).toBe('2 figures are missing');
  });
  it('sum sources up in one line', () => {
    expect(sourcesSummary(['Ofsted', 'Department for Education', 'Ofsted'])).toBe('Sources: Ofsted, DfE (3)');
    expect(sourcesSummary(['Ofsted'])).toBe('Source: Ofsted');
  });
  it('say where a report link goes', () => {
    expect(reportLinkText('https://reports.ofsted.gov.uk/provider/44/309', 'Haringey', '2023-04-11')).toBe(
      'Ofsted’s page for Haringey',
    );
    expect(reportLinkText('https://files.ofsted.gov.uk/v1/file/1', 'Haringey', '2023-04-11')).toBe(
      'Report (PDF), 11 April 2023',
    );
  });
  it('give every glossary entry a unique anchor', () => {
    const ids = GLOSSARY.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of GLOSSARY) expect(t.meaning.length).toBeGreaterThan(20);
  });
});

describe('first-use glossary links', () => {
  it('link the first use of a term only, with the abbreviation expanded', () => {
    const out = linkTerms('<p>The SIF came first. Then the SIF again.</p>', { base: '/' });
    expect(out).toBe(
      '<p>The <a href="/glossary/#sif" class="term"><abbr title="single inspection framework">SIF</abbr></a> came first. Then the SIF again.</p>',
    );
  });
  it('leave links, headings, SVG and code alone', () => {
    const html =
      '<h2>SIF</h2><a href="/x">SIF</a><svg><text>SIF</text></svg><code>SIF</code><p>EET and SIF</p>';
    const out = linkTerms(html, { base: '/' });
    expect(
      out.startsWith('<h2>SIF</h2><a href="/x">SIF</a><svg><text>SIF</text></svg><code>SIF</code><p>'),
    ).toBe(true);
    expect(out).toContain(
      '<a href="/glossary/#eet" class="term"><abbr title="in education, employment or training">EET</abbr></a> and <a href="/glossary/#sif"',
    );
  });
  it('respect word edges and the base path', () => {
    expect(linkTerms('<p>SIFT and ILACSX</p>', { base: '/' })).toBe('<p>SIFT and ILACSX</p>');
    expect(linkTerms('<p>a focused visit</p>', { base: '/sub/', target: '_top' })).toBe(
      '<p>a <a href="/sub/glossary/#focused-visit" class="term" target="_top">focused visit</a></p>',
    );
  });
});

describe('abolition dates (data/curated/abolitions.csv)', () => {
  const data = loadDataset();
  it('load the committed file: every former council has a date and a source', () => {
    const dates = abolitions(data);
    const former = [...data.authorities.values()].filter((a) => !a.current).map((a) => a.slug);
    expect(former.length).toBeGreaterThan(0);
    expect([...dates.keys()].sort()).toEqual(former.sort());
    expect(dates.get('northamptonshire')?.abolished).toBe('2021-04-01');
  });
  it('list every bad row at once, with line, field, value and what was expected', () => {
    const text =
      'authority,abolished,source,note\n' +
      'haringey,2021-04-01,ofsted-la-outcomes-2025,x\n' +
      'nowhere,2021-02-30,no-such-source,x\n';
    expect(() => parseAbolitions(text, data, 'abolitions.csv')).toThrow(
      [
        '4 problem(s) in abolitions.csv:',
        'abolitions.csv:2: authority "haringey": expected a former council (current = no in data/authorities.csv)',
        'abolitions.csv:3: authority "nowhere": expected a slug from data/authorities.csv',
        'abolitions.csv:3: abolished "2021-02-30": expected a real date written yyyy-mm-dd',
        'abolitions.csv:3: source "no-such-source": expected an id from sources.csv or curated/sources.csv',
      ].join('\n'),
    );
  });
});
