// `npm test`: every test and check, in order, with one summary line at the end.
// Gates (data and story check, type check, lint, format, build, data:verify) count as one test
// each; vitest suites (unit, build pipeline, browser) count their own tests. Exits non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { gateTable, startGate } from './gate-times.mjs';

const results = { passed: 0, failed: 0 };
const failures = [];
/** Wall and CPU time of each gate, printed at the end (scripts/gate-times.mjs). */
const times = [];
mkdirSync('test-results', { recursive: true });

function gate(name, cmd, args, env = {}) {
  console.log(`\n=== ${name}: ${[cmd, ...args].join(' ')}`);
  const done = startGate(times, name);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  done(r.status === 0);
  if (r.status === 0) results.passed++;
  else {
    results.failed++;
    failures.push(name);
  }
  return r.status === 0;
}

function vitest(name, args, report) {
  rmSync(report, { force: true });
  console.log(`\n=== ${name}`);
  const done = startGate(times, name);
  const r = spawnSync(
    'npx',
    ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${report}`],
    {
      stdio: 'inherit',
    },
  );
  const before = results.failed;
  if (existsSync(report)) {
    const j = JSON.parse(readFileSync(report, 'utf8'));
    results.passed += j.numPassedTests;
    results.failed += j.numFailedTests;
    // A suite that fails to load has no tests to count: count it as a failure.
    const broken = j.testResults.filter(
      (t) => t.status === 'failed' && t.assertionResults.length === 0,
    ).length;
    results.failed += broken;
    if (j.numFailedTests || broken || r.status !== 0) failures.push(name);
    if (r.status !== 0 && !j.numFailedTests && !broken) results.failed++;
  } else {
    results.failed++;
    failures.push(name);
  }
  done(results.failed === before);
}

gate('data and story check', 'npm', ['run', '--silent', 'check']);
gate('astro check (types)', 'npm', ['run', '--silent', 'typecheck']);
gate('eslint', 'npm', ['run', '--silent', 'lint']);
gate('prettier', 'npm', ['run', '--silent', 'format:check']);
// Unused files, exports and dependencies, and dependencies used but not declared (knip.json).
gate('knip', 'npm', ['run', '--silent', 'knip']);
if (existsSync('../shared/data-raw'))
  gate('data:verify against ../shared/data-raw', 'npm', ['run', '--silent', 'data:verify']);
vitest('unit tests', [], 'test-results/unit.json');
// Every published chart, for every council, in every layout: no colliding or clipped text.
vitest('chart layout sweep', ['-c', 'vitest.sweep.config.ts'], 'test-results/sweep.json');
// Real builds of a tiny site (atomic publishing, drafts, dev banner), alone: see the config.
vitest('build pipeline tests', ['-c', 'vitest.pipeline.config.ts'], 'test-results/pipeline.json');
const built = gate('build', 'npm', ['run', '--silent', 'build']);
if (built) vitest('browser tests', ['-c', 'vitest.browser.config.ts'], 'test-results/browser.json');
else {
  results.failed++;
  failures.push('browser tests (not run: the build failed)');
}

console.log(
  `\nTime per gate (wall clock; cpu = user + system of the gate's processes):\n${gateTable(times)}`,
);
if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed ? 1 : 0);
