/**
 * Issue 11: frontmatter is read in one place only, src/config/frontmatter.ts (YAML only, with
 * js-yaml's JSON schema; nothing evaluated). gray-matter, which runs `---js` frontmatter as code,
 * is imported by no module of the site or its scripts, and no module but the safe reader imports
 * a YAML parser (a second reader could drift from the first's refusals). Tests may import them
 * (tests/stories/no-eval.test.ts shows gray-matter running a payload).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The one module allowed to import each frontmatter or YAML parser (none for gray-matter). */
const ALLOWED: Record<string, readonly string[]> = {
  'gray-matter': [],
  'js-yaml': ['src/config/frontmatter.ts'],
  yaml: [],
  'front-matter': [],
};

const CODE = /\.(?:ts|mts|cts|js|mjs|cjs|astro)$/;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (e.isFile() && CODE.test(e.name)) out.push(relative(process.cwd(), p).split(sep).join('/'));
  }
  return out.sort();
}

/** The packages a source imports: `import ... from`, bare `import`, `import()`, `require()`, `export ... from`. */
function importedPackages(source: string): string[] {
  const out = new Set<string>();
  const spec = `['"]([^'"\\n]+)['"]`;
  for (const re of [
    new RegExp(`\\bfrom\\s*${spec}`, 'g'),
    new RegExp(`\\bimport\\s*${spec}`, 'g'),
    new RegExp(`\\bimport\\s*\\(\\s*${spec}`, 'g'),
    new RegExp(`\\brequire\\s*\\(\\s*${spec}`, 'g'),
  ])
    for (const m of source.matchAll(re)) {
      const s = m[1] ?? '';
      if (s.startsWith('.') || s.startsWith('/') || s.startsWith('node:')) continue;
      // The package: `@scope/name` or `name`, without a subpath.
      const parts = s.split('/');
      out.add(s.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? s));
    }
  return [...out];
}

describe('frontmatter is read only by src/config/frontmatter.ts', () => {
  const files = [...sourceFiles('src'), ...sourceFiles('scripts'), 'astro.config.mjs'];

  it('finds every form of import (the scan is not vacuous)', () => {
    expect(files).toContain('src/config/frontmatter.ts');
    expect(files).toContain('scripts/bench/synthetic.ts');
    expect(
      importedPackages(
        [
          "import matter from 'gray-matter';",
          'import "js-yaml";',
          "const m = await import('front-matter');",
          "const y = require( 'yaml' );",
          "export { x } from '@scope/pkg/sub';",
          "import { a } from './local';",
          "import { b } from 'node:fs';",
        ].join('\n'),
      ).sort(),
    ).toEqual(['@scope/pkg', 'front-matter', 'gray-matter', 'js-yaml', 'yaml']);
    expect(importedPackages(readFileSync('src/config/frontmatter.ts', 'utf8'))).toContain('js-yaml');
  });

  it('no module in src/ or scripts/ imports gray-matter, and only the safe reader imports a YAML parser', () => {
    const found: Record<string, string[]> = {};
    for (const f of files)
      for (const pkg of importedPackages(readFileSync(f, 'utf8')))
        if (pkg in ALLOWED) (found[pkg] ??= []).push(f);
    for (const [pkg, allowed] of Object.entries(ALLOWED))
      expect(
        (found[pkg] ?? []).filter((f) => !allowed.includes(f)),
        `modules importing ${pkg} (allowed only in: ${allowed.join(', ') || 'none'})`,
      ).toEqual([]);
  });
});
