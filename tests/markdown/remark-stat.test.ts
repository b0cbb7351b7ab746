/**
 * `:stat{...}`: a figure the site computes, quoted in a sentence with its source; every mistake
 * reported at once with file:line and what was expected.
 */
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load';
import { remarkFailOnProblems } from '../../src/markdown/problems';
import { remarkStat } from '../../src/markdown/remark-stat';
import { countsAt31March } from '../../src/data/ratings-at';
import { check, FRONT } from '../helpers/story-fixture';

const data = loadDataset();

function html(md: string): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkDirective)
      .use(remarkStat, { data })
      .use(remarkFailOnProblems)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeStringify, { allowDangerousHtml: true })
      .processSync(new VFile({ path: 'story.md', value: md })),
  );
}

describe(':stat', () => {
  it('Havering’s agency rate, 2023 and 2025, linked to the DfE’s workforce statistics', () => {
    const out = html(
      'Agency staff rose from :stat{authority="havering" measure="agency-rate" year="2023"} to :stat{authority="havering" measure="agency-rate" year="2025"}.',
    );
    expect(out).toContain('>25.6%</a>');
    expect(out).toContain('>41.7%</a>');
    expect(out).toContain(
      'href="https://explore-education-statistics.service.gov.uk/find-statistics/children-s-social-work-workforce"',
    );
    expect(out).toMatch(
      /title="Havering, 2025: agency social workers as a percentage of all social workers\. Source: Department for Education, Children&#39;s social work workforce: reporting year 2025 \(27 April 2026\)"/,
    );
  });

  it('England, a region and adoption times', () => {
    const out = html(
      ':stat{england measure="agency-rate" year="2025"} :stat{region="London" measure="agency-rate" year="2025"} :stat{authority="wirral" measure="a10" year="2022-23"} :stat{england measure="a10" year="2022-23"}',
    );
    expect(out).toMatch(/>13%<\/a> <a[^>]*>17.9%<\/a> <a[^>]*>652 days<\/a> <a[^>]*>480 days<\/a>/);
  });

  it('a count of councils at a grade on 31 March, from countsAt31March', () => {
    const n = countsAt31March(data, '2025-03-31').counts.inadequate;
    const out = html(':stat{measure="councils-at-grade" grade="inadequate" date="2025-03-31"} councils');
    expect(out).toContain(`>${n}</a> councils`);
    expect(out).toMatch(/title="Councils rated inadequate on 31 March 2025, of \d+/);
  });

  it('lists every problem at once, each with its line and what was expected', () => {
    const lines = check(
      FRONT +
        '\nA :stat{authority="haverin" measure="agency-rate" year="2025"} rate.\n\n' +
        'B :stat{authority="havering" measure="agency" year="2025"}.\n\n' +
        'C :stat{authority="havering" measure="agency-rate" year="2019"}.\n\n' +
        'D :stat{measure="councils-at-grade" grade="bad" date="2025-04-01"}.\n\n' +
        'E :stat{authority="havering" measure="a10" year="2022-23"}.\n\n' +
        '::stat{measure="a10"}\n',
    );
    expect(lines).toEqual([
      'content/stories/havering.md:17:3 unknown council "haverin" in :stat; did you mean "havering"?',
      'content/stories/havering.md:19:3 unknown measure "agency" in :stat; allowed: caseload, agency-rate, turnover, vacancy-rate, a10, a2, adopted, adopted-percent, care-leavers-eet, councils-at-grade',
      'content/stories/havering.md:21:3 no agency-rate figures for the year "2019" in :stat; expected a year to 30 September from 2025 to 2025',
      'content/stories/havering.md:23:3 unknown grade "bad" in :stat; allowed: outstanding, good, requires-improvement, inadequate',
      'content/stories/havering.md:23:3 no count of councils on "2025-04-01" in :stat; expected a 31 March from 2009-03-31 to 2023-03-31, written yyyy-03-31',
      'content/stories/havering.md:25:3 the a10 figure for Havering in 2022-23 is not published (too-few: too few children adopted to publish); say so in words instead of :stat',
      'content/stories/havering.md:27:1 a stat goes inside a sentence as :stat{measure="..." ...} (one colon)',
    ]);
  });
});
