/**
 * The W3C's Nu Html Checker (vnu-jar from npm, run on Java) over every built HTML file, errors
 * only, in one JVM call: 0 errors. Nothing is filtered: every message counts, and the failure
 * lists each distinct error with how many times and where it occurs. CI needs a Java runtime
 * (Debian's default-jre-headless); without one this test fails and says so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { DIST } from './paths';
import { htmlFiles } from './site';
import { expectNone } from './report';

const JAR = resolve('node_modules/vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message?: string;
}

// One JVM call over some 3,000 files takes minutes on two shared cores: a synchronous test that
// outlasts its timeout fails even when the checker finds nothing ("Test timed out"), so this one
// gets the time it needs.
test('Nu Html Checker: 0 errors on every built page', { timeout: 900_000 }, () => {
  expect(existsSync(JAR), `${JAR} is missing (npm ci installs vnu-jar)`).toBe(true);
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  expect(
    java.error,
    'no Java runtime: install one (Debian: apt-get install default-jre-headless)',
  ).toBeUndefined();
  const files = htmlFiles(DIST).map((f) => join(DIST, f));
  expect(files.length).toBeGreaterThan(100);
  // One JVM for every file: --format json writes one report (to stderr) listing every message.
  const r = spawnSync('java', ['-Xss8m', '-jar', JAR, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const out = (r.stderr || r.stdout).trim();
  let report: { messages: VnuMessage[] };
  try {
    report = JSON.parse(out) as { messages: VnuMessage[] };
  } catch {
    throw new Error(`the checker did not report JSON (exit ${r.status}):\n${out.slice(0, 2000)}`);
  }
  const errors = report.messages.filter(
    (m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error',
  );
  const groups = new Map<string, { n: number; where: string[] }>();
  for (const m of errors) {
    const key = m.message ?? m.type;
    const g = groups.get(key) ?? { n: 0, where: [] };
    g.n++;
    const file = m.url ? relative(resolve(DIST), decodeURI(new URL(m.url).pathname)) : '?';
    if (g.where.length < 3) g.where.push(`${file}:${m.lastLine ?? 0}:${m.firstColumn ?? 0}`);
    groups.set(key, g);
  }
  const pages = new Set(errors.map((m) => m.url)).size;
  console.log(
    `[vnu] ${files.length} files checked: ${errors.length} errors on ${pages} pages, ${groups.size} distinct`,
  );
  expectNone(
    [...groups].sort((a, b) => b[1].n - a[1].n).map(([k, g]) => `${k}: ${g.n}× e.g. ${g.where.join(', ')}`),
    `Nu Html Checker: ${errors.length} errors on ${pages} of ${files.length} pages`,
  );
});
