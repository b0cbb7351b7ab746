/**
 * One rendering path for every directive in every collection: a write-up (tests/fixtures/
 * write-ups/haringey-2023-ilacs.md) that uses every chart type, :stat, :grade and each block passes
 * the check, and rendered as the site build renders content (src/markdown/pipeline.ts with charts
 * as slots, astro.config.mjs) then filled in as ContentBody.astro fills it (fillChartSlots), holds
 * every chart's figure and no placeholder the post-build check would refuse.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { readerDefects } from '../../scripts/lib/reader-defects';
import { chartSpecsInHtml, fillChartSlots } from '../../src/charts/cache';
import { CHART_TYPE_NAMES } from '../../src/charts/registry';
import { inspectionPageIds } from '../../src/data/inspection-ids';
import { loadDataset } from '../../src/data/load';
import { storyRemarkPlugins } from '../../src/markdown/pipeline';
import { formatStoryProblem } from '../../src/stories/check';
import { checkWriteUp } from '../../src/stories/inspection-check';

const data = loadDataset();
const pageIds = new Set(inspectionPageIds(data.inspections).values());
const site = {
  authorities: new Set(data.authorities.keys()),
  stories: new Set<string>(),
  inspections: pageIds,
};
const file = join(import.meta.dirname, '../fixtures/write-ups/haringey-2023-ilacs.md');
const text = readFileSync(file, 'utf8');
/** The body, the frontmatter blanked so that lines match the file (as the loader renders it). */
const body = text.replace(/^---\n[\s\S]*?\n---\n/, (m) => '\n'.repeat(m.split('\n').length - 1));

function renderAsTheBuild(markdown: string): string {
  const html = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(storyRemarkPlugins({ data: () => data, base: '/', site: () => site, chartSlots: true }))
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeStringify, { allowDangerousHtml: true })
    .processSync(new VFile({ path: file, value: markdown }));
  return String(html);
}

describe('a write-up using every directive', () => {
  it('passes the check', () => {
    const problems = checkWriteUp(
      { file: 'content/inspections/haringey-2023-ilacs.md', text },
      { data, site, base: '/', today: '2026-12-07', pageIds },
    ).map(formatStoryProblem);
    expect(problems).toEqual([]);
  });

  it('uses every chart type', () => {
    const slotted = renderAsTheBuild(body);
    expect(new Set(chartSpecsInHtml(data, slotted).map((s) => s.type))).toEqual(new Set(CHART_TYPE_NAMES));
  });

  it('renders every chart, :stat, :grade and block, leaving no placeholder', () => {
    const slotted = renderAsTheBuild(body);
    // Before the page fills them in, the charts are slots: exactly what the post-build check refuses.
    const defects = (html: string) => readerDefects(`<body>${html}</body>`, '2100-01-01').map((d) => d.kind);
    expect(defects(slotted)).toEqual(
      Array.from(CHART_TYPE_NAMES, () => 'an unrendered placeholder <inspected-chart>'),
    );
    const page = fillChartSlots(slotted, data, '/');
    expect(defects(page)).toEqual([]);
    for (const spec of chartSpecsInHtml(data, slotted))
      expect(page, spec.id).toContain(`href="/charts/${spec.id}.csv"`);
    expect(page.match(/<figure\b[^>]*class="[^"]*\bchart\b/g)?.length).toBe(CHART_TYPE_NAMES.length);
    expect(page.match(/<a class="stat"/g)?.length).toBe(3);
    expect(page).toContain('class="badge badge--good"');
    expect(page).toMatch(/class="[^"]*factbox/);
    expect(page).toMatch(/class="[^"]*pullquote/);
  });
});
