/**
 * The mistakes an editor made writing a write-up from the guide alone (issue 23): each fails the
 * check with file:line and words that say what to write; none shows the validator's own wording.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatStoryProblem } from '../../src/stories/check';
import { checkWriteUp } from '../../src/stories/inspection-check';
import { inspectionPageIds } from '../../src/data/inspection-ids';
import { fixtureDataset } from '../helpers/dataset-fixture';
import { writeUpFront } from '../helpers/story-fixture';
import { shiftHeadings } from '../../src/markdown/heading-levels';
import { storySchema } from '../../src/stories/schema';
import { z } from 'astro/zod';

const data = fixtureDataset();
const pageIds = new Set(inspectionPageIds(data.inspections).values());
const options = {
  data,
  site: { authorities: new Set(data.authorities.keys()), stories: new Set<string>(), inspections: pageIds },
  base: '/',
  today: '2026-12-01',
  pageIds,
};
const FILE = 'content/inspections/havering-2024-ilacs.md';
const FRONT = writeUpFront({
  published: '2026-12-01',
  corrections: 'corrections:\n  - date: 2026-12-01\n    text: "An earlier version gave the wrong dates."\n',
});
const guide = readFileSync(join(import.meta.dirname, '../../docs/editing.md'), 'utf8');
/** The guide's table of messages quotes this line's message word for word. */
const expectInGuide = (line: string | undefined) =>
  expect(guide).toContain('`' + (line ?? '').replace(/^.*?\.md:\d+:\d+ /, '') + '`');
const check = (text: string) => checkWriteUp({ file: FILE, text }, options).map(formatStoryProblem);
const valid = `${FRONT}\nRated :grade[inadequate].\n`;
const broken = (from: string, to: string) => {
  expect(valid, from).toContain(from);
  return check(valid.replace(from, to));
};

describe('what a write-up editor is told', () => {
  it('accepts the valid write-up', () => {
    expect(check(valid)).toEqual([]);
  });

  it('suggests the field meant by a misspelt write-up field ("sumary")', () => {
    expect(broken('summary:', 'sumary:')).toEqual([
      expect.stringMatching(
        /^content\/inspections\/havering-2024-ilacs\.md:\d+:1 unknown field "sumary"; did you mean "summary"\? allowed: /,
      ),
    ]);
  });

  it('says what to write for a number where text goes, in its own words', () => {
    const lines = broken('by: "Ofsted inspectors, February 2024"', 'by: 2024');
    expect(lines).toEqual([
      `${FILE}:18:5 quotes.0.by: expected text (in double quotes), not a number (got 2024)`,
    ]);
    expect(lines.join('\n')).not.toMatch(/Invalid input|received/);
  });

  it('suggests the council meant by a link to a page that does not exist', () => {
    expectInGuide(check(`${valid}\nSee [Havering](/authorities/haverin/).\n`)[0]);
    expect(check(`${valid}\nSee [Havering](/authorities/haverin/).\n`)).toEqual([
      expect.stringContaining(
        'link to a page that does not exist: "/authorities/haverin/"; did you mean "/authorities/havering/"?',
      ),
    ]);
  });

  it('accepts the page id in inspections:, as in the file name and highlight', () => {
    expect(
      check(
        valid.replace(
          'inspections: [havering-2024-02-16-ilacs-standard]',
          'inspections: [havering-2024-ilacs]',
        ),
      ),
    ).toEqual([]);
    expect(
      broken('inspections: [havering-2024-02-16-ilacs-standard]', 'inspections: [havering-2024-ilac]'),
    ).toEqual([
      `${FILE}:6:1 inspections.0: unknown inspection "havering-2024-ilac"; did you mean "havering-2024-ilacs"? expected an inspection's page id, the end of its address /inspections/<page id>/, e.g. havering-2024-ilacs (got "havering-2024-ilac")`,
    ]);
  });

  it('refuses a chart of another council, saying what to write', () => {
    expect(check(`${valid}\n::chart{type="trajectory" authority="haringey"}\n`)).toEqual([
      `${FILE}:27:1 a chart of another council ("haringey") in a write-up of havering's inspection; use authority="havering" or a chart of every council, and compare councils in a story (docs/editing.md, section 9a)`,
    ]);
    expect(
      check(
        `${valid}\n::chart{type="trajectory" authority="havering"}\n\n::chart{type="grade-distribution"}\n`,
      ),
    ).toEqual([]);
  });
});

describe('the plain-text rule reaches every string, nested ones included', () => {
  it.each([
    [
      'a right-to-left override in a quote’s attribution',
      'by: "Ofsted inspectors, February 2024"',
      'by: "Ofsted\\u202E inspectors"',
      '18:5 quotes.0.by: contains U+202E',
    ],
    [
      'a zero-width space in a summary point',
      '"Inadequate overall',
      '"Inadequate\\u200B overall',
      'summary.0: contains U+200B',
    ],
    [
      'a bell in a correction',
      'text: "An earlier',
      'text: "An\\u0007 earlier',
      'corrections.0.text: contains U+0007',
    ],
    [
      'an escape in a source title',
      'title: "Havering: inspection',
      'title: "Havering:\\u001B inspection',
      'sources.0.title: contains U+001B',
    ],
  ])('%s', (_what, from, to, expected) => {
    const lines = broken(from, to);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(expected);
    expect(lines[0]).toMatch(/; expected .+ in plain text/);
  });
});

describe('headings', () => {
  it('refuse a skipped level and a top-level heading, at their lines, saying which level to use', () => {
    expect(check(`${valid}\n## Findings\n\n#### Detail\n\n# Again\n`)).toEqual([
      `${FILE}:29:1 a "####" heading after a "##" heading skips a level; use "###"`,
      `${FILE}:31:1 a "#" heading: the title is the page's only top-level heading; start sections with "##"`,
    ]);
    expect(check(`${valid}\n### First\n`)).toEqual([
      `${FILE}:27:1 a "###" heading after the title skips a level; use "##"`,
    ]);
    expect(check(`${valid}\n## Findings\n\n### Detail\n\n## Next\n`)).toEqual([]);
    for (const l of check(`${valid}\n## Findings\n\n#### Detail\n\n# Again\n`)) expectInGuide(l);
  });

  it('move a write-up’s headings under its own title on its page', () => {
    expect(shiftHeadings('<h2 id="a">A</h2><p>x</p><h3>B</h3><h6>C</h6>', 1)).toBe(
      '<h3 id="a">A</h3><p>x</p><h4>B</h4><h6>C</h6>',
    );
    expect(shiftHeadings('<h2>A</h2><header>x</header>', 0)).toBe('<h2>A</h2><header>x</header>');
    expect(shiftHeadings('<h2>A</h2><header>x</header>', 1)).toBe('<h3>A</h3><header>x</header>');
  });
});

describe('images in a write-up', () => {
  it('name the write-ups’ own images folder, the one that works', () => {
    expect(
      check(`${valid}\n![A chart](./images/missing.png)\n\n![A map](../stories/images/map.png)\n`),
    ).toEqual([
      `${FILE}:27:1 image not found: "content/inspections/images/missing.png"; check the file name (capitals matter) and that it is in content/inspections/images/`,
      `${FILE}:29:1 image "../stories/images/map.png" is outside the images folder; put it in content/inspections/images/ and write ![what the image shows](./images/name.png)`,
    ]);
  });
});

describe('a field added later', () => {
  it('cannot skip the plain-text rule, however deeply its strings sit', () => {
    const ctx = { authorities: new Set(['havering']), inspections: new Set<string>(), today: '2026-12-01' };
    const extended = storySchema(ctx).safeExtend({
      credits: z.array(z.object({ note: z.string() })).optional(),
    });
    const r = extended.safeParse({ credits: [{ note: 'photo\u202E by x' }] });
    const issues = r.success ? [] : r.error.issues.filter((i) => i.path.join('.') === 'credits.0.note');
    expect(issues.map((i) => i.message)).toEqual([
      'contains U+202E (right-to-left override, a bidirectional control that can make text display in a different order) at character 6; expected this field in plain text',
    ]);
  });
});
