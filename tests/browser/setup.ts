/**
 * Global setup of the browser tests (vitest.browser.config.ts):
 * 1. dist/ must exist (`npm run build`; `npm test` builds it first);
 * 2. the tiny fixture site, with a published write-up of Havering's 2024 inspection, is built into
 *    dist-sub/ with BASE=/inspected/, SITE and CORRECTIONS_CONTACT set (as for GitHub Pages; dist/
 *    is built without them, so CI builds both ways);
 * 3. one static server serves dist/ at / and dist-sub/ at /inspected/, with the _headers CSP;
 * 4. one headless Chromium (Debian's, through playwright-core) is shared by every test file
 *    through its websocket endpoint.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { makeTinySite } from '../helpers/tiny-site';
import { haveringFields } from '../helpers/story-frontmatter';
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

/**
 * The tiny fixture site (tests/helpers/tiny-site.ts) built under the sub-path: hosting under a
 * sub-path depends on the templates, not on how many councils the data holds, and the tiny site
 * builds in seconds where a second copy of the whole site took minutes (docs/testing.md).
 */
async function buildSubPath(): Promise<void> {
  const t0 = performance.now();
  const site = makeTinySite(mkdtempSync(join(tmpdir(), 'inspected-sub-')));
  // A write-up, so the sub-path pages of one (and its corrections line) are tested too.
  writeFileSync(
    join(site.writeUps, 'havering-2024-ilacs.md'),
    `---
title: "Havering, December 2023, written up for the browser tests"
standfirst: "A published write-up made for the browser tests, about Havering's children's services."
published: 2024-03-01
${haveringFields()}draft: false
---

What the inspectors found, in a sentence or two of the tests' own words.
`,
  );
  const r = await site.build(resolve(DIST_SUB), {
    BASE: SUB_BASE,
    SITE: SUB_SITE,
    CORRECTIONS_CONTACT: SUB_CONTACT,
  });
  if (r.code !== 0) {
    throw new Error(
      `the sub-path build of the tiny site (OUT_DIR=${DIST_SUB} BASE=${SUB_BASE} SITE=${SUB_SITE}) failed:\n${r.output.split('\n').slice(-40).join('\n')}`,
    );
  }
  console.log(
    `[browser setup] built the tiny site into ${DIST_SUB}/ (BASE=${SUB_BASE}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(DIST, 'index.html')) || !existsSync(join(DIST, 'sitemap-index.xml'))) {
    throw new Error(`${DIST}/ has no built site (index.html, sitemap-index.xml): run npm run build first`);
  }
  await buildSubPath();
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
