/**
 * Reproducible builds: the tiny site (tests/helpers/tiny-site.ts) built twice from the same input
 * into two folders gives byte-identical output. Differing, missing and extra files are listed.
 * The tiny site goes through every step of the real build (Astro with every page template, the
 * charts and their CSVs and embeds, Open Graph cards, Pagefind, the post-build check) in seconds;
 * why not the whole site: docs/testing.md.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { listBuilt } from '../../scripts/check-built';
import { makeTinySite } from '../helpers/tiny-site';
import { expectNone } from '../browser/report';

test('two builds of the same input are byte-identical', { timeout: 900_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'inspected-repro-'));
  const site = makeTinySite(root);
  const [a, b] = [join(root, 'dist-a'), join(root, 'dist-b')];
  for (const out of [a, b]) {
    const r = await site.build(out);
    expect(r.code, `build into ${out} failed:\n${r.output.split('\n').slice(-30).join('\n')}`).toBe(0);
  }
  const filesA = listBuilt(a);
  const filesB = listBuilt(b);
  expect(filesA.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(10);
  const inA = new Set(filesA);
  const inB = new Set(filesB);
  const problems = [
    ...filesA.filter((f) => !inB.has(f)).map((f) => `only in the first build: ${f}`),
    ...filesB.filter((f) => !inA.has(f)).map((f) => `only in the second build: ${f}`),
    ...filesA
      .filter((f) => inB.has(f) && !readFileSync(join(a, f)).equals(readFileSync(join(b, f))))
      .map((f) => `differs: ${f}`),
  ];
  console.log(`[repro] ${filesA.length} files compared`);
  expectNone(problems, 'two builds of the tiny site differ', 100);
});
