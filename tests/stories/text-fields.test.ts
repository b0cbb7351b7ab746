/**
 * Issue 11, items 3, 14 and 15 for stories: every text field validated (control characters,
 * unpaired surrogates, over-long or empty values, non-text values), limits (size, slug, YAML
 * aliases), and deceptive text (bidirectional and invisible characters, look-alike titles),
 * each reported with file:line, the field, the value escaped and what is expected, all at once.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../scripts/check';
import { LIMITS } from '../../src/config/limits';
import { checkAcrossStories, formatStoryProblem } from '../../src/stories/check';
import { check, FRONT, STORY } from '../helpers/story-fixture';

const F = 'content/stories/havering.md';

describe('text fields', () => {
  it('reports control characters, broken Unicode, empty and over-long values, all at once', () => {
    const text = STORY.replace('"Havering rated inadequate"', '"Havering\\u0001 rated inadequate"')
      .replace('byline: "Inspected data team"', 'byline: "  "')
      .replace('publisher: "Ofsted"', 'publisher: "Of\\ud800sted"')
      .replace(/standfirst: ".*"/, `standfirst: "${'A finding. '.repeat(40)}"`);
    expect(check(text)).toEqual([
      `${F}:2:1 title: contains U+0001 (a control character) at character 9; expected a headline in plain text (got "Havering\\u0001 rated inadequate")`,
      `${F}:3:1 standfirst: expected a standfirst of at most ${LIMITS.standfirstChars} characters (it has 440) (got "A finding. A finding. A finding. A finding. A finding. A finding. A finding. A f…")`,
      `${F}:8:1 byline: expected a byline; it is empty (got "  ")`,
      `${F}:10:5 sources.0.publisher: contains U+D800 (half of a character: broken Unicode) at character 3; expected the publisher in plain text (got "Of\\uD800sted")`,
    ]);
  });

  it('reports a headline over the limit, and a date or number given as the title, at the title’s line', () => {
    expect(check(STORY.replace('Havering rated inadequate', 'x'.repeat(LIMITS.titleChars + 1)))[0]).toMatch(
      new RegExp(
        `^${F}:2:1 title: expected a headline of at most ${LIMITS.titleChars} characters \\(it has 121\\)`,
      ),
    );
    expect(check(STORY.replace('title: "Havering rated inadequate"', 'title: 2026-01-01'))).toEqual([
      `${F}:2:1 title: expected a headline in words, not only digits and punctuation (got "2026-01-01")`,
    ]);
    expect(check(STORY.replace('title: "Havering rated inadequate"', 'title: 20260101'))).toEqual([
      `${F}:2:1 title: expected text (in double quotes), not a number (got 20260101)`,
    ]);
  });

  it('refuses bidirectional and invisible characters in the frontmatter, a comment included', () => {
    const text = STORY.replace('Havering rated inadequate', 'Havering rated \u202Egpj.exe').replace(
      'draft: false',
      'draft: false # \u200B',
    );
    expect(check(text)).toEqual([
      `${F}:2:1 title: contains U+202E (right-to-left override, a bidirectional control that can make text display in a different order) at character 16; expected a headline in plain text (got "Havering rated \\u202Egpj.exe")`,
      `${F}:14:16 the frontmatter contains U+200B (zero-width space, an invisible character); delete it (it cannot be seen, or changes how the text around it displays)`,
    ]);
  });

  it('reports bidirectional controls in the body with their line and column', () => {
    expect(check(`${FRONT}\nThe file \u2066gpj.exe\u2069 is here.\n`)).toEqual([
      `${F}:17:10 the text contains U+2066 (left-to-right isolate, a bidirectional control that can make text display in a different order); delete it (it cannot be seen, or changes how the text around it displays)`,
      `${F}:17:18 the text contains U+2069 (pop directional isolate, a bidirectional control that can make text display in a different order); delete it (it cannot be seen, or changes how the text around it displays)`,
    ]);
    // An emoji's zero-width joiner is fine in the body.
    expect(check(`${FRONT}\nA family: 👨\u200D👩\u200D👧.\n`)).toEqual([]);
  });
});

describe('limits', () => {
  it('refuses a story over the size limit before reading it', () => {
    const big = STORY + 'Padding text. '.repeat(Math.ceil(LIMITS.storyBytes / 14));
    expect(check(big)).toEqual([
      `${F}:1:1 the story is 201 KB; the limit is 200 KB: split it into two stories`,
    ]);
  });

  it('refuses a YAML alias bomb quickly, naming the file and the anchor’s line', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const text = STORY.replace('title: "Havering rated inadequate"', `${levels.join('\n')}\ntitle: *l`);
    expect(check(text)).toEqual([
      `${F}:2:4 YAML anchors and aliases (&name, *name) are not allowed in frontmatter; write each value out in full`,
    ]);
    // The across-stories check (duplicate titles) reads the title too, and must not expand it.
    expect(checkAcrossStories([{ file: F, text }])).toEqual([]);
  });

  it('refuses a slug over the limit, and deep nesting', () => {
    const name = `${'a'.repeat(LIMITS.slugChars + 1)}.md`;
    expect(check(STORY, `content/stories/${name}`)).toEqual([
      `content/stories/${name}:1:1 file name is 81 characters long before .md; expected a slug of at most ${LIMITS.slugChars} characters (it becomes the address /stories/<slug>/)`,
    ]);
    // The first release accepted a 252-character slug and failed half way through the build.
    expect(check(STORY, `content/stories/${'a'.repeat(252)}.md`)[0]).toMatch(
      /:1:1 file name is 252 characters long/,
    );
    const deep = STORY.replace('tags: [havering]', `tags: ${'['.repeat(20)}${']'.repeat(20)}`);
    expect(check(deep)[0]).toMatch(
      new RegExp(`^${F}:7:\\d+ the frontmatter is nested more than ${LIMITS.frontmatterDepth} levels deep`),
    );
  });

  it('refuses file names with invisible or bidirectional characters, escaped', () => {
    expect(check(STORY, 'content/stories/report\u202Egpj.md')).toEqual([
      'content/stories/report\\u202Egpj.md:1:1 file name "report\\u202Egpj.md" contains U+202E (right-to-left override, a bidirectional control that can make text display in a different order); rename the file using lowercase letters, digits and hyphens',
    ]);
  });
});

describe('the check script', () => {
  it('reports a folder named x.md, a link and a pipe by name, instead of crashing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    writeFileSync(join(dir, 'good.md'), STORY);
    mkdirSync(join(dir, 'x.md'));
    symlinkSync('/proc/self/environ', join(dir, 'env.md'));
    const rel = (n: string) => relative(process.cwd(), join(dir, n));
    const out = runCheck('2026-11-24', dir);
    expect(out).toEqual([
      `${rel('env.md')}:1:1 the story is a symbolic link; links are not followed: replace it with the file itself`,
      `${rel('x.md')}:1:1 the story is a folder, not an ordinary file`,
    ]);
    expect(out.join('\n')).not.toContain('PATH=');
  });
});

describe('look-alike titles', () => {
  const story = (title: string) => STORY.replace('Havering rated inadequate', title);
  it('flags a title that looks the same as another’s, spelt with Cyrillic letters', () => {
    const problems = checkAcrossStories([
      { file: 'content/stories/a.md', text: story('Havering rated inadequate') },
      { file: 'content/stories/b.md', text: story('Havering rаted inаdequаte') }, // Cyrillic а
    ]).map(formatStoryProblem);
    expect(problems).toEqual([
      'content/stories/b.md:2:1 title "Havering rаted inаdequаte" looks the same as the title of content/stories/a.md ("Havering rated inadequate") but is spelt with different characters (look-alike letters from another alphabet, or invisible ones); retype the title, or make it distinct',
    ]);
  });

  it('still reports an exact duplicate as a duplicate, and passes distinct titles', () => {
    expect(
      checkAcrossStories([
        { file: 'content/stories/a.md', text: story('Havering rated inadequate') },
        { file: 'content/stories/b.md', text: story('HAVERING RATED INADEQUATE') },
        { file: 'content/stories/c.md', text: story('Havering rated good') },
      ]).map(formatStoryProblem),
    ).toEqual(['content/stories/b.md:2:1 duplicate title: content/stories/a.md has the same title']);
  });
});
