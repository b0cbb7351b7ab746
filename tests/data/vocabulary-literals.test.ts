/**
 * One definition per fact: grade labels and framework names are written only in
 * src/data/vocabulary.ts. This test reads every source file in src/ and scripts/ and fails,
 * naming file:line, where one is written as a string literal or as markup text elsewhere.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FRAMEWORK, FRAMEWORK_CODES, GRADES, badgeLabel, gradeLabel } from '../../src/data/vocabulary';
import { astroLiterals, codeLiterals, findTerms, type Literal } from '../helpers/literal-scan';

const ROOT = join(import.meta.dirname, '..', '..');
const VOCABULARY = join('src', 'data', 'vocabulary.ts');

/** Grade labels as readers see them, from the vocabulary itself. */
const GRADE_TERMS = [...new Set([...GRADES.map((g) => gradeLabel(g)), badgeLabel('adequate')])];
/** Every way a framework is named, from the vocabulary: a literal must not be exactly one of them. */
const FRAMEWORK_FORMS = [
  ...new Set(
    FRAMEWORK_CODES.flatMap((f) => {
      const { name, short, chartName, chartShort } = FRAMEWORK[f];
      return [name, short, chartName, chartShort];
    }),
  ),
];
/**
 * Full names that are not also a short form ("Single inspection framework", not "SIF" or
 * "Monitoring visit"): a literal must not contain one either. Short forms may appear inside
 * prose and inside the publishers' column headings that importers match.
 */
const FRAMEWORK_NAMES = FRAMEWORK_CODES.flatMap((f) => [FRAMEWORK[f].name, FRAMEWORK[f].chartName]).filter(
  (n) => !FRAMEWORK_CODES.some((g) => n === FRAMEWORK[g].short || n === FRAMEWORK[g].chartShort),
);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mts|mjs|js|astro)$/.test(e.name))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)))
    .filter((f) => f !== VOCABULARY)
    .sort();
}

function literalsOf(file: string, text: string): Literal[] {
  return file.endsWith('.astro') ? astroLiterals(text) : codeLiterals(text);
}

function offences(file: string, text: string): string[] {
  return findTerms(literalsOf(file, text), [...GRADE_TERMS, ...FRAMEWORK_NAMES], FRAMEWORK_FORMS).map(
    (h) => `${file}:${h.line}: "${h.term}" in ${JSON.stringify(h.text)}; take it from src/data/vocabulary.ts`,
  );
}

describe('the literal scanner', () => {
  it('finds labels in strings, templates and markup, and not in comments or code', () => {
    const ts = [
      '// Outstanding prose in a comment',
      '/* Requires improvement: also prose */',
      "const a = 'Outstanding';",
      'const b = `rated ${x} Requires improvement`;',
      'const c = x / 2; const d = /Inadequate/.test(y);',
      "const e = { Good: 1 }; const f = 'Goodwill';",
      'const g = "Single inspection framework, 2013";',
      "const h = 'SIF'; const i = 'SIF and ILACS';",
    ].join('\n');
    const hits = findTerms(codeLiterals(ts), [...GRADE_TERMS, ...FRAMEWORK_NAMES], FRAMEWORK_FORMS);
    expect(hits.map((h) => [h.line, h.term])).toEqual([
      [3, 'Outstanding'],
      [4, 'Requires improvement'],
      [7, 'Single inspection framework'],
      [8, 'SIF'],
    ]);
  });

  it('reads an Astro file: frontmatter, markup text, attributes and expressions', () => {
    const astro = [
      '---',
      '// Good things in a comment',
      "const label = 'Inadequate';",
      '---',
      '<!-- Outstanding, in an HTML comment -->',
      '<p title="Good">Rated {x > 1 ? <strong>Requires improvement</strong> : null} today.</p>',
      "<p>{list.map((i) => <span>{i}'s Adequate</span>)}</p>",
      '<script>const s = "Outstanding";</script>',
      '<p>Council’s grade was good.</p>',
    ].join('\n');
    const hits = findTerms(astroLiterals(astro), GRADE_TERMS);
    expect(hits.map((h) => [h.line, h.term])).toEqual([
      [3, 'Inadequate'],
      [6, 'Good'],
      [6, 'Requires improvement'],
      [7, 'Adequate'],
      [8, 'Outstanding'],
    ]);
  });

  it('names the file and line of an offence', () => {
    expect(offences('src/x.ts', "\n\nexport const L = 'Good';\n")).toEqual([
      'src/x.ts:3: "Good" in "Good"; take it from src/data/vocabulary.ts',
    ]);
  });
});

describe('grade labels and framework names', () => {
  it('are written only in src/data/vocabulary.ts', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('scripts')];
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) => offences(f, readFileSync(join(ROOT, f), 'utf8')));
    expect(found).toEqual([]);
  });
});
