import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { remarkTableCaptions } from '../../src/markdown/remark-table-captions';
import { problemsOf } from '../../src/markdown/problems';
import { captionTables } from '../../src/components/table-captions';

function run(md: string) {
  const file = new VFile({ path: 'content/stories/x.md', value: md });
  const html = String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkTableCaptions)
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(file),
  );
  return { html, problems: problemsOf(file) };
}

describe('story tables', () => {
  it('take their caption from a "Table:" line and get row headers', () => {
    const { html, problems } = run(
      'Table: Grades by year\n\n| Year | Grade |\n| --- | --- |\n| 2014 | Good |\n',
    );
    expect(problems).toEqual([]);
    expect(captionTables(html)).toBe(
      '<div class="table-wrap scroll-x"><table><caption>Grades by year</caption>\n<thead>\n<tr>\n<th scope="col">Year</th>\n<th scope="col">Grade</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<th scope="row">2014</th>\n<td>Good</td>\n</tr>\n</tbody>\n</table></div>',
    );
  });
  it('ask for a caption, with the line of the table', () => {
    const { problems } = run('Some text.\n\n| Year | Grade |\n| --- | --- |\n| 2014 | Good |\n');
    expect(problems).toEqual([
      {
        line: 3,
        column: 1,
        message: 'a table needs a caption: write "Table: what the table shows" on the line just before it',
      },
    ]);
  });
});
