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
import { transitions } from '../../src/charts/transitions';
import { GRADE_ORDER, gradeLabel } from '../../src/data/vocabulary';
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

  it('counts of councils that rose, fell or stayed: the transitions chart’s own counts', () => {
    // The chart's table, one row per pair of grades, is what readers see under the chart.
    const fig = transitions(data);
    const rows = fig.table.rows as {
      direction: string;
      councils: number;
      previous: string;
      latest: string;
    }[];
    const steps = (r: (typeof rows)[number]) => {
      const order = GRADE_ORDER.map((g) => gradeLabel(g));
      return Math.abs(order.indexOf(r.previous) - order.indexOf(r.latest));
    };
    const sum = (f: (r: (typeof rows)[number]) => boolean) =>
      rows.filter(f).reduce((n, r) => n + r.councils, 0);
    const rose = sum((r) => r.direction === 'rose');
    const fell = sum((r) => r.direction === 'fell');
    const same = sum((r) => r.direction === 'same');
    expect(rose + fell + same).toBeGreaterThan(100);
    expect(fig.title).toBe(
      `At their latest inspection, ${rose} councils rose a grade or more and ${fell} fell`,
    );
    const out = html(
      [
        ':stat{measure="councils-transition" direction="any"}',
        ':stat{measure="councils-transition" direction="rose"}',
        ':stat{measure="councils-transition" direction="fell"}',
        ':stat{measure="councils-transition" direction="same"}',
        ':stat{measure="councils-transition" direction="fell" steps="2"}',
        ':stat{measure="councils-transition" direction="rose" steps="2"}',
        ':stat{measure="councils-transition" direction="fell" steps="3"}',
        ':stat{measure="councils-transition" direction="fell" from="good" to="inadequate"}',
      ].join(' '),
    );
    const shown = [...out.matchAll(/<a class="stat"[^>]*>([^<]*)<\/a>/g)].map((m) => m[1]);
    expect(shown).toEqual(
      [
        rose + fell + same,
        rose,
        fell,
        same,
        sum((r) => r.direction === 'fell' && steps(r) === 2),
        sum((r) => r.direction === 'rose' && steps(r) === 2),
        sum((r) => r.direction === 'fell' && steps(r) === 3),
        sum((r) => r.previous === gradeLabel('good') && r.latest === gradeLabel('inadequate')),
      ].map(String),
    );
    expect(out).toMatch(
      /title="Current councils whose latest SIF or ILACS overall grade was 2 grades lower than the one before, of \d+ compared: Inspected’s count from Ofsted’s inspection outcomes, as in the rating transitions chart\. Source: Ofsted, /,
    );
  });

  it('a count of councils typed by hand is a problem with its line and column, except in quotes', () => {
    const lines = check(
      FRONT +
        '\nHavering was rated :grade[inadequate]. Of the 114 current councils, 19 had a lower grade.\n\n' +
        'Across England\nsix councils fell by two grades.\n\n' +
        '> 12 councils were rated inadequate, the report said.\n\n' +
        ':::pullquote{cite="Ofsted, 2024"}\n"22 fell"\n:::\n\n' +
        'Of those, :stat{measure="councils-transition" direction="fell" steps="2"} councils fell by two grades.\n',
    );
    expect(lines).toEqual([
      'content/stories/havering.md:17:40 a count of councils typed by hand ("Of the 114 current councils"): the site computes it, so write it as :stat{measure="councils-transition" direction="fell"} or similar (docs/editing.md, section 4a)',
      'content/stories/havering.md:17:69 a count of councils typed by hand ("19 had a lower grade"): the site computes it, so write it as :stat{measure="councils-transition" direction="fell"} or similar (docs/editing.md, section 4a)',
      'content/stories/havering.md:20:1 a count of councils typed by hand ("six councils fell by two grades"): the site computes it, so write it as :stat{measure="councils-transition" direction="fell"} or similar (docs/editing.md, section 4a)',
    ]);
  });

  it('lists every problem at once, each with its line and what was expected', () => {
    const lines = check(
      FRONT +
        '\nA :stat{authority="haverin" measure="agency-rate" year="2025"} rate.\n\n' +
        'B :stat{authority="havering" measure="agency" year="2025"}.\n\n' +
        'C :stat{authority="havering" measure="agency-rate" year="2019"}.\n\n' +
        'D :stat{measure="councils-at-grade" grade="bad" date="2025-04-01"}.\n\n' +
        'E :stat{authority="havering" measure="a10" year="2022-23"}.\n\n' +
        '::stat{measure="a10"}\n\n' +
        'F :stat{measure="councils-transition" direction="down"}.\n\n' +
        'G :stat{measure="councils-transition" direction="same" steps="2"}.\n\n' +
        'H :stat{measure="councils-transition" steps="4" grade="good"}.\n\n' +
        'I :stat{measure="councils-transition" direction="fell" from="best"}.\n',
    );
    expect(lines).toEqual([
      'content/stories/havering.md:17:3 unknown council "haverin" in :stat; did you mean "havering"?',
      'content/stories/havering.md:19:3 unknown measure "agency" in :stat; allowed: caseload, agency-rate, turnover, vacancy-rate, a10, a2, adopted, adopted-percent, care-leavers-eet, councils-at-grade, councils-transition',
      'content/stories/havering.md:21:3 no agency-rate figures for the year "2019" in :stat; expected a year to 30 September from 2025 to 2025',
      'content/stories/havering.md:23:3 unknown grade "bad" in :stat; allowed: outstanding, good, requires-improvement, inadequate',
      'content/stories/havering.md:23:3 no count of councils on "2025-04-01" in :stat; expected a 31 March from 2014-03-31 to 2023-03-31, written yyyy-03-31',
      'content/stories/havering.md:25:3 the a10 figure for Havering in 2022-23 is not published (too-few: too few children adopted to publish); say so in words instead of :stat',
      'content/stories/havering.md:27:1 a stat goes inside a sentence as :stat{measure="..." ...} (one colon)',
      'content/stories/havering.md:29:3 unknown direction "down" in :stat; allowed: rose, fell, same, any',
      'content/stories/havering.md:31:3 steps goes with direction="rose" or direction="fell" in :stat, not direction="same"',
      'content/stories/havering.md:33:3 unknown attribute "grade" in :stat for measure "councils-transition"; allowed: measure, direction, steps, from, to',
      'content/stories/havering.md:33:3 :stat measure "councils-transition" needs a direction; allowed: rose, fell, same, any',
      'content/stories/havering.md:33:3 unknown steps "4" in :stat; expected how many grades a council moved: 1, 2, 3',
      'content/stories/havering.md:35:3 unknown from grade "best" in :stat; allowed: outstanding, good, requires-improvement, inadequate',
    ]);
  });
});
