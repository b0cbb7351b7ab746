import { describe, expect, it } from 'vitest';
import { checkAcrossStories, formatStoryProblem } from '../../src/stories/check';
import { expectEditProblems, type FrontmatterEdit } from '../helpers/frontmatter-edits';
import { check, FRONT } from '../helpers/story-fixture';

describe('story frontmatter', () => {
  it('accepts a valid story', () => {
    expect(
      check(FRONT + '\nHavering was rated :grade[inadequate]. See [Havering](/authorities/havering/).\n'),
    ).toEqual([]);
  });

  it.each<[string, FrontmatterEdit[]]>([
    [
      'names a missing field',
      [
        [
          /^byline:.*\n/m,
          '',
          [
            'content/stories/havering.md:1:1 missing field "byline"; add it: expected text (in double quotes)',
          ],
        ],
      ],
    ],
    [
      'names a misspelt field and suggests the right one',
      [
        [
          'standfirst:',
          'standfrist:',
          [
            'content/stories/havering.md:1:1 missing field "standfirst"; add it: expected text (in double quotes)',
            'content/stories/havering.md:3:1 unknown field "standfrist"; did you mean "standfirst"? allowed: title, shortTitle, standfirst, published, updated, covers, coversWhat, authorities, inspections, tags, byline, sources, draft',
          ],
        ],
      ],
    ],
    [
      'rejects an unknown council with the line and what is expected',
      [
        [
          'authorities: [havering]',
          'authorities: [haveringg]',
          [
            'content/stories/havering.md:5:1 authorities.0: unknown council "haveringg"; did you mean "havering"? expected a council\'s slug, the end of its address /authorities/<slug>/ (data/authorities.csv), e.g. haringey (got "haveringg")',
          ],
        ],
      ],
    ],
    [
      'rejects an invalid date, a future date and a date before 2000',
      [
        [
          'published: 2024-02-20',
          'published: 2024-02-31',
          [
            'content/stories/havering.md:4:1 published: expected a real date written yyyy-mm-dd (got "2024-02-31")',
          ],
        ],
        [
          'published: 2024-02-20',
          'published: 2027-01-01',
          [
            'content/stories/havering.md:4:1 published: expected a date no later than today, 2026-11-24 (got "2027-01-01")',
          ],
        ],
        [
          'published: 2024-02-20',
          'published: 1999-12-31',
          ['content/stories/havering.md:4:1 published: expected a date from 2000 to 2100 (got "1999-12-31")'],
        ],
      ],
    ],
    [
      'rejects a source without a URL, and a non-https one',
      [
        [
          /^\s+url: .*\n/m,
          '',
          [
            'content/stories/havering.md:10:3 missing field "sources.0.url"; add it: expected a web address starting https://',
          ],
        ],
        [
          'https://files.ofsted.gov.uk',
          'http://files.ofsted.gov.uk',
          [
            'content/stories/havering.md:12:5 sources.0.url: expected a web address starting https:// (got "http://files.ofsted.gov.uk/v1/file/50239788")',
          ],
        ],
      ],
    ],
  ])('%s', (_name, edits) => expectEditProblems(check, FRONT, edits));

  it('reports YAML that does not parse', () => {
    const [p] = check(FRONT.replace('tags: [havering]', 'tags: [havering'));
    expect(p).toMatch(/^content\/stories\/havering\.md:\d+:\d+ frontmatter is not valid YAML: /);
  });

  it('rejects a file name that is not a slug, and duplicate slugs across stories', () => {
    expect(check(FRONT, 'content/stories/Havering Story.md')[0]).toBe(
      'content/stories/Havering Story.md:1:1 file name "Havering Story.md" is not a valid story slug; expected lowercase letters, digits and hyphens, e.g. haringey-adoption-2014.md',
    );
    expect(
      checkAcrossStories([
        { file: 'content/stories/a.md', text: FRONT },
        { file: 'content/stories/A.md', text: FRONT.replace('Havering rated', 'Havering judged') },
      ]).map(formatStoryProblem),
    ).toEqual([
      'content/stories/A.md:1:1 duplicate slug "a": content/stories/a.md has the same address /stories/a/',
    ]);
  });
});

describe('story body', () => {
  it.each<[name: string, body: string, problems: string[]]>([
    [
      'refuses raw HTML, event handlers and javascript: links, listing all at once with lines',
      [
        '',
        'Text.',
        '',
        '<script>alert(1)</script>',
        '',
        '<iframe src="https://example.org"></iframe>',
        '',
        'A <span onclick="x()">span</span> and [a link](javascript:alert(1)).',
        '',
      ].join('\n'),
      [
        'content/stories/havering.md:19:1 raw HTML is not allowed in stories (found "<script>alert(1)</script>"); use Markdown or a directive: ::chart, :::pullquote, :::factbox, :grade',
        'content/stories/havering.md:21:1 raw HTML is not allowed in stories (found "<iframe src="https://example.org"></ifra"); use Markdown or a directive: ::chart, :::pullquote, :::factbox, :grade',
        'content/stories/havering.md:23:3 raw HTML is not allowed in stories (found "<span onclick="x()">"); use Markdown or a directive: ::chart, :::pullquote, :::factbox, :grade',
        'content/stories/havering.md:23:27 raw HTML is not allowed in stories (found "</span>"); use Markdown or a directive: ::chart, :::pullquote, :::factbox, :grade',
        'content/stories/havering.md:23:39 unsafe link "javascript:alert(1)"; expected an https:// address or a site path such as /authorities/haringey/',
      ],
    ],
    [
      'refuses links to pages that do not exist and malformed external links',
      '\nSee [Hackney](/authorities/hackney/), [a story](/stories/nope/), [ok](/stories/other-story/) and [site](http://example.org).\n',
      [
        'content/stories/havering.md:17:5 link to a page that does not exist: "/authorities/hackney/"; expected a site path such as /authorities/<council>/, /stories/<story>/, /ratings/, /data/',
        'content/stories/havering.md:17:39 link to a page that does not exist: "/stories/nope/"; expected a site path such as /authorities/<council>/, /stories/<story>/, /ratings/, /data/',
        'content/stories/havering.md:17:98 link "http://example.org" is not a well-formed https:// address or a site path starting with /',
      ],
    ],
    [
      'refuses unknown directives and grades, and blocks without their attribute',
      [
        '',
        '::map{authority="havering"}',
        '',
        ':::sidebar',
        'x',
        ':::',
        '',
        'Rated :grade[gud].',
        '',
        ':::pullquote',
        '"Quote"',
        ':::',
        '',
      ].join('\n'),
      [
        'content/stories/havering.md:17:1 unknown directive "::map"; allowed: ::chart{type="..."}',
        'content/stories/havering.md:19:1 unknown block ":::sidebar"; allowed: :::pullquote{cite="..."}, :::factbox{title="..."}',
        'content/stories/havering.md:23:7 unknown grade "gud" in :grade[...]; did you mean "good"? allowed: outstanding, good, requires-improvement, adequate, inadequate',
        'content/stories/havering.md:25:1 :::pullquote needs cite="..."',
      ],
    ],
    ['keeps a bare colon-word in prose as text', '\nThe ratio was 3:1 at 10:30am.\n', []],
  ])('%s', (_name, body, problems) => {
    expect(check(FRONT + body)).toEqual(problems);
  });
});
