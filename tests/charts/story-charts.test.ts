/**
 * Every chart a story draws gets a CSV download and an embed page: the routes list
 * publishedChartSpecs (src/charts/cache.ts), the site's own charts plus each valid ::chart
 * directive of the published stories, with the same id the figure links to.
 */
import { describe, expect, it } from 'vitest';
import { chartFigure, chartSpecsInMarkdown, figureLinks, publishedChartSpecs } from '../../src/charts/cache';
import { allChartSpecs } from '../../src/charts/registry';
import { fixtureDataset } from '../helpers/dataset-fixture';

const data = fixtureDataset();

const STORY = `Intro.

::chart{type="national-grid" region="London"}

A paragraph with :chart{type="transitions"} inside it (refused by the check, not drawn).

::chart{type="trajectory" authority="haringey"}

::chart{type="neighbours" authority="nowhere"}

::chart{type="no-such-chart"}

::chart{type="grade-distribution"}
`;

describe('charts that stories use', () => {
  it('finds each valid chart directive on its own line, with the id its figure links to', () => {
    const specs = chartSpecsInMarkdown(data, STORY);
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

  it("adds a chart only a story draws to the site's own, once, keeping the site's first", () => {
    const own = allChartSpecs(data);
    expect(own.map((s) => s.id)).not.toContain('national-grid-london');
    const all = publishedChartSpecs(data, [STORY, STORY, 'No charts here.']);
    expect(all.slice(0, own.length)).toEqual(own);
    expect(all.slice(own.length).map((s) => s.id)).toEqual(['national-grid-london']);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
  });

  it('leaves out a chart the check refuses (here an option left empty): the story is not published', () => {
    expect(chartSpecsInMarkdown(data, '::chart{type="care-leavers" authority="haringey" age=""}\n')).toEqual(
      [],
    );
  });
});
