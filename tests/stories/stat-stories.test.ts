/** Issue 14 and 23: at least three published stories state a figure the site computes, with :stat. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { isDraftText } from '../../src/config/frontmatter';

it('at least three published stories quote a figure with :stat', () => {
  const dir = join(import.meta.dirname, '../../content/stories');
  const withStat = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .filter((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      return !isDraftText(text) && /(^|[^:\w]):stat\{[^}]*measure=/m.test(text);
    });
  expect(withStat.length, withStat.join(', ')).toBeGreaterThanOrEqual(3);
});
