/**
 * scripts/build-site.mjs publishes atomically: steps write to a staging folder beside the output
 * folder, which replaces the output only when every step passed. These tests run the real
 * function with small stand-in steps (node one-liners) so that they are fast; the real pipeline
 * with a failing step is exercised in tests/pipeline/build-atomic.e2e.ts.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAtomically, placeholderWarning, stagingDirFor } from '../../scripts/build-site.mjs';
import { treeHash } from '../helpers/tree-hash';

interface Step {
  name: string;
  cmd: string;
  args: string[];
}

/** A step that writes `file` (relative to the staging folder) and exits with `code`. */
function writes(name: string, file: string, text: string, code = 0): Step {
  const js = `const fs=require('fs'),p=require('path');const f=p.join(process.env.OUT_DIR,${JSON.stringify(file)});fs.mkdirSync(p.dirname(f),{recursive:true});fs.writeFileSync(f,${JSON.stringify(text)});process.exit(${code})`;
  return { name, cmd: process.execPath, args: ['-e', js] };
}

function site(): { root: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), 'inspected-atomic-'));
  const out = join(root, 'dist');
  for (const [f, t] of [
    ['index.html', '<p>published yesterday</p>'],
    ['stories/a/index.html', '<p>story a</p>'],
  ] as const) {
    mkdirSync(dirname(join(out, f)), { recursive: true });
    writeFileSync(join(out, f), t);
  }
  return { root, out };
}

const quiet = () => undefined;

describe('atomic build', () => {
  it('stages beside the output folder, never inside it', () => {
    const s = stagingDirFor('/srv/project/dist', '/srv/project');
    expect(s).toBe('/srv/project/dist.staging');
    expect(s.startsWith('/srv/project/dist/')).toBe(false);
  });

  it('stages an output folder outside the project inside the project, where Astro can build', () => {
    // OUT_DIR outside the project once failed with "Cannot find package 'piccolore'".
    const s = stagingDirFor('/srv/site/dist', '/srv/project');
    expect(s).toMatch(/^\/srv\/project\/\.staging-dist-[0-9a-f]{12}$/);
    expect(stagingDirFor('/srv/other/dist', '/srv/project')).not.toBe(s);
  });

  it('leaves the output folder byte-identical when a later step fails after earlier ones wrote', () => {
    const { root, out } = site();
    const before = treeHash(out);
    const r = buildAtomically({
      outDir: out,
      steps: [
        writes('astro build', 'index.html', '<p>half built</p>'),
        writes('pagefind', 'pagefind/pagefind.js', 'x', 3),
        writes('never run', 'never.txt', 'x'),
      ],
      log: quiet,
    });
    expect(r).toEqual({ ok: false, step: 'pagefind', status: 3 });
    expect(treeHash(out)).toBe(before);
    expect(readdirSync(root).sort()).toEqual(['dist']); // no staging or previous folder left
  });

  it('fails cleanly when a step cannot be started, and says the output is unchanged', () => {
    const { root, out } = site();
    const before = treeHash(out);
    const said: string[] = [];
    const r = buildAtomically({
      outDir: out,
      steps: [{ name: 'content check', cmd: join(root, 'no-such-program'), args: [] }],
      log: (s) => said.push(s),
    });
    expect(r.ok).toBe(false);
    expect(treeHash(out)).toBe(before);
    expect(said.join('\n')).toMatch(
      /content check failed \(could not run .*no-such-program.*\); .*dist\/ is unchanged/,
    );
  });

  it('replaces the output folder with exactly what the steps wrote when all pass', () => {
    const { root, out } = site();
    const r = buildAtomically({
      outDir: out,
      steps: (staging) => [
        writes('astro build', 'index.html', '<p>new</p>'),
        // Steps are told the staging folder (Pagefind takes it as an argument).
        {
          name: 'check',
          cmd: process.execPath,
          args: ['-e', `process.exit(process.env.OUT_DIR === ${JSON.stringify(staging)} ? 0 : 1)`],
        },
      ],
      log: quiet,
    });
    expect(r).toEqual({ ok: true });
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<p>new</p>');
    // The old build's files are gone, not merged: the output is only the new build.
    expect(existsSync(join(out, 'stories'))).toBe(false);
    expect(readdirSync(root).sort()).toEqual(['dist']);
  });

  it('creates the output folder on a first build', () => {
    const root = mkdtempSync(join(tmpdir(), 'inspected-atomic-'));
    const out = join(root, 'dist');
    expect(
      buildAtomically({ outDir: out, steps: [writes('astro build', 'index.html', 'x')], log: quiet }),
    ).toEqual({
      ok: true,
    });
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('x');
  });
});

describe('the site address', () => {
  it('warns, naming what points at the placeholder, when SITE is not set', () => {
    const w = placeholderWarning({}, 'https://inspected.example.org') ?? '';
    for (const what of [
      'canonical URLs',
      'RSS feed',
      'sitemap',
      'social cards',
      'https://inspected.example.org',
      'SITE=',
    ])
      expect(w).toContain(what);
    expect(placeholderWarning({ SITE: '' }, null)).not.toBeNull();
  });

  it('says nothing when SITE is set', () => {
    expect(placeholderWarning({ SITE: 'https://inspected.news' }, 'https://inspected.news')).toBeNull();
  });
});
