/**
 * Reproducible builds: building the same sources again (into dist-repro/, drawing every chart
 * with a cold chart cache) gives byte-identical output to dist/. Differing, missing and extra files are listed. Build dist/ from the current
 * sources first (`npm test` does).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DIST, DIST_REPRO } from './paths';
import { walk } from './site';
import { expectNone } from './report';
import { npmBuild } from '../helpers/run-command';

test('two builds of the same input are byte-identical', { timeout: 600_000 }, async () => {
  rmSync(DIST_REPRO, { recursive: true, force: true });
  const t0 = performance.now();
  // With a cold chart cache of its own: a build that draws every chart must give the same bytes as
  // dist/, whose charts came from the cache kept between builds (src/charts/disk-cache.ts).
  const charts = mkdtempSync(join(tmpdir(), 'inspected-repro-charts-'));
  const r = await npmBuild({ OUT_DIR: DIST_REPRO, INSPECTED_CHART_CACHE: charts });
  rmSync(charts, { recursive: true, force: true });
  console.log(
    `[repro] second build into ${DIST_REPRO}/ took ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  expect(
    r.code,
    `OUT_DIR=${DIST_REPRO} npm run build failed:\n${r.output.split('\n').slice(-30).join('\n')}`,
  ).toBe(0);
  const a = walk(DIST);
  const b = walk(DIST_REPRO);
  const inB = new Set(b);
  const inA = new Set(a);
  const problems: string[] = [
    ...a.filter((f) => !inB.has(f)).map((f) => `only in ${DIST}/: ${f}`),
    ...b.filter((f) => !inA.has(f)).map((f) => `only in ${DIST_REPRO}/: ${f}`),
  ];
  for (const f of a) {
    if (!inB.has(f)) continue;
    if (!readFileSync(join(DIST, f)).equals(readFileSync(join(DIST_REPRO, f))))
      problems.push(`differs: ${f}`);
  }
  expectNone(
    problems,
    `${DIST}/ and ${DIST_REPRO}/ differ (${a.length} files compared; if you changed sources since ${DIST}/ was built, rebuild it first)`,
    100,
  );
});
