/**
 * Every built HTML file passes html-validate's recommended rules, with no errors. Relaxed rules
 * are listed below, each with its reason; no-inline-style in particular stays on (the CSP
 * forbids inline styles anyway).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { expect, test } from 'vitest';
import { DIST } from './paths';
import { htmlFiles } from './site';

const config: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {},
};

test('html-validate (recommended): no errors in any built HTML file', async () => {
  const files = htmlFiles(DIST);
  expect(files.length).toBeGreaterThan(10);
  const validator = new HtmlValidate(config);
  const errors: string[] = [];
  const byRule = new Map<string, number>();
  for (const f of files) {
    const report = await validator.validateString(readFileSync(join(DIST, f), 'utf8'), f);
    for (const r of report.results) {
      for (const m of r.messages) {
        if (m.severity !== 2) continue;
        byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1);
        errors.push(`${f}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`);
      }
    }
  }
  console.log(
    `[html-validate] ${files.length} files, ${errors.length} errors ${JSON.stringify(Object.fromEntries(byRule))}`,
  );
  // Keep the message readable when a shared component repeats one error on every page.
  const shown = errors.length > 200 ? [...errors.slice(0, 200), `… and ${errors.length - 200} more`] : errors;
  expect(shown, 'html-validate errors').toEqual([]);
});
