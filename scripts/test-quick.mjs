// `npm run test:quick`: the edit loop's lane, in about two minutes on two cores. The unit tests,
// the static checks (types, lint, format) and a real build of the tiny fixture site, as two chains
// run side by side (one per core); the tiny build comes before the type check because both use
// Astro's generated .astro/ folder. Prints the time of each step and exits non-zero if any failed.
// `npm test` runs everything, with the whole site built and checked in a browser.
import { spawn } from 'node:child_process';

/** Run one step; resolve with its outcome and wall time. Output is printed when it ends. */
function step(name, cmd, args) {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: { ...process.env, FORCE_COLOR: '0' } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      const lines = out.trim().split('\n');
      // A passing step shows its last lines; a failing one everything it printed.
      const shown = code === 0 ? lines.slice(-3) : lines;
      console.log(
        `\n=== ${name} (${seconds.toFixed(1)} s): ${code === 0 ? 'ok' : 'FAILED'}\n${shown.join('\n')}`,
      );
      resolve({ name, ok: code === 0, seconds });
    });
  });
}

async function chain(steps) {
  const out = [];
  for (const s of steps) out.push(await step(...s));
  return out;
}

const t0 = performance.now();
const results = (
  await Promise.all([
    chain([
      ['tiny build', 'npx', ['tsx', 'scripts/build-tiny.ts']],
      ['types (astro check, client scripts)', 'npm', ['run', '--silent', 'typecheck']],
    ]),
    chain([
      ['unit tests', 'npx', ['vitest', 'run']],
      ['eslint', 'npm', ['run', '--silent', 'lint']],
      ['prettier', 'npm', ['run', '--silent', 'format:check']],
    ]),
  ])
).flat();

console.log('\nTime per step (two chains run side by side):');
for (const r of results)
  console.log(`  ${r.name.padEnd(38)} ${r.seconds.toFixed(1).padStart(6)} s  ${r.ok ? 'ok' : 'FAILED'}`);
const failed = results.filter((r) => !r.ok);
console.log(
  `\ntest:quick: ${((performance.now() - t0) / 1000).toFixed(1)} s; ${results.length - failed.length} passed, ${failed.length} failed`,
);
process.exit(failed.length ? 1 : 0);
