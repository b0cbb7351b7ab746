/**
 * Global setup of the browser tests (vitest.browser.config.ts):
 * 1. dist/ must exist (`npm run build`; `npm test` builds it first);
 * 2. a sub-path copy is built into dist-sub/ with BASE=/inspected/ and SITE set (as for GitHub
 *    Pages; dist/ is built without SITE, so CI builds both ways), unless dist-sub/ is already
 *    newer than dist/ and every source file;
 * 3. one static server serves dist/ at / and dist-sub/ at /inspected/, with the _headers CSP;
 * 4. one headless Chromium (Debian's, through playwright-core) is shared by every test file
 *    through its websocket endpoint.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './server';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DIST, DIST_SUB, SUB_BASE, SUB_CONTACT, SUB_SITE } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the static server, e.g. `http://127.0.0.1:40123`. */
    origin: string;
    /** Websocket endpoint of the shared Chromium. */
    wsEndpoint: string;
  }
}

/** Newest modification time of a file or of any file under a folder. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const e of readdirSync(path)) max = Math.max(max, newest(join(path, e)));
  return max;
}

const SOURCES = [
  'src',
  'content',
  'data',
  'public',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'scripts/build-site.mjs',
  'scripts/check-built.ts',
];

function buildSubPath(): void {
  const stamp = join(DIST_SUB, 'index.html');
  const fresh =
    existsSync(stamp) &&
    existsSync(join(DIST_SUB, 'pagefind')) &&
    statSync(stamp).mtimeMs > Math.max(statSync(join(DIST, 'index.html')).mtimeMs, ...SOURCES.map(newest));
  if (fresh && !process.env['INSPECTED_REBUILD']) {
    console.log(`[browser setup] ${DIST_SUB}/ is up to date; not rebuilt (INSPECTED_REBUILD=1 forces it)`);
    return;
  }
  const t0 = performance.now();
  const r = spawnSync('npm', ['run', '--silent', 'build'], {
    env: {
      ...process.env,
      OUT_DIR: DIST_SUB,
      BASE: SUB_BASE,
      SITE: SUB_SITE,
      CORRECTIONS_CONTACT: SUB_CONTACT,
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) {
    const out = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(
      `the sub-path build (OUT_DIR=${DIST_SUB} BASE=${SUB_BASE} SITE=${SUB_SITE} npm run build) failed:\n${out}`,
    );
  }
  console.log(
    `[browser setup] built ${DIST_SUB}/ (BASE=${SUB_BASE}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(DIST, 'index.html')) || !existsSync(join(DIST, 'sitemap-index.xml'))) {
    throw new Error(`${DIST}/ has no built site (index.html, sitemap-index.xml): run npm run build first`);
  }
  buildSubPath();
  const server = await serveStatic({
    mounts: [
      { prefix: '/', dir: DIST },
      { prefix: SUB_BASE, dir: DIST_SUB },
    ],
  });
  const browser = await chromium.launchServer({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  project.provide('origin', server.origin);
  project.provide('wsEndpoint', browser.wsEndpoint());
  console.log(
    `[browser setup] serving ${DIST}/ at ${server.origin}/ and ${DIST_SUB}/ at ${server.origin}${SUB_BASE}`,
  );
  return async () => {
    await browser.close();
    await server.close();
  };
}
