/**
 * Issue 11, item 8: property-based tests (fast-check). Random and mutated story files go through
 * the story check and the frontmatter reader, random and mutated CSV rows through the data
 * loader. The result is always success or a list of problems with a file and a line, never an
 * unhandled exception (and never a hang: each run is bounded, and the suite's timeout applies).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/config/frontmatter';
import { findUnsafeChars } from '../../src/config/text-safety';
import { buildDataset, DataValidationError, DATA_FILES, type DataFileKey } from '../../src/data/load';
import { formatProblem } from '../../src/data/schema';
import { checkAcrossStories, checkStory, formatStoryProblem } from '../../src/stories/check';
import { validDataTexts } from '../helpers/dataset-fixture';
import { checkOptions, STORY } from '../helpers/story-fixture';

const RUNS = 200;
const FILE = 'content/stories/fuzzed.md';

/** Pieces of syntax that have broken, or could break, a reader. */
const TOKENS = [
  '---',
  '---js',
  '---\n',
  '\n',
  '\r\n',
  '\t',
  ':',
  ': ',
  '- ',
  '> ',
  '#',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  '&a ',
  '*a',
  '<<: *a',
  '!!js/function ',
  '!!binary ',
  '? ',
  '%YAML 1.2\n',
  '|\n',
  '>-\n',
  '\\u0000',
  '\u0000',
  '\u0001',
  '\u007f',
  '\u202e',
  '\u200b',
  '\ud800',
  '\udc00',
  '\ufeff',
  '<script>alert(1)</script>',
  '<!-- x -->',
  '`',
  '```',
  ':::',
  ':::factbox{title="x"}',
  ':::pullquote{cite="x"}',
  '::::',
  '::chart{type="trajectory" authority="havering"}',
  '::chart{type="nope"}',
  '::chart{',
  ':grade[good]',
  ':grade[',
  '![x](./images/a.png)',
  '![](https://example.net/a.png)',
  '[a](/stories/x/)',
  '[a](javascript:x)',
  '[^1]',
  '[^1]: note',
  '| a | b |\n| - | - |',
  'title: ',
  'draft: true',
  'sources:\n  - ',
  '2024-02-30',
  '9'.repeat(30),
];

const token = fc.oneof(
  fc.constantFrom(...TOKENS),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 6 }),
);

type Edit = { kind: 'insert' | 'delete' | 'replace' | 'repeat'; at: number; len: number; text: string };

/** Lists of one to `most` edits, each inserting text drawn from `text` or touching up to `maxLen` characters. */
function editsOf(text: fc.Arbitrary<string>, maxLen: number, most: number): fc.Arbitrary<Edit[]> {
  return fc.array(
    fc.record({
      kind: fc.constantFrom('insert', 'delete', 'replace', 'repeat'),
      at: fc.nat(),
      len: fc.nat({ max: maxLen }),
      text,
    }),
    { minLength: 1, maxLength: most },
  );
}

const edits = editsOf(token, 40, 8);

/** Apply edits to a text, each at a position taken modulo the current length. */
function mutate(text: string, list: readonly Edit[]): string {
  let s = text;
  for (const e of list) {
    const at = s.length ? e.at % (s.length + 1) : 0;
    if (e.kind === 'insert') s = s.slice(0, at) + e.text + s.slice(at);
    else if (e.kind === 'delete') s = s.slice(0, at) + s.slice(at + e.len);
    else if (e.kind === 'replace') s = s.slice(0, at) + e.text + s.slice(at + e.len);
    else s = s.slice(0, at) + s.slice(at, at + e.len).repeat(3) + s.slice(at);
  }
  return s;
}

/** The checks every problem list must pass: a file, a line within the file, a message. */
function expectWellFormed(text: string, problems: ReturnType<typeof checkStory>): void {
  const lines = text.split('\n').length;
  for (const p of problems) {
    expect(p.file).toBe(FILE);
    expect(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines + 1, `line ${p.line} of ${lines}`).toBe(
      true,
    );
    expect(Number.isInteger(p.column) && p.column >= 1).toBe(true);
    expect(p.message.length).toBeGreaterThan(0);
    expect(findUnsafeChars(formatStoryProblem(p))).toEqual([]);
  }
}

describe('fuzzing the story check', () => {
  it('mutated stories: success or file:line problems, never an exception', () => {
    fc.assert(
      fc.property(edits, (list) => {
        const text = mutate(STORY, list);
        expectWellFormed(text, checkStory({ file: FILE, text }, checkOptions));
        expect(() => readFrontmatter(text)).not.toThrow();
        expect(() =>
          checkAcrossStories([
            { file: FILE, text },
            { file: 'content/stories/b.md', text },
          ]),
        ).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });

  it('random text, and random frontmatter between fences', () => {
    fc.assert(
      fc.property(token, fc.array(token, { maxLength: 30 }), fc.boolean(), (first, rest, fenced) => {
        const inner = [first, ...rest].join('');
        const text = fenced ? `---\n${inner}\n---\n\n${inner}\n` : inner;
        expectWellFormed(text, checkStory({ file: FILE, text }, checkOptions));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fuzzing the data loader', () => {
  const keys = Object.keys(DATA_FILES) as DataFileKey[];
  const csvTokens = fc.oneof(
    fc.constantFrom(
      ',',
      '"',
      '""',
      '\n',
      '\r\n',
      '\r',
      ',,',
      '=1+1',
      '-3.5',
      'c',
      'x',
      '',
      '2024-02-30',
      'NaN',
      '1e999',
      '\u0000',
      '\u202e',
      '\ud800',
      'haringey',
      'not-judged',
    ),
    fc.string({ maxLength: 8 }),
  );
  const csvEdits = editsOf(csvTokens, 30, 6);

  it('mutated CSV rows: a dataset or a DataValidationError with file:line problems, never another exception', () => {
    fc.assert(
      fc.property(fc.constantFrom(...keys), csvEdits, (key, list) => {
        const texts = validDataTexts();
        texts[key] = mutate(texts[key], list);
        try {
          buildDataset(texts);
        } catch (e) {
          expect(e).toBeInstanceOf(DataValidationError);
          for (const p of (e as DataValidationError).problems) {
            expect(p.file).toMatch(/^data\/[a-z0-9/-]+\.csv$/);
            expect(Number.isInteger(p.line) && p.line >= 1).toBe(true);
            expect(Number.isInteger(p.column) && p.column >= 1).toBe(true);
            expect(findUnsafeChars(formatProblem(p))).toEqual([]);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});
