/**
 * Input/expected pairs for the story Markdown pipeline (in the style of Observable Framework's
 * markdown tests): each tests/markdown/input/<name>.md is rendered with the site's plugins under
 * the base `/sub/` and compared with tests/markdown/expected/<name>.html. A mismatch writes
 * <name>-changed.html for review; a missing expected file fails under CI and is written otherwise.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { storyRemarkPlugins } from '../../src/markdown/pipeline';
import { fixtureDataset } from '../helpers/dataset-fixture';

const dir = join(import.meta.dirname, 'input');
const out = join(import.meta.dirname, 'expected');
const data = fixtureDataset();

function render(name: string): string {
  const file = new VFile({ path: join(dir, name), value: readFileSync(join(dir, name), 'utf8') });
  const html = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(
      storyRemarkPlugins({
        data: () => data,
        base: '/sub/',
        site: () => ({ authorities: new Set(data.authorities.keys()), stories: new Set() }),
      }),
    )
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeStringify, { allowDangerousHtml: true })
    .processSync(file);
  return String(html) + '\n';
}

describe('story Markdown pipeline', () => {
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    it(name, () => {
      const actual = render(name);
      const expectedPath = join(out, name.replace(/\.md$/, '.html'));
      if (!existsSync(expectedPath)) {
        if (process.env['CI'])
          throw new Error(`missing expected output ${expectedPath}: run the tests locally to create it`);
        writeFileSync(expectedPath, actual);
      }
      const expected = readFileSync(expectedPath, 'utf8');
      if (actual !== expected) writeFileSync(expectedPath.replace(/\.html$/, '-changed.html'), actual);
      expect(actual).toBe(expected);
    });
  }

  it('turns a chart directive into a figure with base-relative downloads', () => {
    const file = new VFile({ path: 'x.md', value: '::chart{type="trajectory" authority="haringey"}\n' });
    const html = String(
      unified()
        .use(remarkParse)
        .use(
          storyRemarkPlugins({
            data: () => data,
            base: '/sub/',
            site: () => ({ authorities: new Set(), stories: new Set() }),
          }),
        )
        .use(remarkRehype, { allowDangerousHtml: true })
        .use(rehypeStringify, { allowDangerousHtml: true })
        .processSync(file),
    );
    expect(html).toContain('<figure class="chart" id="chart-trajectory-haringey"');
    expect(html).toContain('href="/sub/charts/trajectory-haringey.csv"');
    expect(html).toContain('role="img"');
  });
});
