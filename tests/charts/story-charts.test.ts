/**
 * Every chart a story draws gets a CSV download and an embed page: the routes list
 * publishedChartSpecs (src/charts/cache.ts), the site's own charts plus each chart slot in the
 * published stories' rendered HTML, with the same id the figure links to. In the site build a
 * story carries its charts as slots that its page fills in.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import {
  chartFigure,
  chartHtml,
  chartSlot,
  chartSpecsInHtml,
  figureLinks,
  fillChartSlots,
  publishedChartSpecs,
} from '../../src/charts/cache';
import { remarkChart } from '../../src/markdown/remark-chart';
import { allChartSpecs } from '../../src/charts/registry';
import { fixtureDataset } from '../helpers/dataset-fixture';

const data = fixtureDataset();

/** A story's Markdown rendered as the site build renders it: charts as slots. */
async function rendered(markdown: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkChart, { data, base: '/', slots: true })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeStringify, { allowDangerousHtml: true })
    .process(markdown);
  return String(file);
}

const STORY = `Intro.

::chart{type="national-grid" region="London"}

A paragraph with :chart{type="transitions"} inside it (refused by the check, not drawn).

::chart{type="trajectory" authority="haringey"}

::chart{type="neighbours" authority="nowhere"}

::chart{type="no-such-chart"}

::chart{type="grade-distribution"}
`;

describe('charts that stories use', () => {
  it('finds each valid chart directive on its own line, with the id its figure links to', async () => {
    const specs = chartSpecsInHtml(data, await rendered(STORY));
    expect(specs.map((s) => s.id)).toEqual([
      'national-grid-london',
      'trajectory-haringey',
      'grade-distribution',
    ]);
    for (const s of specs) {
      const fig = chartFigure(data, s.type, s.options);
      expect(fig.id).toBe(s.id);
      expect(figureLinks(fig, '/')).toMatchObject({
        csvHref: `/charts/${s.id}.csv`,
        embedHref: `/embed/${s.id}/`,
      });
    }
  });

  it("adds a chart only a story draws to the site's own, once, keeping the site's first", async () => {
    const own = allChartSpecs(data);
    expect(own.map((s) => s.id)).not.toContain('national-grid-london');
    const html = await rendered(STORY);
    const all = publishedChartSpecs(data, [html, html, '<p>No charts here.</p>']);
    expect(all.slice(0, own.length)).toEqual(own);
    expect(all.slice(own.length).map((s) => s.id)).toEqual(['national-grid-london']);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
  });

  it('leaves out a chart the check refuses (here an option left empty): the story is not published', async () => {
    const html = await rendered('::chart{type="care-leavers" authority="haringey" age=""}\n');
    expect(chartSpecsInHtml(data, html)).toEqual([]);
    // A slot that does not name a valid chart (written by hand, or a council that has gone).
    const code = Buffer.from(JSON.stringify(['trajectory', { authority: 'nowhere' }])).toString('base64url');
    expect(chartSpecsInHtml(data, `<inspected-chart data-chart="${code}"></inspected-chart>`)).toEqual([]);
  });
});

describe('chart slots (stories in the site build)', () => {
  it('a slot filled in is the figure, exactly as drawn in place', () => {
    const slot = chartSlot(data, 'trajectory', { authority: 'haringey' });
    expect(slot).toMatch(/^<inspected-chart data-chart="[A-Za-z0-9_-]+"><\/inspected-chart>$/);
    expect(slot.length).toBeLessThan(200);
    const page = `<p>Before.</p>${slot}<p>After.</p>`;
    expect(fillChartSlots(page, data, '/inspected/')).toBe(
      `<p>Before.</p>${chartHtml(data, 'trajectory', { authority: 'haringey' }, '/inspected/')}<p>After.</p>`,
    );
  });

  it('survives the Markdown pipeline and HTML re-serialisation of a story', async () => {
    const render = (slots: boolean) =>
      unified()
        .use(remarkParse)
        .use(remarkDirective)
        .use(remarkChart, { data, base: '/', slots })
        .use(remarkRehype, { allowDangerousHtml: true })
        .use(rehypeStringify, { allowDangerousHtml: true })
        .process('Text.\n\n::chart{type="national-grid" region="London"}\n\nMore.\n');
    // Parsed and written again by an HTML parser, as Astro's Markdown pipeline does.
    const reserialise = (html: string) =>
      parseHTML(`<html><body>${html}</body></html>`).document.body.innerHTML;
    const slotted = reserialise(String(await render(true)));
    expect(slotted).not.toContain('<svg');
    const filled = fillChartSlots(slotted, data, '/');
    expect(filled).toContain(chartHtml(data, 'national-grid', { region: 'London' }, '/'));
    expect(filled.replace(/<figure[\s\S]*<\/figure>/, '')).toBe(
      slotted.replace(/<inspected-chart[^>]*><\/inspected-chart>/, ''),
    );
  });

  it('still draws (and so validates) the chart when the slot is made', () => {
    expect(() => chartSlot(data, 'trajectory', { authority: 'nowhere' })).toThrow(
      /unknown council "nowhere"/,
    );
  });

  it('refuses a slot that does not name a chart', () => {
    expect(() =>
      fillChartSlots('<inspected-chart data-chart="bm90IGpzb24"></inspected-chart>', data, '/'),
    ).toThrow(/a chart slot that does not name a chart/);
  });
});
