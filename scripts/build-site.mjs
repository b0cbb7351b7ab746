// `npm run build`: an atomic build. Every step writes to a staging folder beside the output
// folder (dist.staging/ for dist/), and the output folder is replaced only when all of them passed:
//
//   1. `npm run check` (every data file and story; all problems listed as file:line:column);
//   2. every chart the site publishes drawn into the chart cache across the cores
//      (scripts/prerender-charts.ts; kept between builds in node_modules/.cache/inspected-charts,
//      or INSPECTED_CHART_CACHE; `off` makes the Astro build draw them all itself), then the
//      Astro build (drafts are dropped as the content loads, so they are never rendered);
//   3. the Pagefind search index (only pages with data-pagefind-body: stories, councils and
//      inspections; Pagefind reads only those sections' pages);
//   4. the post-build check (scripts/check-built.ts): every internal link resolves, every page
//      carries the Content-Security-Policy meta tag, no draft was built, no page shows a reader an
//      unrendered placeholder, a program value ("undefined", "NaN", ...) or a date after today.
//
// Then dist/ is swapped for the staging folder by two renames. If any step fails, the staging
// folder is deleted and dist/ is left exactly as it was: nothing half-built is published.
// OUT_DIR (default dist) and BASE are honoured by every step, so side-by-side builds (dist-sub/,
// dist-repro/) get their own staging folder. SITE is the production address (docs/deploy.md);
// without it the build works for a local preview and says so at the end.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The staging folder of an output folder: its sibling `<name>.staging` when the output folder is
 * inside the project. Astro's build must run inside the project (the pages it renders import the
 * project's packages from there), so for an output folder outside it (OUT_DIR=/srv/site) the
 * staging folder is inside the project, named after the output folder, and moved there at the end.
 * @param {string} outDir
 * @param {string} [root] the project's folder
 */
export function stagingDirFor(outDir, root = projectRoot) {
  const abs = resolve(outDir);
  const rel = relative(root, abs);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return join(dirname(abs), `${basename(abs)}.staging`);
  const id = createHash('sha256').update(abs).digest('hex').slice(0, 12);
  return join(root, `.staging-${basename(abs)}-${id}`);
}

/**
 * Move a folder; across file systems (a staging folder in the project, the output on another
 * disk) by a copy, then the original removed.
 * @param {string} from
 * @param {string} to
 */
function move(from, to) {
  try {
    renameSync(from, to);
  } catch (e) {
    if (/** @type {NodeJS.ErrnoException} */ (e).code !== 'EXDEV') throw e;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/**
 * The sections whose pages are searchable (they carry data-pagefind-body): Pagefind reads only
 * their pages, not all 3,000 (the index is the same; the post-build check fails a searchable page
 * elsewhere, so a new searchable section cannot be left out silently).
 */
export const SEARCH_SECTIONS = ['authorities', 'inspections', 'stories'];

/** Whether a built file (relative to the output folder) is one Pagefind reads. */
export function isSearchPageFile(/** @type {string} */ file) {
  const [section, page, index, more] = file.split('/');
  return SEARCH_SECTIONS.includes(section ?? '') && !!page && index === 'index.html' && more === undefined;
}

/**
 * The steps of a site build, each run with OUT_DIR set to the staging folder.
 * @param {string} staging
 * @returns {Step[]}
 */
export function siteSteps(staging) {
  return [
    { name: 'content check', cmd: 'tsx', args: ['scripts/check.ts'] },
    { name: 'charts', cmd: 'tsx', args: ['scripts/prerender-charts.ts'] },
    { name: 'astro build', cmd: 'astro', args: ['build'] },
    {
      name: 'pagefind',
      cmd: 'pagefind',
      args: ['--site', staging, '--quiet', '--glob', `{${SEARCH_SECTIONS.join(',')}}/*/index.html`],
    },
    { name: 'post-build check', cmd: 'tsx', args: ['scripts/check-built.ts', staging] },
  ];
}

/**
 * Replace `outDir` by `staging` with two renames (the old folder is moved aside first and put
 * back if the second rename fails), then delete the old folder.
 */
export function publish(/** @type {string} */ staging, /** @type {string} */ outDir) {
  const target = resolve(outDir);
  const previous = `${target}.previous`;
  rmSync(previous, { recursive: true, force: true });
  const had = existsSync(target);
  if (had) renameSync(target, previous);
  try {
    move(staging, target);
  } catch (e) {
    if (had) renameSync(previous, target);
    throw e;
  }
  rmSync(previous, { recursive: true, force: true });
}

/** @typedef {{ name: string, cmd: string, args: string[] }} Step */

/**
 * CPU seconds (user + system) used so far by this process's finished children, from
 * /proc/self/stat (cutime + cstime, in clock ticks of 1/100 s on Linux); null where there is none.
 */
function childrenCpuSeconds() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

/**
 * Run `steps` into a fresh staging folder and publish it to `outDir` only if every step exits 0.
 * Returns `{ ok: true }` or `{ ok: false, step, status }`; the staging folder never survives.
 * @param {{ outDir: string, steps: Step[] | ((staging: string) => Step[]), env?: NodeJS.ProcessEnv, log?: (line: string) => void }} options
 * @returns {{ ok: true } | { ok: false, step: string, status: number }}
 */
export function buildAtomically({ outDir, steps, env = process.env, log = console.log }) {
  const staging = stagingDirFor(outDir);
  rmSync(staging, { recursive: true, force: true });
  const stepEnv = {
    INSPECTED_CHART_CACHE: 'node_modules/.cache/inspected-charts',
    ...env,
    OUT_DIR: staging,
  };
  for (const step of typeof steps === 'function' ? steps(staging) : steps) {
    const t0 = performance.now();
    const cpu0 = childrenCpuSeconds();
    const r = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: stepEnv });
    if (r.error || r.status !== 0) {
      rmSync(staging, { recursive: true, force: true });
      const why = r.error
        ? `could not run ${step.cmd}: ${r.error.message}`
        : r.signal
          ? `stopped by ${r.signal}`
          : `exit ${r.status}`;
      log(`build-site: ${step.name} failed (${why}); ${outDir}/ is unchanged and nothing was published.`);
      return { ok: false, step: step.name, status: r.status ?? 1 };
    }
    const cpu = cpu0 === null ? null : (childrenCpuSeconds() ?? cpu0) - cpu0;
    log(
      `build-site: ${step.name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s${cpu === null ? '' : ` (CPU ${cpu.toFixed(1)} s)`}`,
    );
  }
  publish(staging, outDir);
  return { ok: true };
}

/**
 * The origin a build was made for, from its sitemap (null if there is none).
 * @param {string} dir
 */
function builtOrigin(dir) {
  try {
    const first = /<loc>\s*([^<\s]+)\s*<\/loc>/.exec(
      readFileSync(join(dir, 'sitemap-index.xml'), 'utf8'),
    )?.[1];
    return first ? new URL(first).origin : null;
  } catch {
    return null;
  }
}

/**
 * The warning for a build made without SITE (null when SITE is set).
 * @param {Record<string, string | undefined>} env
 * @param {string | null} origin
 */
export function placeholderWarning(env, origin) {
  if (env.SITE) return null;
  return (
    `build-site: WARNING: SITE is not set, so canonical URLs, the RSS feed, the sitemap, JSON-LD and ` +
    `social cards point at the placeholder ${origin ?? 'address'}. Fine for a local preview; for the ` +
    `real site build with SITE=https://your.domain (and BASE=/sub-path/ if it is not at the root): docs/deploy.md.`
  );
}

/**
 * The warning for a build made without CORRECTIONS_CONTACT (null when it is set): /about/ and
 * every story and write-up then have no address to send a correction to (src/config/contact.ts).
 * @param {Record<string, string | undefined>} env
 */
export function contactWarning(env) {
  if (env.CORRECTIONS_CONTACT?.trim()) return null;
  return (
    `build-site: WARNING: CORRECTIONS_CONTACT is not set, so /about/ and every story and write-up give ` +
    `readers no address to send a correction to. For the real site build with ` +
    `CORRECTIONS_CONTACT=corrections@your.domain (or the https address of a contact page): docs/deploy.md.`
  );
}

function main() {
  const outDir = process.env.OUT_DIR ?? 'dist';
  const r = buildAtomically({ outDir, steps: siteSteps });
  if (!r.ok) process.exit(r.status || 1);
  const warning = placeholderWarning(process.env, builtOrigin(outDir));
  if (warning) console.warn(warning);
  const noContact = contactWarning(process.env);
  if (noContact) console.warn(noContact);
  console.log(`build-site: ${outDir}/ built, checked and indexed by Pagefind`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
