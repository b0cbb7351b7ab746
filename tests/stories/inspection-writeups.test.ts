import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { escapeText } from '../../src/config/text-safety';
import { WRITE_UP_FIELDS } from '../../src/stories/inspection-schema';
import { formatStoryProblem } from '../../src/stories/check';
import { checkWriteUp, checkWriteUps, withoutWriteUpFields } from '../../src/stories/inspection-check';
import { inspectionPageIds } from '../../src/data/inspection-ids';
import { loadDataset } from '../../src/data/load';
import { fixtureDataset } from '../helpers/dataset-fixture';
import { expectEditProblems } from '../helpers/frontmatter-edits';
import { writeUpFront } from '../helpers/story-fixture';

const data = fixtureDataset();
const pageIds = new Set(inspectionPageIds(data.inspections).values());
const options = {
  data,
  site: {
    authorities: new Set(data.authorities.keys()),
    stories: new Set(['havering-story']),
    inspections: pageIds,
  },
  base: '/',
  today: '2026-12-01',
  pageIds,
};

const FRONT = writeUpFront({
  title: 'Havering, December 2023',
  published: '2026-12-01',
  corrections: `corrections:
  - date: 2026-12-01
    text: "An earlier version gave the wrong inspection dates."
`,
});

function check(text: string, file = 'content/inspections/havering-2024-ilacs.md'): string[] {
  return checkWriteUp({ file, text }, options).map(formatStoryProblem);
}

describe('write-ups of inspections', () => {
  it('accept a valid write-up with charts, directives and links to the inspection and a story', () => {
    expect(
      check(
        FRONT +
          '\nRated :grade[inadequate].\n\n::chart{type="trajectory" authority="havering" highlight="havering-2024-ilacs"}\n\nSee [the story](/stories/havering-story/) and [the page](/inspections/havering-2024-ilacs/).\n',
      ),
    ).toEqual([]);
  });

  it('must be named after an inspection page id, with a suggestion', () => {
    expect(check(FRONT, 'content/inspections/havering-2024-ilac.md')).toEqual([
      'content/inspections/havering-2024-ilac.md:1:1 no inspection has the page /inspections/havering-2024-ilac/; did you mean "havering-2024-ilacs.md"? expected the file to be named after an inspection\'s page id, e.g. havering-2024-ilacs.md (the end of its address)',
    ]);
  });

  it('keep quotes short, attributed and without their own quotation marks', () => {
    const long = Array.from({ length: 31 }, () => 'word').join(' ');
    expectEditProblems(check, FRONT, [
      [
        'text: "widespread drift and delay"',
        `text: "${long}"`,
        [
          `content/inspections/havering-2024-ilacs.md:17:5 quotes.0.text: expected a short quote of at most 30 words (it has 31); say the rest in our own words (got ${escapeText(long)})`,
        ],
      ],
      [
        'text: "widespread drift and delay"',
        'text: "“widespread drift and delay”"',
        [
          'content/inspections/havering-2024-ilacs.md:17:5 quotes.0.text: expected the quote without quotation marks at its ends (the page adds them) (got "“widespread drift and delay”")',
        ],
      ],
      [
        '    by: "Ofsted inspectors, February 2024"\n',
        '',
        [
          'content/inspections/havering-2024-ilacs.md:17:3 missing field "quotes.0.by"; add it: expected text (in double quotes)',
        ],
      ],
      [
        '    by: "Ofsted',
        '    who: "x"\n    by: "Ofsted',
        [
          'content/inspections/havering-2024-ilacs.md:18:5 unknown field "who" in quotes.0; allowed: text, by',
        ],
      ],
    ]);
  });

  it('check corrections’ dates like every other date', () => {
    expectEditProblems(check, FRONT, [
      [
        '  - date: 2026-12-01',
        '  - date: 2026-02-30',
        [
          'content/inspections/havering-2024-ilacs.md:20:5 corrections.0.date: expected a real date written yyyy-mm-dd (got "2026-02-30")',
        ],
      ],
    ]);
  });

  it('report story-field problems on the right line, listing the write-up’s own fields too', () => {
    expectEditProblems(check, FRONT, [
      [
        'byline:',
        'bylines:',
        [
          'content/inspections/havering-2024-ilacs.md:1:1 missing field "byline"; add it: expected text (in double quotes)',
          `content/inspections/havering-2024-ilacs.md:8:1 unknown field "bylines"; did you mean "byline"? allowed: ${WRITE_UP_FIELDS.join(', ')}`,
        ],
      ],
      // A problem after the write-up's own fields keeps its line number.
      [
        'draft: false',
        'draft: maybe',
        [
          'content/inspections/havering-2024-ilacs.md:22:1 draft: expected true or false, not a string (got "maybe")',
        ],
      ],
    ]);
  });

  it('blank their own fields without moving any line', () => {
    const out = withoutWriteUpFields(FRONT);
    expect(out.split('\n').length).toBe(FRONT.split('\n').length);
    expect(matter(out).data).not.toHaveProperty('quotes');
    expect(matter(out).data['draft']).toBe(false);
  });

  it('refuse a YAML tag or anchor inside their own fields, which the stories’ check never sees', () => {
    expectEditProblems(check, FRONT, [
      [
        'text: "widespread drift and delay"',
        'text: !!js/function "f"',
        [
          'content/inspections/havering-2024-ilacs.md:17:28 YAML tags (such as !!js/function or !!binary) are not allowed; write plain text, numbers, true/false, lists and dates',
        ],
      ],
      [
        '  - "Inadequate overall and in three of four areas."',
        '  - &a "Inadequate overall."',
        [
          'content/inspections/havering-2024-ilacs.md:15:5 YAML anchors and aliases (&name, *name) are not allowed in frontmatter; write each value out in full',
        ],
      ],
    ]);
  });

  it('are read as the build reads them: a link, even to a valid write-up, is refused by name', () => {
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    writeFileSync(join(outside, 'real.md'), FRONT);
    const dir = mkdtempSync(join(tmpdir(), 'write-ups-'));
    symlinkSync(join(outside, 'real.md'), join(dir, 'havering-2024-ilacs.md'));
    expect(checkWriteUps(dir, options).map(formatStoryProblem)).toEqual([
      `${relative(process.cwd(), join(dir, 'havering-2024-ilacs.md'))}:1:1 the write-up is a symbolic link; links are not followed: replace it with the file itself`,
    ]);
  });

  it('check links to inspection pages like any site link', () => {
    expect(check(FRONT + '\nSee [the page](/inspections/havering-2099-ilacs/).\n')).toEqual([
      'content/inspections/havering-2024-ilacs.md:25:5 link to a page that does not exist: "/inspections/havering-2099-ilacs/"; did you mean "/inspections/havering-2024-ilacs/"? expected a site path such as /authorities/<council>/, /stories/<story>/, /ratings/, /data/',
    ]);
  });
});

describe('the published write-ups', () => {
  const real = loadDataset();
  const realIds = new Set(inspectionPageIds(real.inspections).values());
  const dir = join(process.cwd(), 'content', 'inspections');

  it('pass the check', () => {
    const site = {
      authorities: new Set(real.authorities.keys()),
      stories: new Set(
        readdirSync(join(process.cwd(), 'content', 'stories'))
          .filter((f) => f.endsWith('.md'))
          .map((f) => f.replace(/\.md$/, '')),
      ),
      inspections: realIds,
    };
    expect(
      checkWriteUps(dir, {
        data: real,
        site,
        base: '/',
        today: new Date().toISOString().slice(0, 10),
        pageIds: realIds,
      }).map(formatStoryProblem),
    ).toEqual([]);
  });

  it('cover the inspections of the source documents, and link both ways with the stories', () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.replace(/\.md$/, ''))
      .sort();
    expect(files).toEqual([
      'haringey-2010-progress-report',
      'haringey-2014-sif',
      'haringey-2023-ilacs',
      'havering-2024-ilacs',
    ]);
    const byPage = new Map([...inspectionPageIds(real.inspections)].map(([id, page]) => [page, id]));
    const storiesDir = join(process.cwd(), 'content', 'stories');
    const stories = readdirSync(storiesDir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => ({
        slug: f.replace(/\.md$/, ''),
        ...matter(readFileSync(join(storiesDir, f), 'utf8')),
      }));
    for (const page of files) {
      const text = readFileSync(join(dir, `${page}.md`), 'utf8');
      // A story lists the inspection (so the story page links to the write-up's page) ...
      const about = stories.filter((s) =>
        ((s.data['inspections'] as string[] | undefined) ?? []).includes(byPage.get(page) ?? ''),
      );
      expect(about.length, page).toBeGreaterThan(0);
      // ... and the write-up links to a story about it.
      expect(
        about.some((s) => text.includes(`(/stories/${s.slug}/)`)),
        page,
      ).toBe(true);
    }
  });
});
