/**
 * `npm run audit:lighthouse`: Lighthouse (mobile emulation, its default) on the home page, the
 * story with the most charts and Haringey's council page, served from dist/ by the browser
 * tests' static server (with the _headers CSP and gzip, as a static host would). Prints the
 * four category scores per page, writes the full reports to test-results/lighthouse/, and exits
 * non-zero if any score is below 95. Builds the site first if dist/ has none. Not part of
 * `npm test`: Lighthouse's performance score depends on the machine's load.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveStatic } from '../tests/browser/server';
import { CHROMIUM_ARGS, CHROMIUM_PATH, DIST } from '../tests/browser/paths';
import { storyPath } from '../tests/browser/built';

const MIN = 95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const OUT = 'test-results/lighthouse';

if (!existsSync(join(DIST, 'index.html'))) {
  console.log(`${DIST}/ has no build: running npm run build`);
  const r = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const pages: [name: string, path: string][] = [
  ['home', '/'],
  ['story', storyPath(DIST)],
  ['council', '/authorities/haringey/'],
];

const server = await serveStatic({ mounts: [{ prefix: '/', dir: DIST }] });
const chrome = await chromeLauncher.launch({
  chromePath: process.env['CHROME_PATH'] ?? CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
mkdirSync(OUT, { recursive: true });

const failures: string[] = [];
try {
  for (const [name, path] of pages) {
    const url = server.origin + path;
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) {
      failures.push(`${name}: Lighthouse returned no result`);
      continue;
    }
    const { lhr } = result;
    writeFileSync(join(OUT, `${name}.json`), JSON.stringify(lhr, null, 2));
    if (lhr.runtimeError) failures.push(`${name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = CATEGORIES.map((c) => {
      const s = lhr.categories[c]?.score;
      return [c, s === null || s === undefined ? NaN : Math.round(s * 100)] as const;
    });
    console.log(`${name.padEnd(8)} ${path.padEnd(48)} ${scores.map(([c, s]) => `${c} ${s}`).join('  ')}`);
    for (const [c, s] of scores) {
      if (!(s >= MIN)) {
        const cat = lhr.categories[c];
        const low = (cat?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((a) => a && a.score !== null && a.score < 1)
          .map((a) => `${a?.id} (${a?.score})`)
          .join(', ');
        failures.push(`${name} ${path}: ${c} ${s} < ${MIN}${low ? `; failing audits: ${low}` : ''}`);
      }
    }
  }
} finally {
  chrome.kill();
  await server.close();
}

if (failures.length) {
  console.error(`\nLighthouse below ${MIN}:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`\nAll scores >= ${MIN}. Reports: ${OUT}/`);
