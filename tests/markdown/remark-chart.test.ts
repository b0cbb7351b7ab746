import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { CHART_TYPE_NAMES } from '../../src/charts/registry';
import type { Root } from 'mdast';
import { remarkChart } from '../../src/markdown/remark-chart';
import {
  MarkdownProblemsError,
  formatMarkdownProblems,
  remarkFailOnProblems,
} from '../../src/markdown/problems';
import { fixtureDataset } from '../charts/fixtures';

async function run(markdown: string, path = 'content/stories/x.md'): Promise<Root> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkChart, { data: fixtureDataset, base: '/sub/' })
    .use(remarkFailOnProblems);
  const file = new VFile({ value: markdown, path });
  return (await processor.run(processor.parse(file), file)) as Root;
}

async function errorOf(markdown: string): Promise<string> {
  try {
    await run(markdown);
  } catch (e) {
    if (e instanceof MarkdownProblemsError) return formatMarkdownProblems(e.path, e.problems);
    return (e as Error).message;
  }
  throw new Error('expected the file to fail');
}

describe('::chart directive', () => {
  it('becomes the figure HTML with base-relative CSV and embed links', async () => {
    const tree = await run('Intro\n\n::chart{type="care-leavers" authority="haringey"}\n');
    const node = tree.children[1];
    expect(node?.type).toBe('html');
    const html = node && 'value' in node ? node.value : '';
    expect(html).toMatch(/^<figure class="chart" id="chart-care-leavers-haringey-19-21"/);
    expect(html).toContain('href="/sub/charts/care-leavers-haringey-19-21.csv"');
    expect(html).toMatch(
      /&lt;iframe src=&quot;https?:\/\/[^/]+\/sub\/embed\/care-leavers-haringey-19-21\/&quot;/,
    );
  });

  it('accepts hyphenated option names', async () => {
    const tree = await run('::chart{type="national-grid" group-by="region"}\n');
    expect(tree.children[0]?.type).toBe('html');
  });

  it('reports an unknown option with file, line and column', async () => {
    expect(
      await errorOf(
        '# Story\n\n\n\n\n\n\n\n\n\n\n::chart{type="trajectory" authority="haringey" age="19-21"}\n',
      ),
    ).toBe(
      'content/stories/x.md:12:1 unknown chart option "age" for type "trajectory"; allowed: authority, highlight',
    );
  });

  it('collects every problem in the file and fails once', async () => {
    const md = [
      '::chart{type="pie"}',
      '',
      '::chart{type="trajectory" authority="harringey"}',
      '',
      '::chart{type="care-leavers"}',
      '',
      '::chart{type="care-leavers" authority="haringey" age="16-17"}',
      '',
      '::chart{authority="haringey"}',
      '',
      '::chart{type="trajectory" authority="nowhere-at-all"}',
    ].join('\n');
    expect(await errorOf(md)).toBe(
      [
        `content/stories/x.md:1:1 unknown chart type "pie"; allowed: ${CHART_TYPE_NAMES.join(', ')}`,
        'content/stories/x.md:3:1 unknown council "harringey" in option "authority" of type "trajectory"; did you mean "haringey"?',
        'content/stories/x.md:5:1 missing required option "authority" for type "care-leavers"; allowed: authority, age',
        'content/stories/x.md:7:1 invalid value "16-17" for option "age" of type "care-leavers"; allowed: 19-21, 17-18',
        `content/stories/x.md:9:1 chart needs a type; allowed: ${CHART_TYPE_NAMES.join(', ')}`,
        'content/stories/x.md:11:1 unknown council "nowhere-at-all" in option "authority" of type "trajectory"; expected a council slug from data/authorities.csv, e.g. "haringey"',
      ].join('\n'),
    );
  });

  it('rejects a chart written as a text directive', async () => {
    expect(await errorOf('See :chart{type="transitions"} here.\n')).toBe(
      'content/stories/x.md:1:5 a chart must be on its own line as ::chart{type="..."} (two colons)',
    );
  });

  it('does not load the data for files without charts', async () => {
    let loaded = false;
    const processor = unified()
      .use(remarkParse)
      .use(remarkDirective)
      .use(remarkChart, { data: () => ((loaded = true), fixtureDataset()), base: '/' });
    const file = new VFile({ value: 'No charts here.', path: 'a.md' });
    await processor.run(processor.parse(file), file);
    expect(loaded).toBe(false);
  });
});
