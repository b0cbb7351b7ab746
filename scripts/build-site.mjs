// `npm run build`: `npm run check`, the Astro build, then the Pagefind search index over the same output folder.
// OUT_DIR (default dist) is honoured by both, so side-by-side builds (dist-sub/, dist-repro/)
// get their own index. Pagefind indexes only pages that carry data-pagefind-body (stories and
// council pages). Exits with the first failing step's status.
import { spawnSync } from 'node:child_process';

const outDir = process.env.OUT_DIR ?? 'dist';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.error) {
    console.error(`build-site: could not run ${cmd}: ${r.error.message}`);
    process.exit(1);
  }
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// Nothing half-built is published: every data file and story is checked first, and every
// problem is listed as file:line:column before the build stops.
run('tsx', ['scripts/check.ts']);
run('astro', ['build']);
run('pagefind', ['--site', outDir, '--quiet']);
console.log(`build-site: ${outDir}/ built and indexed by Pagefind`);
