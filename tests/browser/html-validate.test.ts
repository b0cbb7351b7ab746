/**
 * html-validate over every built HTML file, for the rules the W3C Nu Html Checker (vnu.test.ts,
 * the one HTML validator over every page) does not have: markup that is valid HTML but wrong for
 * this site or its readers. Validity itself (content models, attributes, ids, references, obsolete
 * markup) is vnu's; html-validate's formatting rules (quotes, case, boolean style, trailing
 * whitespace, self-closing style) are left out as they concern how Astro writes tags, not what
 * readers get. The list and the reasons are in docs/testing.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { expect, test } from 'vitest';
import { DIST } from './paths';
import { htmlFiles } from './site';
import { expectNone } from './report';

/** html-validate's rules that vnu lacks or only warns about (vnu runs with --errors-only). */
const ONLY_HTML_VALIDATE = [
  // The CSP forbids inline styles; vnu accepts them.
  'no-inline-style',
  // Accessibility and semantics vnu does not judge (or only warns about).
  'empty-heading',
  'hidden-focusable',
  'unique-landmark',
  'no-redundant-role',
  'no-redundant-aria-label',
  'no-redundant-for',
  'aria-label-misuse',
  'prefer-native-element',
  'prefer-button',
  'text-content',
  'long-title',
  'meta-refresh',
  'no-autoplay',
  'tel-non-breaking',
  'wcag/h30',
  'wcag/h32',
  'wcag/h63',
  'wcag/h67',
  'wcag/h71',
  // Habits vnu allows: a button without a type submits, duplicated classes, implied end tags.
  'no-implicit-button-type',
  'no-implicit-input-type',
  'no-dup-class',
  'no-implicit-close',
  'form-dup-name',
  'script-type',
] as const;

const config: ConfigData = {
  root: true,
  rules: Object.fromEntries(ONLY_HTML_VALIDATE.map((r) => [r, 'error' as const])),
};

// Every built file (3,381 today) in one test: with every recommended rule it took about 8 minutes
// on a busy 2-core machine; the default 3-minute timeout once cut it off after it had found nothing.
test(
  'html-validate (the rules vnu lacks): no errors in any built HTML file',
  { timeout: 1_800_000 },
  async () => {
    const files = htmlFiles(DIST);
    expect(files.length).toBeGreaterThan(10);
    const validator = new HtmlValidate(config);
    // One line per distinct error (rule and message), with how many files have it and where:
    // a shared component's mistake shows once, not once per page.
    const groups = new Map<string, { count: number; where: string[] }>();
    let total = 0;
    for (const f of files) {
      const report = await validator.validateString(readFileSync(join(DIST, f), 'utf8'), f);
      for (const r of report.results) {
        for (const m of r.messages) {
          if (m.severity !== 2) continue;
          total++;
          const key = `[${m.ruleId}] ${m.message}${m.selector ? ` (at ${m.selector})` : ''}`;
          const g = groups.get(key) ?? { count: 0, where: [] };
          g.count++;
          if (g.where.length < 3) g.where.push(`${f}:${m.line}:${m.column}`);
          groups.set(key, g);
        }
      }
    }
    console.log(`[html-validate] ${files.length} files, ${total} errors, ${groups.size} distinct`);
    expectNone(
      [...groups].map(([key, g]) => `${key}: ${g.count}× e.g. ${g.where.join(', ')}`),
      `html-validate: ${total} errors in ${files.length} files`,
      100,
    );
  },
);
